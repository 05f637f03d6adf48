using Auditor.Web.Pages.Audits;
using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Auditor.Web.Pages.Unit;

public sealed class UnitHomeModel(SelfChecks checks, OfficeAudits audits, WorkspaceContext ctx) : WorkspacePage
{
    public IReadOnlyList<(string Id, string Title)> Packs { get; private set; } = [];
    public IReadOnlyList<SelfCheckStatus> Mine { get; private set; } = [];
    public IReadOnlyList<AuditStatus> Released { get; private set; } = [];
    public string? Period { get; private set; }
    public string? AsOf { get; private set; }

    public IActionResult OnGet()
    {
        if (Viewer.IsOffice) return Redirect("/");
        Load();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? pack, string? period, string? as_of)
    {
        (Period, AsOf) = (period, as_of);
        return Try(() =>
        {
            var form = Api.ApiEndpoints.ReadForm(HttpContext).GetAwaiter().GetResult();
            var id = checks.Start(Viewer, new SelfCheckStart(pack, period, as_of, NewAuditModel.Chosen(form, "logs").ToList()));
            return Redirect($"/selfchecks/{id}");
        }, () =>
        {
            Load();
            return Page();
        });
    }

    private void Load()
    {
        Packs = ctx.Packs();
        Mine = checks.Mine(Viewer);
        Released = audits.List(Viewer);
    }
}
