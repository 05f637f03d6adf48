using System.Collections.Immutable;
using Auditor.Core.Domain;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Overrides;

/// <summary>One row of an overrides table as read: the row number a user sees and its cells as text.</summary>
public sealed record OverrideRow(int Number, IReadOnlyList<string> Cells)
{
    public string this[int column] => column < Cells.Count ? Cells[column].Trim() : "";

    public bool IsBlankOrComment => Cells.All(string.IsNullOrWhiteSpace) || (Cells.Count > 0 && Cells[0].TrimStart().StartsWith('#'));
}

/// <summary>
/// The rows of an overrides file (申诉/豁免; read by Ingest's OverridesReader from .csv, .xlsx or .xls) made into
/// entries. The header is the first row naming the case and rule columns among the first rows that are not blank and
/// not a # comment (title rows above it are skipped). Columns (any order; Chinese or English
/// header): 舆情编号 (case_id) · 规则编号 (rule_id) · 新判定 (verdict: met/breached/missing/pending/not-applicable/
/// insufficient-data or 按时履行/超时/未履行/未到期/不适用/数据不足) · 理由 (justification) · 批准人 (approver) ·
/// 批准日期 (date: 2026-10-12, 2026/10/12, 2026.10.12, 2026年10月12日 — any date spelling of <see cref="TimeTextParser"/>).
/// Blank rows and rows whose first cell starts with # are ignored. Any bad row is an InputException naming the file,
/// row and column.
/// </summary>
public static class OverrideRows
{
    private static readonly (string Field, string[] Headers)[] Columns =
    [
        ("case", ["舆情编号", "案件编号", "编号", "case_id"]),
        ("rule", ["规则编号", "规则", "rule_id"]),
        ("verdict", ["新判定", "判定", "改判为", "verdict"]),
        ("justification", ["理由", "申诉理由", "豁免理由", "justification"]),
        ("approver", ["批准人", "审批人", "approver"]),
        ("date", ["批准日期", "审批日期", "日期", "date"]),
    ];

    /// <summary>How many rows from the top may hold the header.</summary>
    public const int HeaderScanRows = 10;

    private const string HeaderHint = "舆情编号,规则编号,新判定,理由,批准人,批准日期";

    /// <summary>True when the row names at least the case and rule columns (how a workbook's overrides sheet is found).</summary>
    public static bool IsHeader(OverrideRow row)
    {
        var m = Map(row, null);
        return m.ContainsKey("case") && m.ContainsKey("rule");
    }

    /// <param name="rows">The rows of one sheet in order.</param>
    /// <param name="file">The file as messages name it; <paramref name="sheet"/> its sheet (null for csv).</param>
    public static ImmutableArray<OverrideEntry> Parse(IEnumerable<OverrideRow> rows, string file, string? sheet = null)
    {
        var name = Path.GetFileName(file) + (sheet is null ? "" : $" [{sheet}]");
        var records = rows.Where(r => !r.IsBlankOrComment).ToList();
        if (records.Count == 0) throw new InputException($"申诉/豁免文件 {name} 是空的（第一行应为表头：{HeaderHint}）");
        // a title row may stand above the header (as in ledgers): the header is the first row naming the case and rule columns
        var header = records.Take(HeaderScanRows).FirstOrDefault(IsHeader) ?? records[0];
        var index = Map(header, dup => throw new InputException($"申诉/豁免文件 {name} 第{header.Number}行：列“{dup}”重复"));
        var missingCols = Columns.Where(c => !index.ContainsKey(c.Field)).Select(c => c.Headers[0]).ToList();
        if (missingCols.Count > 0)
            throw new InputException($"申诉/豁免文件 {name} 第{header.Number}行：缺少列 {string.Join("、", missingCols)}（表头应为：{HeaderHint}）");

        var result = ImmutableArray.CreateBuilder<OverrideEntry>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var r in records.SkipWhile(r => r != header).Skip(1))
        {
            string Get(string field) => r[index[field]];
            InputException Bad(string field, string what) =>
                new($"申诉/豁免文件 {name} 第{r.Number}行“{header[index[field]]}”列：{what}");
            string caseId = Get("case"), ruleId = Get("rule"), verdictText = Get("verdict"),
                   why = Get("justification"), approver = Get("approver"), dateText = Get("date");
            if (caseId.Length == 0) throw Bad("case", "舆情编号为空");
            if (ruleId.Length == 0) throw Bad("rule", "规则编号为空");
            if (!Verdicts.TryParse(verdictText, out var verdict))
                throw Bad("verdict", $"新判定“{verdictText}”无法识别（应为 按时履行、超时、未履行、未到期、不适用、数据不足 或 met、breached、missing、pending、not-applicable、insufficient-data）");
            if (why.Length == 0) throw Bad("justification", "理由为空（申诉/豁免必须写明理由）");
            if (approver.Length == 0) throw Bad("approver", "批准人为空");
            var date = ApprovalDate(dateText) is { } d ? d : throw Bad("date", ApprovalDateProblem(dateText));
            if (seen.TryGetValue((caseId, ruleId), out var earlier))
                throw new InputException($"申诉/豁免文件 {name} 第{r.Number}行：案件 {caseId} 规则 {ruleId} 在第{earlier}行已有申诉/豁免，不能重复");
            seen[(caseId, ruleId)] = r.Number;
            result.Add(new OverrideEntry(file, r.Number, caseId, ruleId, verdict, why, approver, date) { Sheet = sheet });
        }
        return result.ToImmutable();
    }

    /// <summary>Field → column of the header row; a field named twice calls <paramref name="duplicate"/> with the header text.</summary>
    private static Dictionary<string, int> Map(OverrideRow header, Action<string>? duplicate)
    {
        var index = new Dictionary<string, int>();
        for (int i = 0; i < header.Cells.Count; i++)
        {
            var h = header[i];
            var col = Columns.FirstOrDefault(c => c.Headers.Contains(h, StringComparer.OrdinalIgnoreCase));
            if (col.Field is not null && !index.TryAdd(col.Field, i)) duplicate?.Invoke(h);
        }
        return index;
    }

    /// <summary>
    /// 批准日期 is a date. A date with a time of day gives its date (Excel saves a date cell as "2026/10/12 0:00" in
    /// CSV); a date without a year or a time alone is refused: which approval it was must not be guessed.
    /// </summary>
    private static LocalDate? ApprovalDate(string text) =>
        TimeTextParser.Parse(text).TryGetValue(out var v) && v.Shape is TimeTextShape.DateOnly or TimeTextShape.DateTime ? v.Date : null;

    private static string ApprovalDateProblem(string text)
    {
        var r = TimeTextParser.Parse(text);
        return r.TryGetValue(out _)
            ? $"批准日期“{text}”不是完整的日期（应如 2026-10-12 或 2026年10月12日，写明年份）"
            : $"批准日期“{text}”无法识别：{r.Reason}";
    }
}
