using System.Collections.Immutable;
using Auditor.Core.Domain;

namespace Auditor.Core.Audit;

/// <summary>
/// How many findings one unit bore, per verdict and per (kind, verdict); plus the first few distinct case ids (for
/// messages such as "案件 A、B、C 等"). The audit does not pass not-applicable findings (it only counts them:
/// AuditOutcome.NotApplicableCount); a hand-made list that has some gets them counted like any other verdict.
/// </summary>
public sealed record UnitTotals(
    string Unit,
    ImmutableArray<int> ByVerdict,
    ImmutableSortedDictionary<ObligationKind, ImmutableArray<int>> ByKind,
    ImmutableArray<string> SampleCaseIds)
{
    /// <summary>How many case ids a message names.</summary>
    public const int ShownCases = 5;

    /// <summary>How many distinct case ids are kept: one more than a message names, so it knows to say "等".</summary>
    public const int SampleSize = ShownCases + 1;

    /// <summary>The unit bore findings of more cases than a message names.</summary>
    public bool MoreCases => SampleCaseIds.Length > ShownCases;

    public int Count(Verdict v) => ByVerdict[(int)v];

    public int Count(ObligationKind k, Verdict v) => ByKind.TryGetValue(k, out var c) ? c[(int)v] : 0;

    public int Total => ByVerdict.Sum();

    public int Failures => Count(Verdict.Breached) + Count(Verdict.Missing);

    /// <summary>
    /// Per kind, how much of their window the met findings used: <see cref="MetShareBuckets"/> counts, bucket i holding
    /// the met findings that took between i/10 and (i+1)/10 of the time from start to deadline (the last one up to the
    /// deadline itself). Only met findings with a start, a deadline and an actual time are counted; the documents draw
    /// this instead of keeping every met finding.
    /// </summary>
    public ImmutableSortedDictionary<ObligationKind, ImmutableArray<int>> MetShares { get; init; } =
        ImmutableSortedDictionary<ObligationKind, ImmutableArray<int>>.Empty;

    public const int MetShareBuckets = 10;

    /// <summary>The <see cref="MetShares"/> bucket of a met finding; null when it lacks a time.</summary>
    public static int? MetShareBucket(Finding f)
    {
        if (f.Start is not { } start || f.Deadline is not { } deadline || f.Actual is not { } actual) return null;
        // whole ticks, in integers: 30 % of a window is bucket 3 (0.3 × 10 in doubles is 2.9999…)
        var window = (Int128)(long)(deadline - start).TotalTicks;
        if (window <= 0) return null;
        var used = (Int128)(long)(actual - start).TotalTicks;
        return (int)Int128.Clamp(used * MetShareBuckets / window, 0, MetShareBuckets - 1);
    }
}

/// <summary>
/// Counts of an audit's findings per unit, kind and verdict. The audit streams a million cases' findings to the
/// findings files and keeps as objects only those the documents need (AuditOutcome.KeptFindings: every finding that
/// is not plainly met); counts of everything — met included — come from here, so that memory does not grow with the
/// cases beyond what the outputs need.
/// </summary>
public sealed class FindingTotals
{
    private static readonly int VerdictCount = Enum.GetValues<Verdict>().Length;

    private FindingTotals(ImmutableSortedDictionary<string, UnitTotals> units)
    {
        Units = units;
        var all = new int[VerdictCount];
        var kinds = new SortedDictionary<ObligationKind, int[]>();
        foreach (var u in units.Values)
        {
            for (int i = 0; i < VerdictCount; i++) all[i] += u.ByVerdict[i];
            foreach (var (k, counts) in u.ByKind)
            {
                if (!kinds.TryGetValue(k, out var sum)) kinds[k] = sum = new int[VerdictCount];
                for (int i = 0; i < VerdictCount; i++) sum[i] += counts[i];
            }
        }
        ByVerdict = [.. all];
        ByKind = kinds.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray());
    }

    /// <summary>Per unit (registry name, or the raw text of a unit the registry does not know), ordinal order.</summary>
    public ImmutableSortedDictionary<string, UnitTotals> Units { get; }

    /// <summary>All units together, per verdict (indexed by (int)Verdict).</summary>
    public ImmutableArray<int> ByVerdict { get; }

    /// <summary>All units together, per kind and verdict.</summary>
    public ImmutableSortedDictionary<ObligationKind, ImmutableArray<int>> ByKind { get; }

    public int Count(Verdict v) => ByVerdict[(int)v];

    /// <summary>Number of findings counted.</summary>
    public int Total => ByVerdict.Sum();

    public UnitTotals? Of(string unit) => Units.TryGetValue(unit, out var u) ? u : null;

    /// <summary>The same totals restricted to the units the predicate keeps.</summary>
    public FindingTotals Where(Func<string, bool> keepUnit) =>
        new(Units.Where(kv => keepUnit(kv.Key)).ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));

    /// <summary>Totals of a complete list of findings.</summary>
    public static FindingTotals Of(IEnumerable<Finding> findings)
    {
        var b = new Builder();
        foreach (var f in findings) b.Add(f);
        return b.Build();
    }

    /// <summary>Counts findings one at a time (single-threaded).</summary>
    public sealed class Builder
    {
        private sealed class UnitCounts(string unit)
        {
            public readonly string Unit = unit;
            public readonly int[] ByVerdict = new int[VerdictCount];
            public readonly SortedDictionary<ObligationKind, int[]> ByKind = [];
            public readonly SortedDictionary<ObligationKind, int[]> MetShares = [];
            public readonly List<string> Samples = new(UnitTotals.SampleSize);
        }

        private readonly Dictionary<string, UnitCounts> _units = new(StringComparer.Ordinal);
        private UnitCounts? _last;

        public void Add(Finding f)
        {
            var u = _last is not null && string.Equals(_last.Unit, f.Unit, StringComparison.Ordinal) ? _last : Lookup(f.Unit);
            _last = u;
            u.ByVerdict[(int)f.Verdict]++;
            if (!u.ByKind.TryGetValue(f.Kind, out var k)) u.ByKind[f.Kind] = k = new int[VerdictCount];
            k[(int)f.Verdict]++;
            if (f.Verdict == Verdict.Met && UnitTotals.MetShareBucket(f) is int bucket)
            {
                if (!u.MetShares.TryGetValue(f.Kind, out var shares)) u.MetShares[f.Kind] = shares = new int[UnitTotals.MetShareBuckets];
                shares[bucket]++;
            }
            if (u.Samples.Count == UnitTotals.SampleSize) return;
            foreach (var id in u.Samples) if (string.Equals(id, f.CaseId, StringComparison.Ordinal)) return;
            u.Samples.Add(f.CaseId);
        }

        private UnitCounts Lookup(string unit)
        {
            if (!_units.TryGetValue(unit, out var u)) _units[unit] = u = new UnitCounts(unit);
            return u;
        }

        public FindingTotals Build() => new(_units.Values.ToImmutableSortedDictionary(u => u.Unit, u => new UnitTotals(u.Unit,
            [.. u.ByVerdict], u.ByKind.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray()), [.. u.Samples])
        {
            MetShares = u.MetShares.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray()),
        }, StringComparer.Ordinal));
    }
}
