using System.Globalization;
using Auditor.Core.Domain;
using Auditor.Reports;

namespace Auditor.Web.Workspace;

/// <summary>A unit's line of scores.csv: rank, unit, score, grade, and its count of each verdict.</summary>
public sealed record ScoreLine(int Rank, string Unit, double Score, string Grade, IReadOnlyDictionary<string, int> Counts);

/// <summary>A line of sanctions.csv: which unit is on which list and why.</summary>
public sealed record SanctionLine(string Unit, string List, string Reason);

/// <summary>The ranking and the lists of an output folder, read back from scores.csv and sanctions.csv for the pages.</summary>
public static class AuditResults
{
    public static IReadOnlyList<ScoreLine> Scores(string outFolder)
    {
        var rows = Rows(Path.Combine(outFolder, AuditFileNames.Scores));
        return rows.Select(r => new ScoreLine(
            int.TryParse(r.GetValueOrDefault("rank"), out var rank) ? rank : 0,
            r.GetValueOrDefault("unit") ?? "",
            double.TryParse(r.GetValueOrDefault("score"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 0,
            r.GetValueOrDefault("grade") ?? "",
            Enum.GetValues<Verdict>().ToDictionary(v => v.Id(), v => int.TryParse(r.GetValueOrDefault(v.Id()), out var n) ? n : 0))).ToList();
    }

    public static IReadOnlyList<SanctionLine> Sanctions(string outFolder) =>
        Rows(Path.Combine(outFolder, AuditFileNames.Sanctions)).Select(r => new SanctionLine(
            r.GetValueOrDefault("unit") ?? "", r.GetValueOrDefault("sanction") ?? "", r.GetValueOrDefault("reasons") ?? "")).ToList();

    private static IEnumerable<IReadOnlyDictionary<string, string>> Rows(string csv) => CsvRows.Read(csv);
}
