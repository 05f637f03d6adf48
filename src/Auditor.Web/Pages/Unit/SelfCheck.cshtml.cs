using Auditor.Core.Domain;
using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using NodaTime.Text;

namespace Auditor.Web.Pages.Unit;

public sealed class SelfCheckModel(SelfChecks checks, WorkspaceContext ctx) : WorkspacePage
{
    public SelfCheckStatus? Check { get; private set; }
    public ScoreLine? Score { get; private set; }
    public List<(IReadOnlyDictionary<string, string> Row, string Left)> Pending { get; } = [];
    public List<IReadOnlyDictionary<string, string>> Attention { get; } = [];

    public IActionResult OnGet(string id) => Try(() =>
    {
        Check = checks.Status(Viewer, id);
        if (Check.Status != RunStatus.Done) return Page();
        var scores = AuditResults.Scores(Path.Combine(ctx.Data.SelfCheck(id), "out"));
        Score = scores.FirstOrDefault();
        var now = ctx.Now;
        foreach (var r in checks.Findings(Viewer, id, new FindingFilter()))
        {
            var v = r.GetValueOrDefault(FindingRows.VerdictColumn);
            if (v == Verdict.Pending.Id())
            {
                var due = LocalDateTimePattern.GeneralIso.Parse(r.GetValueOrDefault("deadline") ?? "");
                Pending.Add((r, due.Success ? WorkspaceTime.Left(due.Value, now, ctx.Options.Zone) : "—"));
            }
            else if (v != Verdict.Met.Id()) Attention.Add(r);
        }
        Pending.Sort((a, b) => string.CompareOrdinal(a.Row.GetValueOrDefault("deadline"), b.Row.GetValueOrDefault("deadline")));
        return Page();
    });
}
