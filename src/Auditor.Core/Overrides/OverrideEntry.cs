using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Core.Overrides;

/// <summary>One line of an overrides file (申诉/豁免): the (case, rule) whose verdict changes, and who approved why.</summary>
public sealed record OverrideEntry(
    string File, int Line, string CaseId, string RuleId, Verdict NewVerdict, string Justification, string Approver, LocalDate Date)
{
    public string Where => $"申诉/豁免文件 {System.IO.Path.GetFileName(File)} 第{Line}行";
}
