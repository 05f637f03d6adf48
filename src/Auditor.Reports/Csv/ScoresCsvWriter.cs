using System.Globalization;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;

namespace Auditor.Reports.Csv;

/// <summary>
/// scores.csv: one row per unit in rank order — 名次, 单位, 单位编码, 得分, 等次, one count column per verdict,
/// 按时率, then 按时率-<kind> for every obligation kind that occurs in the run (empty where the unit had none).
/// </summary>
public static class ScoresCsvWriter
{
    public static void Write(string path, IReadOnlyList<UnitScore> scores)
    {
        using var w = ExcelCsv.Create(path);
        Write(w, scores);
    }

    public static void Write(TextWriter w, IReadOnlyList<UnitScore> scores)
    {
        var kinds = scores.SelectMany(s => s.KindRates).Where(r => r.Rate is not null).Select(r => r.Kind).Distinct().Order().ToList();
        var verdicts = Enum.GetValues<Verdict>();
        ExcelCsv.Row(w, new[] { "名次", "单位", "单位编码", "得分", "等次" }
            .Concat(verdicts.Select(v => v.Chinese()))
            .Append("按时率")
            .Concat(kinds.Select(k => "按时率-" + k.Chinese()))
            .Select(ExcelCsv.Text));
        foreach (var s in scores.OrderBy(s => s.Rank).ThenBy(s => s.Unit, StringComparer.Ordinal))
        {
            var rates = s.KindRates.ToDictionary(r => r.Kind);
            ExcelCsv.Row(w, new[]
                {
                    s.Rank.ToString(CultureInfo.InvariantCulture), ExcelCsv.Text(s.Unit), ExcelCsv.Text(s.UnitCode),
                    ScoreText.Number(s.Score), ExcelCsv.Text(s.Grade),
                }
                .Concat(verdicts.Select(v => s.Count(v).ToString(CultureInfo.InvariantCulture)))
                .Append(ScoreText.Percent(s.OnTimeRate))
                .Concat(kinds.Select(k => rates.TryGetValue(k, out var r) ? ScoreText.Percent(r.Rate) : "")));
        }
    }
}
