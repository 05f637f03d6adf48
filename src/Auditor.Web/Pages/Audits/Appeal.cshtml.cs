using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Auditor.Web.Pages.Audits;

public sealed class AppealModel(OfficeAudits audits) : WorkspacePage
{
    public string Id { get; private set; } = "";
    public string? CaseId { get; private set; }
    public string? RuleId { get; private set; }
    public string? Justification { get; private set; }
    public string? Approver { get; private set; }
    public IReadOnlyDictionary<string, string>? Finding { get; private set; }

    public IActionResult OnGet(string id, string? caseId, string? ruleId) => Try(() => Load(id, caseId, ruleId));

    public IActionResult OnPost(string id, string? caseId, string? ruleId, string? verdict, string? justification, string? approver)
    {
        (Justification, Approver) = (justification, approver);
        return Try(() =>
        {
            audits.Appeal(Viewer, id, caseId, ruleId, verdict, justification, approver);
            return Redirect($"/audits/{id}");
        }, () => Load(id, caseId, ruleId));
    }

    private IActionResult Load(string id, string? caseId, string? ruleId)
    {
        (Id, CaseId, RuleId) = (id, caseId, ruleId);
        if (!Viewer.IsOffice) throw WorkspaceException.Forbidden("只有办公室账号可以记录申诉。");
        Finding = audits.Findings(Viewer, id, new FindingFilter())
            .FirstOrDefault(r => r.GetValueOrDefault(FindingRows.CaseColumn) == caseId && r.GetValueOrDefault(FindingRows.RuleColumn) == ruleId)
            ?? throw WorkspaceException.NotFound($"没有案件“{caseId}”规则“{ruleId}”的判定。");
        return Page();
    }
}
