using Auditor.Core.Audit;
using Auditor.Reports;
using Auditor.Reports.Machine;

namespace Auditor.Engine.Output;

/// <summary>
/// The files of one run's output folder, written into its staging folder. The findings files (findings.csv,
/// findings.json and, for an audit, findings.xlsx) take every finding as it is replayed, each on its own thread of
/// the fan-out; the tables, documents and manifest.json follow from the outcome. The two largest files are hashed
/// as they are written, so manifest.json does not read them back.
/// </summary>
internal sealed class OutputFiles : IDisposable
{
    private readonly string _dir;
    private readonly AuditInputs _inputs;
    private readonly DigestingStream _csvFile, _jsonFile;
    private readonly FindingsCsvWriter _csv;
    private readonly FindingsJsonWriter _json;
    private readonly FileStream? _xlsxFile;
    private readonly FindingsWorkbook? _workbook;

    public OutputFiles(string dir, AuditRequest r, AuditInputs inputs)
    {
        _dir = dir;
        _inputs = inputs;
        _csvFile = new DigestingStream(File.Create(Path.Combine(dir, AuditFileNames.FindingsCsv)));
        _csv = new FindingsCsvWriter(_csvFile, r.Zone);
        _jsonFile = new DigestingStream(File.Create(Path.Combine(dir, AuditFileNames.FindingsJson)));
        _json = new FindingsJsonWriter(_jsonFile, inputs.Pack.Id, r.Period.Id, r.AsOf, r.Zone);
        if (r.IsSelfCheck) return; // a unit's self-check: no workbook (its findings are in findings.csv/json and 自查报告)
        try
        {
            _xlsxFile = new FileStream(Path.Combine(dir, AuditFileNames.FindingsWorkbook), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            _workbook = new FindingsWorkbook(_xlsxFile, r.Period, inputs.Pack.Info, r.AsOf, r.Zone);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The consumers of the fan-out that write the findings files.</summary>
    public void AddTo(FindingFanOut fan)
    {
        fan.With("findings.csv", _csv.Write).With("findings.json", _json.Write);
        if (_workbook is not null) fan.With("findings.xlsx", _workbook.Add);
    }

    /// <summary>
    /// Everything after the findings (the fan-out completed): the tables, the workbook's last sheets alongside the
    /// documents (they share nothing), then manifest.json with the digest of every file.
    /// </summary>
    public void Finish(AuditOutcome outcome, RunProgress progress, CancellationToken cancel)
    {
        _csv.Dispose();
        _json.Dispose();
        var workbookDone = _workbook is null ? Task.CompletedTask : Task.Run(() =>
        {
            _workbook.Finish(outcome.Scores, outcome.Sanctions, outcome.DataIssues);
            _workbook.Dispose();
            _xlsxFile!.Dispose();
        }, CancellationToken.None);
        try
        {
            progress.Stage(AuditStage.WritingTables);
            AuditFiles.WriteTables(outcome, _dir);
            progress.Stage(AuditStage.WritingDocuments);
            if (outcome.SelfCheck is null)
                ReportSet.WriteDocuments(outcome, _inputs.Office, _inputs.Templates, _dir, new Progress(progress), cancel);
            else
                SelfCheckReportWriter.Write(outcome, _inputs.Templates, Path.Combine(_dir, AuditFileNames.SelfCheckReport));
        }
        catch
        {
            try { workbookDone.Wait(CancellationToken.None); } catch (AggregateException) { /* the first failure is the one reported */ }
            throw;
        }
        workbookDone.GetAwaiter().GetResult(); // the workbook's own failure, if any, surfaces here
        cancel.ThrowIfCancellationRequested();
        progress.Stage(AuditStage.WritingManifest);
        ManifestWriter.Write(_dir, outcome, new Dictionary<string, string>
        {
            [AuditFileNames.FindingsCsv] = _csvFile.Digest,
            [AuditFileNames.FindingsJson] = _jsonFile.Digest,
        });
    }

    /// <summary>On a failed run: closes every file (the staging folder is removed after).</summary>
    public void Dispose()
    {
        _csv.Dispose();
        _json.Dispose();
        _workbook?.Dispose();
        _xlsxFile?.Dispose();
    }

    /// <summary>The scorecards' progress as the run's stage.</summary>
    private sealed class Progress(RunProgress run) : IProgress<ScorecardProgress>
    {
        public void Report(ScorecardProgress p) => run.Stage(AuditStage.WritingScorecards, p.Done, p.Total);
    }
}
