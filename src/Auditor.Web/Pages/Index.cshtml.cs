using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Auditor.Web.Pages;

public sealed class IndexModel(OfficeAudits audits) : WorkspacePage
{
    public IReadOnlyList<AuditStatus> Audits { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!Viewer.IsOffice) return Redirect("/unit");
        Audits = audits.List(Viewer);
        return Page();
    }
}
