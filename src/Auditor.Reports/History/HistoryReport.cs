using System.Globalization;
using System.Text;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;

using Auditor.Reports.Machine;

namespace Auditor.Reports.History;

/// <summary>What `auditor history` prints: the recorded periods per pack and each unit's score over them.</summary>
public static class HistoryReport
{
    /// <summary>
    /// Text: per pack, the list of periods, then a table — one row per unit (ordered by rank in the latest period,
    /// then name), one column per period holding "得分 等次（名次）", "—" where the unit was not scored.
    /// </summary>
    public static void WriteText(TextWriter w, IReadOnlyList<RecordedRun> runs, IReadOnlyList<HistoryScore> scores)
    {
        foreach (var pack in runs.GroupBy(r => r.PackId))
        {
            var periods = pack.ToList();
            w.WriteLine($"规则包 {pack.Key}：{periods.Count} 个考核期");
            foreach (var r in periods)
            {
                var label = AuditPeriod.TryParse(r.PeriodId, out var p) ? p!.Chinese : r.PeriodId;
                w.WriteLine($"  {r.PeriodId}（{label}）规则包版本 {r.PackVersion}，截至 {r.AsOfLocal}，判定 {r.FindingCount} 条，单位 {r.UnitCount} 个");
            }
            var byUnit = scores.Where(s => s.PackId == pack.Key).GroupBy(s => s.Unit)
                .ToDictionary(g => g.Key, g => g.ToDictionary(s => s.PeriodId));
            var latest = periods[^1].PeriodId;
            var units = byUnit.Keys
                .OrderBy(u => byUnit[u].TryGetValue(latest, out var s) ? s.Rank : int.MaxValue)
                .ThenBy(u => u, StringComparer.Ordinal).ToList();
            var header = new List<string> { "单位" };
            header.AddRange(periods.Select(r => r.PeriodId));
            var rows = units.Select(u => new List<string> { u }
                .Concat(periods.Select(r => byUnit[u].TryGetValue(r.PeriodId, out var s)
                    ? $"{ScoreText.Number(s.Score)} {s.Grade}（{s.Rank}）" : "—")).ToList()).ToList();
            var widths = Enumerable.Range(0, header.Count)
                .Select(i => rows.Select(r => Width(r[i])).Append(Width(header[i])).Max()).ToArray();
            w.WriteLine();
            WriteRow(w, header, widths);
            foreach (var r in rows) WriteRow(w, r, widths);
            w.WriteLine();
        }
    }

    /// <summary>CSV (long form, one row per unit and period): 规则包, 考核期, 单位, 得分, 等次, 名次.</summary>
    public static void WriteCsv(TextWriter w, IReadOnlyList<HistoryScore> scores)
    {
        CsvField.WriteRow(w, "规则包", "考核期", "单位", "得分", "等次", "名次");
        foreach (var s in scores)
            CsvField.WriteRow(w, [CsvField.Text(s.PackId), CsvField.Text(s.PeriodId), CsvField.Text(s.Unit), ScoreText.Number(s.Score),
                CsvField.Text(s.Grade), s.Rank.ToString(CultureInfo.InvariantCulture)]);
    }

    private static void WriteRow(TextWriter w, IReadOnlyList<string> cells, int[] widths)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < cells.Count; i++)
        {
            sb.Append(cells[i]);
            if (i < cells.Count - 1) sb.Append(' ', widths[i] - Width(cells[i]) + 2);
        }
        w.WriteLine(sb.ToString().TrimEnd());
    }

    /// <summary>Display width in a terminal: East Asian wide and full-width characters count 2.</summary>
    internal static int Width(string s)
    {
        int n = 0;
        foreach (var ch in s)
            n += ch >= 0x1100 && (ch <= 0x115F || (ch >= 0x2E80 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3)
                                  || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60)
                                  || (ch >= 0xFFE0 && ch <= 0xFFE6)) ? 2 : 1;
        return n;
    }
}
