using Auditor.Core.Scoring;

namespace Auditor.Reports.Csv;

/// <summary>
/// sanctions.csv: one row per (unit, sanction) in list order (通报批评, 约谈, 表彰, 追责) —
/// 单位, 处理, 理由 (reasons joined by ；), 规则 (、), 案件 (、), 依据条款 (distinct, ；).
/// </summary>
public static class SanctionsCsvWriter
{
    public static void Write(string path, IReadOnlyList<Sanction> sanctions)
    {
        using var w = ExcelCsv.Create(path);
        Write(w, sanctions);
    }

    public static void Write(TextWriter w, IReadOnlyList<Sanction> sanctions)
    {
        ExcelCsv.Row(w, new[] { "单位", "处理", "理由", "规则", "案件", "依据条款" }.Select(ExcelCsv.Text));
        foreach (var s in sanctions)
        {
            ExcelCsv.Row(w, new[]
            {
                s.Unit,
                s.Kind.Chinese(),
                string.Join("；", s.Reasons.Select(r => r.Text)),
                string.Join("、", s.Reasons.Select(r => r.RuleId).OfType<string>().Distinct()),
                string.Join("、", s.Reasons.SelectMany(r => r.CaseIds).Distinct()),
                string.Join("；", s.Reasons.Select(r => r.Quote is null ? r.Clause : $"{r.Clause}：“{r.Quote}”").Distinct()),
            }.Select(ExcelCsv.Text));
        }
    }
}
