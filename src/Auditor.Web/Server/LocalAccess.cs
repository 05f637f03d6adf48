using Auditor.Web.Accounts;
using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Auditor.Web.Server;

/// <summary>
/// The workspace without accounts: allowed only on loopback, where the person at this machine is the office. Requests
/// must then name a loopback host (a web page elsewhere cannot reach the workspace through a DNS name that points at
/// 127.0.0.1). Once an account exists every request logs in.
/// </summary>
public sealed class LocalAccess(RequestDelegate next, AccountStore accounts)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (!accounts.Any() && !WorkspaceServer.IsLoopbackHost(http.Request.Host.Host))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return http.Response.WriteAsync("未设置账号时只能从本机（localhost、127.0.0.1）访问。");
        }
        return next(http);
    }

    /// <summary>After authentication: with no account at all on a loopback server, the request is the local office.</summary>
    public sealed class NoAccountsOffice(RequestDelegate next, AccountStore accounts, ListenAddress listen)
    {
        public Task InvokeAsync(HttpContext http)
        {
            if (listen.IsLoopback && http.User.Identity?.IsAuthenticated != true && !accounts.Any())
                http.User = Viewer.LocalOffice.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme);
            return next(http);
        }
    }
}
