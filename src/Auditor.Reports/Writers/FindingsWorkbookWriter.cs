using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.Text;
using Auditor.Reports.Xlsx;
using NodaTime;

namespace Auditor.Reports;

/// <summary>
/// findings.xlsx: sheets 说明, findings, scores, sanctions and data issues — frozen header row, auto filter, set column
/// widths, real date cells (local time of the audit's zone), text never a formula. A sheet that would pass Excel's
/// 1,048,576-row limit continues on numbered sheets (findings_2 …), and 说明 says so. Streamed: memory stays flat.
/// </summary>
public static class FindingsWorkbookWriter
{
    /// <summary>Excel's row limit (header included).</summary>
    public const int ExcelMaxRows = 1_048_576;

    public static void Write(AuditOutcome outcome, string path)
    {
        using var fs = File.Create(path);
        Write(outcome, fs, ExcelMaxRows);
    }

    internal static byte[] Build(AuditOutcome o, int maxRowsPerSheet)
    {
        using var ms = new MemoryStream();
        Write(o, ms, maxRowsPerSheet);
        return ms.ToArray();
    }

    private sealed record Table(string Name, (string Header, int Width)[] Columns, IEnumerable<object?[]> Rows, int Count, IReadOnlySet<int>? Percent = null);

    internal static void Write(AuditOutcome o, Stream output, int maxRowsPerSheet)
    {
        DateTime? Local(Instant? i) => i?.InZone(o.Zone).LocalDateTime.ToDateTimeUnspecified();
        var verdicts = Enum.GetValues<Verdict>().Where(v => v != Verdict.NotApplicable).ToArray();
        var tables = new[]
        {
            new Table("findings",
                [("case_id", 16), ("unit", 22), ("rule_id", 16), ("kind", 14), ("kind_zh", 12), ("verdict", 14), ("verdict_zh", 10),
                 ("start", 17), ("deadline", 17), ("actual", 17), ("overrun_minutes", 10), ("clause", 14), ("evidence", 60),
                 ("case_title", 30), ("rule_title", 24), ("severity", 10), ("weight", 8), ("override", 30)],
                o.Findings.Select(f => new object?[] { f.CaseId, f.Unit, f.RuleId, f.Kind.Id(), f.Kind.Chinese(), f.Verdict.Id(), f.Verdict.Chinese(),
                    Local(f.Start), Local(f.Deadline), Local(f.Actual), f.OverrunMinutes, f.Clause.Short, f.Evidence,
                    f.CaseTitle, f.RuleTitle, f.Severity, f.Weight,
                    f.Override is { } ov ? $"原判定{ov.Original.Id()}：{ov.Justification}（{ov.Approver}，{ov.Date:yyyy-MM-dd}）" : null }),
                o.Findings.Length),
            new Table("scores",
                [("rank", 6), ("unit", 24), ("unit_code", 12), ("score", 8), ("grade", 8), ("on_time_rate", 10), .. verdicts.Select(v => (v.Id(), 10)), ("formula", 60)],
                o.Scores.OrderBy(s => s.Rank).ThenBy(s => s.Unit, StringComparer.Ordinal).Select(s => (object?[])
                    [s.Rank, s.Unit, s.UnitCode, s.Score, s.Grade, s.OnTimeRate, .. verdicts.Select(v => (object?)s.Count(v)), s.Formula]),
                o.Scores.Length, new HashSet<int> { 5 }),
            new Table("sanctions",
                [("unit", 24), ("sanction", 10), ("rule_id", 16), ("clause", 14), ("case_ids", 30), ("reason", 60)],
                o.Sanctions.OrderBy(s => (int)s.Kind).ThenBy(s => s.Unit, StringComparer.Ordinal)
                    .SelectMany(s => (s.Reasons.Length == 0 ? [new SanctionReason(null, [], "", "")] : s.Reasons.AsEnumerable())
                        .Select(r => new object?[] { s.Unit, s.Kind.Chinese(), r.RuleId, r.Clause, string.Join("、", r.CaseIds), r.Text })),
                o.Sanctions.Sum(s => Math.Max(1, s.Reasons.Length))),
            new Table("data issues",
                [("file", 30), ("sheet", 14), ("row", 8), ("column", 14), ("case_id", 16), ("kind", 18), ("message", 70)],
                o.DataIssues.Select(d => new object?[] { d.File, d.Sheet, d.Row, d.Column, d.CaseId, d.Kind.ToString(), d.Message }),
                o.DataIssues.Length),
        };

        int perSheet = maxRowsPerSheet - 1;
        int SheetCount(Table t) => Math.Max(1, (t.Count + perSheet - 1) / perSheet);
        string SheetName(string name, int i) => i == 1 ? name : $"{name}_{i}";
        var notes = new List<string>
        {
            $"{o.Period.Chinese}政务舆情回应处置考核判定明细（规则包 {o.Pack.Id} {o.Pack.Version}，截止 {OfficialDate.Format(o.AsOf.InZone(o.Zone).LocalDateTime)}）",
            $"findings：每个适用的（案件，规则）一行；start/deadline/actual 为本地时间（{o.Zone.Id}），overrun_minutes 为超出时限的分钟数。",
            "scores：每个单位一行；sanctions：每条处理理由一行；data issues：台账数据问题（文件、工作表、行、列）。",
            "以 = + - @ 开头的文字前加了单引号，防止被当作公式执行。",
        };
        foreach (var t in tables.Where(t => SheetCount(t) > 1))
            notes.Add($"{t.Name}：共{t.Count}行，超过 Excel 单表 {maxRowsPerSheet:N0} 行上限，已按每表{perSheet:N0}行拆分为 " +
                      string.Join("、", Enumerable.Range(1, SheetCount(t)).Select(i => SheetName(t.Name, i))) + "。");

        using var x = new XlsxWriter(output, new DateTimeOffset(o.AsOf.ToDateTimeUtc(), TimeSpan.Zero));
        x.BeginSheet("说明", [("说明", 120)]);
        foreach (var n in notes) x.Row([n]);
        foreach (var t in tables)
        {
            using var rows = t.Rows.GetEnumerator();
            for (int s = 1; s <= SheetCount(t); s++)
            {
                x.BeginSheet(SheetName(t.Name, s), t.Columns);
                for (int r = 0; r < perSheet && rows.MoveNext(); r++) x.Row(rows.Current, percentColumns: t.Percent);
            }
        }
    }
}
