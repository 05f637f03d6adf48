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
        var applicable = new List<Finding>();
        int notApplicable = 0, cases = 0, outOfPeriod = 0, provisional = 0, selfCheckCases = 0, selfCheckNotApplicable = 0;
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

        progress.Stage(AuditStage.Replaying);
        var options = new IngestOptions { Zone = r.Zone, AsOf = r.AsOf, Period = r.Period, MaxFileBytes = r.MaxFileBytes, MaxSheetBytes = r.MaxSheetBytes };
        foreach (var c in LedgerLoader.Stream(r.Ledgers, inputs.Registry, inputs.Map, options, ingest))
        {
            cancel.ThrowIfCancellationRequested();
            if (c.DiscoveredAt is { } d && !r.Period.Contains(d.Date)) { outOfPeriod++; continue; }
            cases++;
            foreach (var field in pack.InternalFields)
                if (c.Extra.TryGetValue(field, out var text) && !string.IsNullOrWhiteSpace(text)) internalTexts.Add(text);
            overrides?.SawCase(c.CaseId);
            applicable.Clear();
            if (only is null) notApplicable += engine.ReplayApplicable(c, applicable);
            else
            {
                // a self-check counts the rules that did not apply to its unit: every finding is built, each with its unit
                applicable.AddRange(engine.Replay(c));
                // the unit's cases: those it reported, and those in which it bears an obligation
                if (c.ReportingUnit?.Name == only || applicable.Exists(f => f.Unit == only && f.Verdict != Verdict.NotApplicable)) selfCheckCases++;
            }
            foreach (var f in applicable) Take(f);
            progress.Replayed(cases, findings);
        }
        var daily = ingest.DailyReports.Where(x => r.Period.Contains(x.Time.Date)).ToList();
        foreach (var f in engine.ReplayDailyReports(daily, r.Period, inputs.Registry)) Take(f);
        overrides?.Finish();
        return new ReplayTally(totals.Build(), kept.ToImmutable(), notApplicable, cases, outOfPeriod, selfCheckCases, selfCheckNotApplicable, provisional,
            [.. provisionalYears], [.. internalTexts], ingest.Issues);
    }
}
