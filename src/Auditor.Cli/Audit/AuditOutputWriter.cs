using Auditor.Core.Audit;
using Auditor.Reports;
using Auditor.Reports.Csv;
using Auditor.Reports.History;
using Auditor.Reports.Machine;
using Auditor.Reports.Office;
using Auditor.Reports.Templates;
using Auditor.Reports.Writers;

namespace Auditor.Cli.Audit;

/// <summary>
/// Writes an outcome into its output folder through a staging folder (a failed run leaves the previous reports
/// untouched), records the run in the history store, and moves the folder into place last.
/// </summary>
public static class AuditOutputWriter
{
    public const string SelfCheckFile = "自查报告.docx";

    public static void WriteAudit(AuditOutcome o, AuditRequest r, string outDir, IProgress<string>? progress = null)
    {
        var office = OfficeProfile.Load(OfficeFile(r, o.Pack.Id));
        var templates = ReportTemplates.Load(Path.Combine(r.RulesDir, "templates"));
        using var staged = new StagedOutputDirectory(outDir);
        var dir = staged.Staging;
        progress?.Report("写出 findings.csv / findings.json / data-issues.csv");
        WriteMachineFiles(o, dir);
        ScoresCsvWriter.Write(Path.Combine(dir, "scores.csv"), o.Scores);
        SanctionsCsvWriter.Write(Path.Combine(dir, "sanctions.csv"), o.Sanctions);
        progress?.Report("生成 Word 报告与 findings.xlsx");
        ReportSet.WriteAll(o, office, templates, dir);
        ManifestWriter.Write(dir, o);
        if (r.HistoryPath is not null)
        {
            progress?.Report("记入历史库");
            var parent = Path.GetDirectoryName(Path.GetFullPath(r.HistoryPath));
            if (parent is not null) Directory.CreateDirectory(parent);
            using var store = HistoryStore.Open(r.HistoryPath);
            store.Record(o);
        }
        staged.Commit();
    }

    public static void WriteSelfCheck(AuditOutcome o, AuditRequest r, string outDir)
    {
        var templates = ReportTemplates.Load(Path.Combine(r.RulesDir, "templates"));
        using var staged = new StagedOutputDirectory(outDir);
        var dir = staged.Staging;
        WriteMachineFiles(o, dir);
        ScoresCsvWriter.Write(Path.Combine(dir, "scores.csv"), o.Scores);
        SelfCheckReportWriter.Write(o, templates, Path.Combine(dir, SelfCheckFile), r.SelfCheckUnit);
        ManifestWriter.Write(dir, o);
        staged.Commit();
    }

    private static void WriteMachineFiles(AuditOutcome o, string dir)
    {
        using (var csv = new FindingsCsvWriter(Path.Combine(dir, "findings.csv"), o.Zone))
        using (var json = new FindingsJsonWriter(Path.Combine(dir, "findings.json"), o.Pack.Id, o.Period.Id, o.AsOf, o.Zone))
        {
            foreach (var f in o.Findings)
            {
                csv.Write(f);
                json.Write(f);
            }
        }
        DataIssuesCsvWriter.Write(Path.Combine(dir, "data-issues.csv"), o.DataIssues);
    }

    /// <summary>--office, else rules/offices/&lt;pack&gt;.yaml, else rules/offices/national.yaml.</summary>
    private static string OfficeFile(AuditRequest r, string packId)
    {
        if (r.OfficeFile is not null) return r.OfficeFile;
        var own = Path.Combine(r.RulesDir, "offices", packId + ".yaml");
        return File.Exists(own) ? own : Path.Combine(r.RulesDir, "offices", "national.yaml");
    }
}
