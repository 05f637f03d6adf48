using Auditor.Core.Scoring;
using Auditor.Reports.Machine;

namespace Auditor.Reports.Csv;

/// <summary>
/// sanctions.csv (UTF-8, no BOM): one row per (unit, sanction) in list order (通报批评, 约谈, 表彰, 追责) —
/// unit, sanction (the Chinese list name), reasons (joined by ；), rule_ids (、), case_ids (、), clauses (distinct, ；).
/// </summary>
public static class SanctionsCsvWriter
{
    public static void Write(TextWriter w, IReadOnlyList<Sanction> sanctions)
    {
        CsvField.WriteRow(w, "unit", "sanction", "reasons", "rule_ids", "case_ids", "clauses");
        foreach (var s in sanctions)
        {
            CsvField.WriteRow(w, [.. new[]
            {
                s.Unit,
                s.Kind.Chinese(),
                string.Join("；", s.Reasons.Select(r => r.Text)),
                string.Join("、", s.Reasons.Select(r => r.RuleId).OfType<string>().Distinct()),
                string.Join("、", s.Reasons.SelectMany(r => r.CaseIds).Distinct()),
                string.Join("；", s.Reasons.Select(r => r.Quote is null ? r.Clause : $"{r.Clause}：“{r.Quote}”").Distinct()),
            }.Select(CsvField.Text)]);
        }
    }
}
