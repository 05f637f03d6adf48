using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Reports;
using Auditor.Reports.History;
using Auditor.Reports.Machine;
using Auditor.Reports.Office;
using Auditor.Reports.Templates;
using Auditor.Reports.Writers;

namespace Auditor.Cli.Audit;

/// <summary>
/// Runs an audit into its output folder. The findings files (findings.csv, findings.json, findings.xlsx) and the
/// history store's findings are written while the ledgers are replayed, each on its own thread (issue 7); scores,
/// lists and documents follow. Everything goes to a staging folder that is moved into place last, so a failed run
/// leaves the previous reports untouched; the history store's transaction commits after that move, so a failed run
/// records nothing either.
/// </summary>
public static class AuditOutputWriter
{
    public const string SelfCheckFile = "自查报告.docx";

    public static AuditOutcome RunAudit(AuditPipeline pipeline, AuditRequest r, string outDir, IProgress<string>? progress = null)
    {
        pipeline.Load(); // reads the history store's earlier periods before this run's recording opens it for writing
        var pack = pipeline.Pack!;
        var office = pipeline.Office!;
        var templates = ReportTemplates.Load(Path.Combine(r.RulesDir, "templates"));
        using var staged = new StagedOutputDirectory(outDir);
        var dir = staged.Staging;

        // the two largest files are hashed as they are written (manifest.json), on their writers' threads
        var csvFile = new DigestingStream(File.Create(Path.Combine(dir, AuditFiles.FindingsCsvFile)));
        var jsonFile = new DigestingStream(File.Create(Path.Combine(dir, AuditFiles.FindingsJsonFile)));
        using var csv = new FindingsCsvWriter(csvFile, r.Zone);
        using var json = new FindingsJsonWriter(jsonFile, pack.Id, r.Period.Id, r.AsOf, r.Zone);
        using var xlsxFile = new FileStream(Path.Combine(dir, ReportSet.FindingsWorkbookFile), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var workbook = new FindingsWorkbook(xlsxFile, r.Period, pack.Info, r.AsOf, r.Zone);
        using var store = r.HistoryPath is null ? null : HistoryStore.Open(r.HistoryPath); // creates the store and its folder
        using var recording = store?.Begin(new HistoryRun(pack.Id, pack.Info.Version, r.Period, r.AsOf, Commands.VersionCommand.ToolVersion, r.Zone.Id));

        AuditOutcome outcome;
        using (var fan = new FindingFanOut())
        {
            fan.With("findings.csv", csv.Write).With("findings.json", json.Write).With("findings.xlsx", workbook.Add);
            if (recording is not null) fan.With("history", recording.Add);
            outcome = pipeline.Run(fan.Add);
            progress?.Report("写完 findings.csv / findings.json / findings.xlsx" + (recording is null ? "" : " 与历史库明细"));
            fan.Complete();
        }
        csv.Dispose();
        json.Dispose();
        // the workbook's last sheets are written alongside the tables and documents (they share nothing)
        var workbookDone = Task.Run(() =>
        {
            workbook.Finish(outcome.Scores, outcome.Sanctions, outcome.DataIssues);
            workbook.Dispose();
            xlsxFile.Dispose();
        });
        try
        {
            progress?.Report("写出 scores.csv / sanctions.csv / data-issues.csv");
            AuditFiles.WriteTables(outcome, dir);
            ReportSet.WriteDocuments(outcome, office, templates, dir, progress: progress);
        }
        catch
        {
            try { workbookDone.Wait(); } catch (AggregateException) { /* the first failure is the one reported */ }
            throw;
        }
        workbookDone.GetAwaiter().GetResult(); // the workbook's own failure, if any, surfaces here
        progress?.Report("计算文件摘要，写出 manifest.json");
        ManifestWriter.Write(dir, outcome, new Dictionary<string, string>
        {
            [AuditFiles.FindingsCsvFile] = csvFile.Digest,
            [AuditFiles.FindingsJsonFile] = jsonFile.Digest,
        });
        staged.Commit();
        if (recording is not null)
        {
            progress?.Report("记入历史库");
            recording.Finish(outcome.Scores, outcome.Sanctions);
        }
        return outcome;
    }

    /// <summary>Self-check: the unit's findings files, scores, 自查报告.docx and manifest; no lists, no history written.</summary>
    public static AuditOutcome RunSelfCheck(AuditPipeline pipeline, AuditRequest r, Func<string, string> outDirOf)
    {
        pipeline.Load();
        var pack = pipeline.Pack!;
        var unit = pipeline.SelfCheckUnit!;
        var templates = ReportTemplates.Load(Path.Combine(r.RulesDir, "templates"));
        using var staged = new StagedOutputDirectory(outDirOf(unit));
        var dir = staged.Staging;
        AuditOutcome outcome;
        using (var csv = new FindingsCsvWriter(Path.Combine(dir, AuditFiles.FindingsCsvFile), r.Zone))
        using (var json = new FindingsJsonWriter(Path.Combine(dir, AuditFiles.FindingsJsonFile), pack.Id, r.Period.Id, r.AsOf, r.Zone))
        {
            outcome = pipeline.Run(f =>
            {
                if (f.Unit != unit) return;
                csv.Write(f);
                json.Write(f);
            });
        }
        AuditFiles.WriteTables(outcome, dir);
        SelfCheckReportWriter.Write(outcome, templates, Path.Combine(dir, SelfCheckFile), unit);
        ManifestWriter.Write(dir, outcome);
        staged.Commit();
        return outcome;
    }
}
