using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Auditor.Web.Pages.Audits;

public sealed class FindingsModel(OfficeAudits audits) : WorkspacePage
{
    /// <summary>Rows shown on one page; the count covers every match (findings.xlsx has them all).</summary>
    public const int Shown = 500;

    public string Id { get; private set; } = "";
    public string? Unit { get; private set; }
    public string? Kind { get; private set; }
    public string? Verdict { get; private set; }
    public List<IReadOnlyDictionary<string, string>>? Rows { get; private set; }
    public int Total { get; private set; }
    public SortedSet<string> Units { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Kinds { get; } = new(StringComparer.Ordinal);

    public IActionResult OnGet(string id, string? unit, string? kind, string? verdict)
    {
        (Id, Unit, Kind, Verdict) = (id, unit, kind, verdict);
        return Try(() =>
        {
            Rows = [];
            var matches = new FindingFilter(Unit, Kind, Verdict).Predicate();
            // one pass over findings.csv: the filter's choices come from the same rows
            foreach (var r in audits.Findings(Viewer, id, new FindingFilter()))
            {
                Units.Add(r.GetValueOrDefault(FindingRows.UnitColumn) ?? "");
                Kinds.Add(r.GetValueOrDefault(FindingRows.KindColumn) ?? "");
                if (!matches(r)) continue;
                Total++;
                if (Rows.Count < Shown) Rows.Add(r);
            }
            return Page();
        });
    }
}
