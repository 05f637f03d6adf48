using Auditor.Core.Domain;

namespace Auditor.Web.Workspace;

/// <summary>What findings to list: by unit (exact registry name), obligation kind (id) and verdict (id or Chinese).</summary>
public sealed record FindingFilter(string? Unit = null, string? Kind = null, string? Verdict = null)
{
    /// <summary>The verdict as findings.csv writes it (met, breached …); a Chinese label is accepted; unknown text is refused.</summary>
    public string? VerdictId => string.IsNullOrWhiteSpace(Verdict) ? null
        : Verdicts.TryParse(Verdict, out var v) ? v.Id()
        : throw WorkspaceException.BadInput($"判定“{Verdict}”无法识别：应为 met、breached、missing、pending、insufficient-data 或 按时履行、超时、未履行、未到期、数据不足。");

    public string? KindId => string.IsNullOrWhiteSpace(Kind) ? null
        : ObligationKinds.TryParse(Kind, out var k) ? k.Id()
        : throw WorkspaceException.BadInput($"义务类别“{Kind}”无法识别。");

    /// <summary>Whether a findings.csv row passes; a bad verdict or kind is refused here, before any row is read.</summary>
    public Func<IReadOnlyDictionary<string, string>, bool> Predicate()
    {
        string? verdict = VerdictId, kind = KindId, unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim();
        return r =>
            (unit is null || r.GetValueOrDefault(FindingRows.UnitColumn) == unit) &&
            (kind is null || r.GetValueOrDefault(FindingRows.KindColumn) == kind) &&
            (verdict is null || r.GetValueOrDefault(FindingRows.VerdictColumn) == verdict);
    }
}

/// <summary>
/// The rows of an output folder's findings.csv as name → value maps (the csv's own header names), filtered as they
/// stream: the API's findings and the findings page read the file the audit wrote, not a copy of their own.
/// </summary>
public static class FindingRows
{
    public const string UnitColumn = "unit", KindColumn = "kind", VerdictColumn = "verdict", CaseColumn = "case_id", RuleColumn = "rule_id";

    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string findingsCsv, FindingFilter filter) =>
        CsvRows.Read(findingsCsv).Where(filter.Predicate());
}
