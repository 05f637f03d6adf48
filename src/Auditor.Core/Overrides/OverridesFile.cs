using System.Collections.Immutable;
using System.Text;
using Auditor.Core.Domain;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Overrides;

/// <summary>
/// Reads an overrides file (申诉/豁免): CSV, UTF-8 (with or without BOM) or GB18030 (what Excel saves on Chinese
/// Windows), first row a header. Columns (any order; Chinese or English header):
///   舆情编号 (case_id) · 规则编号 (rule_id) · 新判定 (verdict: met/breached/missing/pending/not-applicable/
///   insufficient-data or 按时履行/超时/未履行/未到期/不适用/数据不足) · 理由 (justification) · 批准人 (approver) ·
///   批准日期 (date: 2026-10-12, 2026/10/12, 2026.10.12, 2026年10月12日 — any date spelling of <see cref="TimeTextParser"/>).
/// Blank lines and lines starting with # are ignored. Any bad line is an InputException naming file and line.
/// </summary>
public static class OverridesFile
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

    public static ImmutableArray<OverrideEntry> Read(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"无法读取申诉/豁免文件 {path}：{ex.Message}", ex);
        }
        return Parse(Decode(bytes), path);
    }

    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        try { return new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    public static ImmutableArray<OverrideEntry> Parse(string text, string file)
    {
        var records = CsvRecords(text, file).Where(r => !(r.Fields.All(string.IsNullOrWhiteSpace) || r.Fields[0].TrimStart().StartsWith('#'))).ToList();
        string name = Path.GetFileName(file);
        if (records.Count == 0) throw new InputException($"申诉/豁免文件 {name} 是空的（第一行应为表头：舆情编号,规则编号,新判定,理由,批准人,批准日期）");
        var header = records[0];
        var index = new Dictionary<string, int>();
        for (int i = 0; i < header.Fields.Count; i++)
        {
            var h = header.Fields[i].Trim();
            var col = Columns.FirstOrDefault(c => c.Headers.Contains(h, StringComparer.OrdinalIgnoreCase));
            if (col.Field is null) continue;
            if (!index.TryAdd(col.Field, i))
                throw new InputException($"申诉/豁免文件 {name} 第{header.Line}行：列“{h}”重复");
        }
        var missingCols = Columns.Where(c => !index.ContainsKey(c.Field)).Select(c => c.Headers[0]).ToList();
        if (missingCols.Count > 0)
            throw new InputException($"申诉/豁免文件 {name} 第{header.Line}行：缺少列 {string.Join("、", missingCols)}（表头应为：舆情编号,规则编号,新判定,理由,批准人,批准日期）");

        var result = ImmutableArray.CreateBuilder<OverrideEntry>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var r in records.Skip(1))
        {
            string Get(string field)
            {
                int i = index[field];
                return i < r.Fields.Count ? r.Fields[i].Trim() : "";
            }
            string where = $"申诉/豁免文件 {name} 第{r.Line}行";
            string caseId = Get("case"), ruleId = Get("rule"), verdictText = Get("verdict"),
                   why = Get("justification"), approver = Get("approver"), dateText = Get("date");
            if (caseId.Length == 0) throw new InputException($"{where}：舆情编号为空");
            if (ruleId.Length == 0) throw new InputException($"{where}：规则编号为空");
            if (!Verdicts.TryParse(verdictText, out var verdict))
                throw new InputException($"{where}：新判定“{verdictText}”无法识别（应为 按时履行、超时、未履行、未到期、不适用、数据不足 或 met、breached、missing、pending、not-applicable、insufficient-data）");
            if (why.Length == 0) throw new InputException($"{where}：理由为空（申诉/豁免必须写明理由）");
            if (approver.Length == 0) throw new InputException($"{where}：批准人为空");
            var date = ApprovalDate(dateText, where);
            if (seen.TryGetValue((caseId, ruleId), out var earlier))
                throw new InputException($"{where}：案件 {caseId} 规则 {ruleId} 在第{earlier}行已有申诉/豁免，不能重复");
            seen[(caseId, ruleId)] = r.Line;
            result.Add(new OverrideEntry(file, r.Line, caseId, ruleId, verdict, why, approver, date));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// 批准日期 is a date. A date with a time of day gives its date (Excel saves a date cell as "2026/10/12 0:00" in
    /// CSV); a date without a year or a time alone is refused: which approval it was must not be guessed.
    /// </summary>
    private static LocalDate ApprovalDate(string text, string where)
    {
        var r = TimeTextParser.Parse(text);
        if (!r.TryGetValue(out var v))
            throw new InputException($"{where}：批准日期“{text}”无法识别：{r.Reason}");
        return v.Shape is TimeTextShape.DateOnly or TimeTextShape.DateTime ? v.Date
            : throw new InputException($"{where}：批准日期“{text}”不是完整的日期（应如 2026-10-12 或 2026年10月12日，写明年份）");
    }

    private sealed record Record(int Line, List<string> Fields);

    /// <summary>RFC 4180 records (quoted fields may hold commas, quotes "" and line breaks), each with the line it starts on.</summary>
    private static IEnumerable<Record> CsvRecords(string text, string file)
    {
        int line = 1, start = 1, i = 0;
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        while (i < text.Length)
        {
            char ch = text[i];
            if (quoted)
            {
                if (ch == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    quoted = false; i++; continue;
                }
                if (ch == '\n') line++;
                field.Append(ch); i++; continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0: quoted = true; any = true; i++; break;
                case ',': fields.Add(field.ToString()); field.Clear(); any = true; i++; break;
                case '\r' or '\n':
                    if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    i++;
                    fields.Add(field.ToString()); field.Clear();
                    yield return new Record(start, fields);
                    fields = []; any = false; line++; start = line;
                    break;
                default: field.Append(ch); any = true; i++; break;
            }
        }
        if (quoted) throw new InputException($"申诉/豁免文件 {Path.GetFileName(file)} 第{start}行：引号未闭合");
        if (any || field.Length > 0) { fields.Add(field.ToString()); yield return new Record(start, fields); }
    }
}
