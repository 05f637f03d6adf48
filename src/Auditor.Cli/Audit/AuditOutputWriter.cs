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
        AuditFiles.WriteAll(o, office, templates, staged.Staging, progress);
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
        AuditFiles.WriteMachine(o, staged.Staging);
        SelfCheckReportWriter.Write(o, templates, Path.Combine(staged.Staging, SelfCheckFile), r.SelfCheckUnit);
        ManifestWriter.Write(staged.Staging, o);
        staged.Commit();
    }

    /// <summary>--office, else rules/offices/&lt;pack&gt;.yaml, else rules/offices/national.yaml.</summary>
    private static string OfficeFile(AuditRequest r, string packId)
    {
        if (r.OfficeFile is not null) return r.OfficeFile;
        var own = Path.Combine(r.RulesDir, "offices", packId + ".yaml");
        return File.Exists(own) ? own : Path.Combine(r.RulesDir, "offices", "national.yaml");
    }
}
