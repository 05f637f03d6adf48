using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.History;
using Auditor.Reports.Pictures;

namespace Auditor.Reports.Analysis;

/// <summary>
/// This period against the earlier ones of the history store (<see cref="AuditOutcome.History"/>), computed once per
/// run: the cross-period analysis (<see cref="PeriodAnalysis"/>, DataFrames) over the earlier periods' counts per kind
/// and this period's totals, each unit's trend points, and the changes from the period before. Lookups per unit are
/// dictionaries built once (5,000 scorecards must not each filter the frame).
/// </summary>
internal sealed class PeriodComparison
{
    private readonly Dictionary<string, List<RateChange>> _changes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ScorePoint>> _history = new(StringComparer.Ordinal);

    public PeriodComparison(AuditOutcome o)
    {
        Current = o.Period.Id;
        var earlier = o.History.Select(h => h.Period).Where(p => p != Current).Distinct()
            .Select((p, i) => (p, i)).OrderBy(x => AuditPeriod.TryParse(x.p, out var ap) ? ap!.Start.ToDateTimeUnspecified() : DateTime.MaxValue)
            .ThenBy(x => x.i).Select(x => x.p).ToList();
        Periods = [.. earlier, Current];
        var tallies = o.History.Where(h => h.Period != Current)
            .SelectMany(h => h.KindRates.Select(k => new PeriodTally(h.Period, h.Unit, k.Kind, k.Met, k.Breached, k.Missing)))
            .Concat(o.Totals.Units.Values.SelectMany(u => u.ByKind.Select(kv => new PeriodTally(Current, u.Unit, kv.Key,
                kv.Value[(int)Verdict.Met], kv.Value[(int)Verdict.Breached], kv.Value[(int)Verdict.Missing],
                kv.Value[(int)Verdict.Pending], kv.Value[(int)Verdict.InsufficientData]))));
        Analysis = PeriodAnalysis.Of(tallies, Periods);
        foreach (var c in Analysis.Changes(Current))
        {
            if (!_changes.TryGetValue(c.Unit!, out var list)) _changes[c.Unit!] = list = [];
            list.Add(c);
        }
        KindChanges = Analysis.KindChanges(Current);
        var order = Periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        foreach (var h in o.History.Where(h => h.Period != Current).OrderBy(h => order[h.Period]))
        {
            if (!_history.TryGetValue(h.Unit, out var list)) _history[h.Unit] = list = [];
            list.Add(h);
        }
    }

    public string Current { get; }

    /// <summary>The earlier periods, oldest first, then this one.</summary>
    public IReadOnlyList<string> Periods { get; }

    /// <summary>The recorded period just before this one; null without history.</summary>
    public string? Previous => Periods.Count > 1 ? Periods[^2] : null;

    public PeriodAnalysis Analysis { get; }

    /// <summary>All units together, per kind: this period's rate against the previous period's.</summary>
    public IReadOnlyList<RateChange> KindChanges { get; }

    /// <summary>The unit's per-kind changes from the previous period (empty when it has none there).</summary>
    public IReadOnlyList<RateChange> ChangesOf(string unit) => _changes.TryGetValue(unit, out var l) ? l : [];

    /// <summary>The unit's earlier scores, oldest first.</summary>
    public IReadOnlyList<ScorePoint> HistoryOf(string unit) => _history.TryGetValue(unit, out var l) ? l : [];

    /// <summary>The unit's points for the trend picture (earlier periods, then this one); empty without an earlier period.</summary>
    public IReadOnlyList<TrendPoint> TrendOf(UnitScore s)
    {
        var earlier = HistoryOf(s.Unit);
        if (earlier.Count == 0) return [];
        return [.. earlier.Select(h => new TrendPoint(h.Period, h.Score, h.Grade, h.OnTimeRate)), new TrendPoint(Current, s.Score, s.Grade, s.OnTimeRate)];
    }

    /// <summary>Percentage points of a rate change, signed: "+5.0", "−12.5", "0.0".</summary>
    public static string Points(double change)
    {
        var v = Math.Round(change * 100, 1);
        return v > 0 ? $"+{v:0.0}" : v < 0 ? $"−{-v:0.0}" : "0.0";
    }
}
