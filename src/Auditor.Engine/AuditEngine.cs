using System.Reflection;
using Auditor.Core;
using Auditor.Core.Audit;
using Auditor.Engine.Output;
using Auditor.Reports.History;

namespace Auditor.Engine;

/// <summary>
/// The audit as one call, for every front end (the command line, the web workspace): an office's audit of every unit
/// of a period, or a unit's self-check. Reads the inputs, replays the ledgers, scores, decides the lists, writes the
/// output folder and records the period in the history store. See README.md next to this file for the whole flow.
/// </summary>
public static class AuditEngine
{
    /// <summary>The tool's version, as manifest.json and the history store record it.</summary>
    public static string ToolVersion { get; } =
        typeof(AuditEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>
    /// Runs the audit (or the self-check) the request describes. On success the output folder holds this run's files
    /// and, for an audit, the history store holds its period. On any failure — an <see cref="AuditorException"/> for
    /// what the user can fix, <see cref="RunInProgressException"/> when another run holds the output folder or the
    /// history store, <see cref="OperationCanceledException"/> when <paramref name="cancel"/> fires — the output folder
    /// and the history store are as they were.
    /// </summary>
    public static AuditResult Run(AuditRequest request, AuditHooks? hooks = null, CancellationToken cancel = default)
    {
        request.CheckInputFilesExist();
        bool records = !request.IsSelfCheck && request.HistoryPath is not null;
        var progress = new RunProgress(hooks?.Progress, request.IsSelfCheck, records, request.Findings);
        var inputs = AuditInputs.Load(request, progress);
        var scope = inputs.SelfCheckUnit;
        cancel.ThrowIfCancellationRequested();

        // one run per output folder and per history store at a time, locked until the run ends
        using var folder = new StagedOutputDirectory(OutputFolder.For(request, scope));
        using var historyLock = records ? LockHistory(request.HistoryPath!) : null;
        // the earlier periods are read before this run's recording opens the store for writing
        var past = PastPeriods.Read(request.HistoryPath, inputs.Pack.Id, request.Period, withPrevious: !request.IsSelfCheck);

        using var files = new OutputFiles(folder.Staging, request, inputs);
        using var store = records ? HistoryStore.Open(request.HistoryPath!) : null; // creates the store and its folder
        using var recording = store?.Begin(new HistoryRun(inputs.Pack.Id, inputs.Pack.Info.Version, request.Period, request.AsOf, ToolVersion, request.Zone.Id));

        AuditOutcome outcome;
        using (var fan = new FindingFanOut())
        {
            // every finding goes to the findings files, the history store and the caller's sink, each on its own thread
            files.AddTo(fan);
            if (recording is not null) fan.With("history", recording.Add);
            if (hooks?.Findings is { } sink) fan.With("sink", sink);
            var tally = LedgerReplay.Run(request, inputs, scope is null ? fan.Add : f => { if (f.Unit == scope) fan.Add(f); }, progress, cancel);
            // scoring and the lists overlap with the threads that are still writing the findings
            outcome = AuditDecisions.Decide(request, inputs, past, tally, progress);
            fan.Complete();
        }
        // The replay's working set is garbage now (the case-id index, the readers' and writers' buffers, every case); the
        // documents that follow allocate their own. Collected and handed back here, at the boundary, instead of whenever
        // the collector next runs: measured on 1,000,000 cases (2 cores, 3 alternating runs each), peak RSS 909–914 MB
        // against 978–1,061 MB without, at no measurable cost in time (22.4–23.0 s against 21.5–25.2 s).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        progress.Stage(AuditStage.FindingsWritten);
        cancel.ThrowIfCancellationRequested();
        files.Finish(outcome, progress, cancel);
        folder.Commit();
        // committed after the folder is in place: a run that failed before records nothing
        if (recording is not null)
        {
            progress.Stage(AuditStage.RecordingHistory);
            recording.Finish(outcome.Scores, outcome.Sanctions);
        }
        return new AuditResult(outcome, folder.Target);
    }

    private static RunLock LockHistory(string historyPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(historyPath));
        try
        {
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"无法创建历史库所在文件夹 {dir}：{ex.Message}", ex);
        }
        return RunLock.Acquire(historyPath + ".lock",
            $"历史库 {historyPath} 正被另一次审计使用：同一历史库同时只能记录一次审计。请等那次审计结束后再运行，或换一个历史库。");
    }
}
