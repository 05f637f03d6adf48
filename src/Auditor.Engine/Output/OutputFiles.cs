using Auditor.Core.Audit;
using Auditor.Reports;
using Auditor.Reports.Machine;

namespace Auditor.Engine.Output;

/// <summary>
/// The files of one run's output folder, written into its staging folder. The findings files the request asks for
/// (findings.csv, findings.parquet, findings.xlsx, findings.json) take every finding as it is replayed, each on its own
/// thread of the fan-out; the tables, documents and manifest.json follow from the outcome. Every findings file is
/// hashed as it is written (the workbook on its own thread once complete), so manifest.json reads none of them back.
/// </summary>
internal sealed class OutputFiles : IDisposable
{
    private readonly string _dir;
    private readonly AuditInputs _inputs;
    private readonly FindingsFormats _formats;
    private readonly DigestingStream? _csvFile, _parquetFile, _jsonFile;
    private readonly FindingsCsvWriter? _csv;
    private readonly FindingsParquetWriter? _parquet;
    private readonly FindingsJsonWriter? _json;
    private readonly FileStream? _xlsxFile;
    private readonly FindingsWorkbook? _workbook;

    public OutputFiles(string dir, AuditRequest r, AuditInputs inputs)
    {
        _dir = dir;
        _inputs = inputs;
        _formats = r.Findings;
        try
        {
            if (_formats.HasFlag(FindingsFormats.Csv))
            {
                _csvFile = Create(AuditFileNames.FindingsCsv);
                _csv = new FindingsCsvWriter(_csvFile, r.Zone);
            }
            if (_formats.HasFlag(FindingsFormats.Parquet))
            {
                _parquetFile = Create(AuditFileNames.FindingsParquet);
                _parquet = new FindingsParquetWriter(_parquetFile, r.Zone);
            }
            if (_formats.HasFlag(FindingsFormats.Json))
            {
                _jsonFile = Create(AuditFileNames.FindingsJson);
                _json = new FindingsJsonWriter(_jsonFile, inputs.Pack.Id, r.Period.Id, r.AsOf, r.Zone);
            }
            if (_formats.HasFlag(FindingsFormats.Xlsx))
            {
                _xlsxFile = new FileStream(Path.Combine(dir, AuditFileNames.FindingsWorkbook), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
                _workbook = new FindingsWorkbook(_xlsxFile, r.Period, inputs.Pack.Info, r.AsOf, r.Zone);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    private DigestingStream Create(string name) =>
        new(new FileStream(Path.Combine(_dir, name), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));

    /// <summary>The consumers of the fan-out that write the findings files.</summary>
    public void AddTo(FindingFanOut fan)
    {
        if (_csv is not null) fan.With(AuditFileNames.FindingsCsv, _csv.Write);
        if (_parquet is not null) fan.With(AuditFileNames.FindingsParquet, _parquet.Write);
        if (_json is not null) fan.With(AuditFileNames.FindingsJson, _json.Write);
        if (_workbook is not null) fan.With(AuditFileNames.FindingsWorkbook, _workbook.Add);
    }

    /// <summary>
    /// Everything after the findings (the fan-out completed): the tables, the workbook's last sheets alongside the
    /// documents (they share nothing), then manifest.json with the digest of every file.
    /// </summary>
    public void Finish(AuditOutcome outcome, RunProgress progress, CancellationToken cancel)
    {
        _csv?.Dispose();
        _parquet?.Dispose();
        _json?.Dispose();
        string? workbookDigest = null;
        var workbookDone = _workbook is null ? Task.CompletedTask : Task.Run(() =>
        {
            _workbook.Finish(outcome.Scores, outcome.Sanctions, outcome.DataIssues);
            _workbook.Dispose();
            // a zip is written with seeks back to its local headers: hashed once complete, still on this thread
            _xlsxFile!.Position = 0;
            workbookDigest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(_xlsxFile));
            _xlsxFile.Dispose();
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
        var digests = new Dictionary<string, string>();
        if (_csvFile is not null) digests[AuditFileNames.FindingsCsv] = _csvFile.Digest;
        if (_parquetFile is not null) digests[AuditFileNames.FindingsParquet] = _parquetFile.Digest;
        if (_jsonFile is not null) digests[AuditFileNames.FindingsJson] = _jsonFile.Digest;
        if (workbookDigest is not null) digests[AuditFileNames.FindingsWorkbook] = workbookDigest;
        ManifestWriter.Write(_dir, outcome, digests, [.. FindingsFormatNames.Names(_formats)]);
    }

    /// <summary>On a failed run: closes every file (the staging folder is removed after).</summary>
    public void Dispose()
    {
        _csv?.Dispose();
        _parquet?.Dispose();
        _json?.Dispose();
        _csvFile?.Dispose();
        _parquetFile?.Dispose();
        _jsonFile?.Dispose();
        _workbook?.Dispose();
        _xlsxFile?.Dispose();
    }

    /// <summary>The scorecards' progress as the run's stage.</summary>
    private sealed class Progress(RunProgress run) : IProgress<ScorecardProgress>
    {
        public void Report(ScorecardProgress p) => run.Stage(AuditStage.WritingScorecards, p.Done, p.Total);
    }
}
