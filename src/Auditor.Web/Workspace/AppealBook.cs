using System.Globalization;
using Auditor.Core.Domain;
using Auditor.Core.Overrides;
using Auditor.Ingest;
using Auditor.Reports.Machine;
using NodaTime;

namespace Auditor.Web.Workspace;

/// <summary>
/// An audit's appeals, kept as the overrides file the engine reads (overrides.csv, the format of docs/verdicts.md
/// "申诉与豁免"): a decided appeal is a line (case, rule, new verdict, justification, approver, date); deciding the same
/// finding again replaces its line. The engine applies the file on every run, so an appeal reaches the findings, the
/// scores, the documents and the history store on the next run.
/// </summary>
public sealed class AppealBook(string path)
{
    private static readonly string[] Header = ["舆情编号", "规则编号", "新判定", "理由", "批准人", "批准日期"];

    public string Path { get; } = path;

    public bool Exists => File.Exists(Path);

    public IReadOnlyList<OverrideEntry> All() => Exists ? OverridesReader.Read(Path) : [];

    public void Decide(string caseId, string ruleId, Verdict verdict, string justification, string approver, LocalDate date) =>
        Write(All().Where(e => !(e.CaseId == caseId && e.RuleId == ruleId))
            .Append(new OverrideEntry(Path, 0, caseId, ruleId, verdict, justification, approver, date)));

    /// <summary>Removes the appeal of one finding; false when there was none.</summary>
    public bool Withdraw(string caseId, string ruleId)
    {
        var all = All();
        var kept = all.Where(e => !(e.CaseId == caseId && e.RuleId == ruleId)).ToList();
        if (kept.Count == all.Count) return false;
        if (kept.Count == 0) File.Delete(Path);
        else Write(kept);
        return true;
    }

    private void Write(IEnumerable<OverrideEntry> entries)
    {
        var temp = Path + ".tmp";
        using (var w = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false)))
        {
            CsvField.WriteRow(w, Header);
            foreach (var e in entries)
                CsvField.WriteRow(w, [CsvField.Plain(e.CaseId), CsvField.Plain(e.RuleId), e.NewVerdict.Id(), CsvField.Plain(e.Justification),
                    CsvField.Plain(e.Approver), e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        }
        File.Move(temp, Path, overwrite: true);
    }
}
