using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Core.Overrides;

/// <summary>One row of an overrides file (申诉/豁免): the (case, rule) whose verdict changes, and who approved why.</summary>
public sealed record OverrideEntry(
    string File, int Line, string CaseId, string RuleId, Verdict NewVerdict, string Justification, string Approver, LocalDate Date)
{
    /// <summary>The workbook sheet the row is on (null for csv).</summary>
    public string? Sheet { get; init; }

    public string Where => $"申诉/豁免文件 {System.IO.Path.GetFileName(File)}{(Sheet is null ? "" : $" [{Sheet}]")} 第{Line}行";
}
