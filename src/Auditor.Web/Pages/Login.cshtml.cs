using Auditor.Web.Accounts;
using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Auditor.Web.Pages;

public sealed class LoginModel(AccountStore accounts) : WorkspacePage
{
    public string? UserName { get; private set; }
    public string? ReturnUrl { get; private set; }
    public bool AnyAccount => accounts.Any();

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? user, string? password, string? returnUrl)
    {
        var account = accounts.Verify(user, password);
        if (account is null)
        {
            UserName = user;
            ReturnUrl = returnUrl;
            Problem = "账号或密码不正确。";
            Response.StatusCode = 401;
            return Page();
        }
        var viewer = new Viewer(account.Name, account.Role, account.Unit);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, viewer.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
