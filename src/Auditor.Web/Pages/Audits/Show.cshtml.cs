using Auditor.Core.Overrides;
using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Auditor.Web.Pages.Audits;

public sealed class ShowAuditModel(OfficeAudits audits, WorkspaceContext ctx) : WorkspacePage
{
    public AuditStatus? Audit { get; private set; }
    public IReadOnlyList<ScoreLine> Scores { get; private set; } = [];
    public IReadOnlyList<SanctionLine> Sanctions { get; private set; } = [];
    public IReadOnlyList<OverrideEntry> Appeals { get; private set; } = [];
    public IReadOnlyList<string> Files { get; private set; } = [];
    public IReadOnlyList<AuditLogEntry> Log { get; private set; } = [];

    public IActionResult OnGet(string id) => Try(() => Load(id));

    public IActionResult OnPostSignOff(string id) => Act(id, () => audits.SignOff(Viewer, id));
    public IActionResult OnPostReopen(string id, string? reason) => Act(id, () => audits.Reopen(Viewer, id, reason));
    public IActionResult OnPostRerun(string id) => Act(id, () => audits.Rerun(Viewer, id, "办公室重新运行"));
    public IActionResult OnPostWithdraw(string id, string? caseId, string? ruleId) => Act(id, () => audits.Withdraw(Viewer, id, caseId, ruleId));

    private IActionResult Act(string id, Action action) => Try(() =>
    {
        action();
        return Redirect($"/audits/{id}");
    }, () => Load(id));

    private IActionResult Load(string id)
    {
        Audit = audits.Status(Viewer, id);
        Files = audits.Files(Viewer, id);
        if (Viewer.IsOffice)
        {
            var folder = Path.Combine(ctx.Data.Audit(id), "out");
            Scores = AuditResults.Scores(folder);
            Sanctions = AuditResults.Sanctions(folder);
            Appeals = audits.Appeals(Viewer, id);
            Log = audits.LogOf(Viewer, id);
        }
        return Page();
    }
}
