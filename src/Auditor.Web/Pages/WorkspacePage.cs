using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Auditor.Web.Pages;

/// <summary>What every page shares: who is looking, and a refused action shown as a message on the page.</summary>
public abstract class WorkspacePage : PageModel
{
    public Viewer Viewer => Viewer.From(User) ?? throw WorkspaceException.Forbidden("请先登录。");

    /// <summary>The message of a refused action, shown at the top of the page.</summary>
    [ViewData] public string? Problem { get; set; }

    /// <summary>Runs an action; a refusal becomes <see cref="Problem"/> (with its status) and the page is shown again.</summary>
    protected IActionResult Try(Func<IActionResult> action, Func<IActionResult>? again = null)
    {
        try { return action(); }
        catch (WorkspaceException ex)
        {
            Problem = ex.Message;
            Response.StatusCode = ex.Status;
            if (again is null) return Page();
            try { return again(); }
            catch (WorkspaceException) { return Page(); }
        }
    }
}
