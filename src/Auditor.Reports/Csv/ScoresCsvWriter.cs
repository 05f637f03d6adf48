using System.Globalization;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.Machine;

namespace Auditor.Reports.Csv;

/// <summary>
/// scores.csv (UTF-8, no BOM; machine ids as headers like findings.csv): one row per unit in rank order —
/// rank, unit, unit_code, score, grade, one count column per verdict id, on_time_rate (met / (met + breached +
/// missing), a fraction; empty when nothing counted), then on_time_rate.&lt;kind&gt; for every kind in the run.
/// </summary>
public static class ScoresCsvWriter
{
    public static void Write(TextWriter w, IReadOnlyList<UnitScore> scores)
    {
        var kinds = scores.SelectMany(s => s.KindRates).Where(r => r.Rate is not null).Select(r => r.Kind).Distinct().Order().ToList();
        var verdicts = Enum.GetValues<Verdict>();
        CsvField.WriteRow(w, [.. new[] { "rank", "unit", "unit_code", "score", "grade" }
            .Concat(verdicts.Select(v => v.Id()))
            .Append("on_time_rate")
            .Concat(kinds.Select(k => "on_time_rate." + k.Id()))]);
        foreach (var s in scores.OrderBy(s => s.Rank).ThenBy(s => s.Unit, StringComparer.Ordinal))
        {
            var rates = s.KindRates.ToDictionary(r => r.Kind);
            CsvField.WriteRow(w, [.. new[]
                {
                    s.Rank.ToString(CultureInfo.InvariantCulture), CsvField.Text(s.Unit), CsvField.Text(s.UnitCode),
                    ScoreText.Number(s.Score), CsvField.Text(s.Grade),
                }
                .Concat(verdicts.Select(v => s.Count(v).ToString(CultureInfo.InvariantCulture)))
                .Append(Rate(s.OnTimeRate))
                .Concat(kinds.Select(k => rates.TryGetValue(k, out var r) ? Rate(r.Rate) : ""))]);
        }
    }

    private static string Rate(double? r) => r is null ? "" : r.Value.ToString("0.####", CultureInfo.InvariantCulture);
}
