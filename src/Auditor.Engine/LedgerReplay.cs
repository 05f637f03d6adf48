using System.Collections.Immutable;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Overrides;
using Auditor.Core.Replay;
using Auditor.Ingest;

namespace Auditor.Engine;

/// <summary>What one pass over the ledgers found: counts of every finding, the findings kept as objects, and what the data issues need.</summary>
internal sealed record ReplayTally(
    FindingTotals Totals,
    ImmutableArray<Finding> Kept,
    int NotApplicable,
    int Cases,
    int OutOfPeriod,
    int SelfCheckCases,
    int SelfCheckNotApplicable,
    int ProvisionalFindings,
    ImmutableArray<int> ProvisionalYears,
    ImmutableArray<string> InternalTexts,
    IReadOnlyList<DataIssue> IngestIssues);

/// <summary>
/// One pass over the ledgers: each case discovered within the period (others are counted, not audited) is replayed
/// against every rule of the pack, then the units' daily reports; appeals and waivers are applied; every applicable
/// finding goes to the sink as it is made, in replay order. Only the findings the documents need are kept as
/// objects (<see cref="AuditOutcome.IsKept"/>), the rest counted: memory does not grow with met findings.
/// </summary>
internal static class LedgerReplay
{
    public static ReplayTally Run(AuditRequest r, AuditInputs inputs, Action<Finding> sink, RunProgress progress, CancellationToken cancel)
    {
        var pack = inputs.Pack;
        var engine = new ReplayEngine(pack, inputs.Calculator, inputs.Registry, r.AsOf);
        var overrides = inputs.Overrides is { } entries ? new OverrideApplier(entries, pack.Rules.Select(x => x.Id)) : null;
        var ingest = new CollectingSink();
        var totals = new FindingTotals.Builder();
        var kept = ImmutableArray.CreateBuilder<Finding>();
        int notApplicable = 0, read = 0, cases = 0, outOfPeriod = 0, provisional = 0, selfCheckCases = 0, selfCheckNotApplicable = 0;
        long findings = 0;
        var provisionalYears = new SortedSet<int>();
        var internalTexts = new SortedSet<string>(StringComparer.Ordinal);
        var only = inputs.SelfCheckUnit;

        void Take(Finding f)
        {
            if (f.Verdict == Verdict.NotApplicable)
            {
                notApplicable++;
                if (f.Unit == only) selfCheckNotApplicable++;
                return;
            }
            if (overrides is not null) f = overrides.Apply(f);
            totals.Add(f);
            findings++;
            if (f.ProvisionalYears.Count > 0)
            {
                provisional++;
                provisionalYears.UnionWith(f.ProvisionalYears);
            }
            if (AuditOutcome.IsKept(f)) kept.Add(f);
            sink(f);
        }

        // A case's findings are worked out on any thread; everything after that — overrides, counts, the sink — happens
        // here, one case after another in ledger order: the outputs are the same bytes whatever the number of threads.
        void Record(Case c, List<Finding> found, int na, bool unitCase)
        {
            cases++;
            foreach (var field in pack.InternalFields)
                if (c.Extra.TryGetValue(field, out var text) && !string.IsNullOrWhiteSpace(text)) internalTexts.Add(text);
            overrides?.SawCase(c.CaseId);
            notApplicable += na;
            if (unitCase) selfCheckCases++;
            foreach (var f in found) Take(f);
            progress.Replayed(Volatile.Read(ref read), cases, findings);
        }

        progress.Stage(AuditStage.Replaying);
        var options = new IngestOptions { Zone = r.Zone, AsOf = r.AsOf, Period = r.Period, MaxFileBytes = r.MaxFileBytes, MaxSheetBytes = r.MaxSheetBytes };
        var inPeriod = LedgerLoader.Stream(r.Ledgers, inputs.Registry, inputs.Map, options, ingest).Where(c =>
        {
            cancel.ThrowIfCancellationRequested();
            // counted here, where the cases are read; shown with the next case recorded (progress is told from one thread)
            Interlocked.Increment(ref read);
            if (c.DiscoveredAt is { } d && !r.Period.Contains(d.Date)) { outOfPeriod++; return false; }
            return true;
        });
        var replay = new CaseReplay(engine, only);
        int threads = Math.Max(1, r.ReplayThreads ?? Environment.ProcessorCount);
        if (threads == 1)
        {
            var found = new List<Finding>();
            foreach (var c in inPeriod)
            {
                found.Clear();
                var (na, unitCase) = replay.Run(c, found);
                Record(c, found, na, unitCase);
            }
        }
        else
            ReplayInBatches(inPeriod, replay, threads, Record, cancel);
        var daily = ingest.DailyReports.Where(x => r.Period.Contains(x.Time.Date)).ToList();
        foreach (var f in engine.ReplayDailyReports(daily, r.Period, inputs.Registry)) Take(f);
        progress.Replayed(read, cases, findings);
        overrides?.Finish();
        return new ReplayTally(totals.Build(), kept.ToImmutable(), notApplicable, cases, outOfPeriod, selfCheckCases, selfCheckNotApplicable, provisional,
            [.. provisionalYears], [.. internalTexts], ingest.Issues);
    }

    /// <summary>Cases replayed at once by several threads; while one batch is replayed the next is read.</summary>
    private const int BatchSize = 2048;

    /// <summary>
    /// Reads the cases in batches; each batch is replayed by <paramref name="threads"/> threads while the next one is read,
    /// then recorded case by case in ledger order (batch after batch) by <paramref name="record"/>.
    /// </summary>
    internal static void ReplayInBatches(IEnumerable<Case> cases, CaseReplay replay, int threads, Action<Case, List<Finding>, int, bool> record,
        CancellationToken cancel, int batchSize = BatchSize)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancel };
        void Replay(List<Case> batch)
        {
            var found = new List<Finding>[batch.Count];
            var counts = new (int NotApplicable, bool UnitCase)[batch.Count];
            Parallel.For(0, batch.Count, parallel, i =>
            {
                found[i] = new List<Finding>(8);
                counts[i] = replay.Run(batch[i], found[i]);
            });
            for (int i = 0; i < batch.Count; i++) record(batch[i], found[i], counts[i].NotApplicable, counts[i].UnitCase);
        }

        Task pending = Task.CompletedTask;
        try
        {
            var batch = new List<Case>(batchSize);
            foreach (var c in cases)
            {
                batch.Add(c);
                if (batch.Count < batchSize) continue;
                pending.GetAwaiter().GetResult(); // the batch before has been recorded: batches are recorded in order
                var full = batch;
                pending = Task.Run(() => Replay(full), cancel);
                batch = new List<Case>(batchSize);
            }
            pending.GetAwaiter().GetResult();
            if (batch.Count > 0) Replay(batch);
        }
        finally
        {
            // reading failed (a file refused, cancelled): the batch being replayed is finished before the caller goes on
            if (!pending.IsCompleted) try { pending.Wait(); } catch (AggregateException) { } catch (OperationCanceledException) { }
        }
    }
}

/// <summary>One case replayed against the pack: its applicable findings (for a self-check, every finding), safe on any thread.</summary>
internal sealed class CaseReplay(ReplayEngine engine, string? selfCheckUnit)
{
    /// <summary>Adds the case's findings to <paramref name="found"/>; the rules that did not apply, and whether the self-checking unit is in the case.</summary>
    public (int NotApplicable, bool UnitCase) Run(Case c, List<Finding> found)
    {
        if (selfCheckUnit is null) return (engine.ReplayApplicable(c, found), false);
        // a self-check counts the rules that did not apply to its unit (in Take): every finding is built, each with its unit
        found.AddRange(engine.Replay(c));
        // the unit's cases: those it reported, and those in which it bears an obligation
        bool unitCase = c.ReportingUnit?.Name == selfCheckUnit || found.Exists(f => f.Unit == selfCheckUnit && f.Verdict != Verdict.NotApplicable);
        return (0, unitCase);
    }
}
