using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Auditor.Web.Pages.Audits;

public sealed class ReadModel(OfficeAudits audits) : WorkspacePage
{
    public string Id { get; private set; } = "";
    public Inspection? Read { get; private set; }

    public IActionResult OnGet(string id)
    {
        Id = id;
        return Try(() =>
        {
            Read = audits.Inspection(Viewer, id);
            return Page();
        });
    }
}
