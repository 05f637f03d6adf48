using System.Collections.Immutable;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;

namespace Auditor.Reports.Analysis;

/// <summary>Counts of one obligation kind across findings.</summary>
internal sealed record KindTally(ObligationKind Kind, int Met, int Breached, int Missing, int Pending, int Insufficient)
{
    public int Judged => Met + Breached + Missing;
    public double? Rate => Judged == 0 ? null : (double)Met / Judged;
}

/// <summary>
/// Figures computed once per outcome and shared by every document (the 5,000-scorecard case): problem findings per unit,
/// kind tallies, all-unit average rates, lateness buckets by severity, sanctions per kind, registry lookup.
/// </summary>
internal sealed class OutcomeFigures
{
    public static readonly string[] LatenessBuckets = ["超时1小时内", "1至6小时", "6至24小时", "1至3天", "3天以上", "未履行"];
    public static readonly string[] SeverityOrder = ["特别重大", "重大", "较大", "一般"];
    public const string UnknownSeverity = "未分级";

    public AuditOutcome Outcome { get; }
    public ImmutableArray<UnitScore> Ranked { get; }
    public IReadOnlyDictionary<string, List<Finding>> FindingsByUnit { get; }
    public IReadOnlyList<KindTally> KindTallies { get; }
    public IReadOnlyList<string> Severities { get; }
    /// <summary>[severity][bucket] counts.</summary>
    public int[,] Lateness { get; }
    public IReadOnlyDictionary<string, Unit> UnitsByName { get; }
    public ILookup<SanctionKind, Sanction> SanctionsByKind { get; }
    public double AverageScore { get; }

    public OutcomeFigures(AuditOutcome outcome)
    {
        Outcome = outcome;
        Ranked = [.. outcome.Scores.OrderBy(s => s.Rank).ThenBy(s => s.Unit, StringComparer.Ordinal)];
        for (int i = 0; i < Ranked.Length; i++) _positions.TryAdd(Ranked[i].Unit, i + 1);
        // documents list only the findings the audit keeps (not plain met ones); counts come from Totals
        var byUnit = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        foreach (var f in outcome.KeptFindings)
        {
            if (!byUnit.TryGetValue(f.Unit, out var list)) byUnit[f.Unit] = list = [];
            list.Add(f);
        }
        FindingsByUnit = byUnit;
        KindTallies = Tally(outcome.Totals.ByKind);

        var sev = outcome.KeptFindings.Where(f => f.Verdict.IsFailure()).Select(f => SeverityOf(f)).Distinct().ToList();
        Severities = [.. SeverityOrder.Where(sev.Contains), .. sev.Where(s => !SeverityOrder.Contains(s) && s != UnknownSeverity).Order(StringComparer.Ordinal),
            .. sev.Contains(UnknownSeverity) ? [UnknownSeverity] : Array.Empty<string>()];
        Lateness = new int[Severities.Count, LatenessBuckets.Length];
        foreach (var f in outcome.KeptFindings.Where(f => f.Verdict.IsFailure()))
        {
            int s = IndexOf(Severities, SeverityOf(f));
            Lateness[s, Bucket(f)]++;
        }
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var u in outcome.Units) units.TryAdd(u.Name, u);
        UnitsByName = units;
        SanctionsByKind = outcome.Sanctions.ToLookup(s => s.Kind);
        AverageScore = outcome.Scores.Length == 0 ? 0 : outcome.Scores.Average(s => s.Score);
    }

    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    /// <summary>The unit's row in the ranking table (1-based; ties have their own rows), 0 when it has no score.</summary>
    public int PositionOf(string unit) => _positions.GetValueOrDefault(unit);

    public string? HeadOf(string unit) => UnitsByName.TryGetValue(unit, out var u) ? u.Head : null;

    public IReadOnlyList<Finding> FindingsOf(string unit) => FindingsByUnit.TryGetValue(unit, out var l) ? l : [];

    /// <summary>Per-kind tallies from counts per (kind, verdict) (FindingTotals / UnitTotals), in kind order.</summary>
    public static IReadOnlyList<KindTally> Tally(IReadOnlyDictionary<ObligationKind, ImmutableArray<int>> byKind) =>
        byKind.OrderBy(kv => (int)kv.Key).Select(kv => new KindTally(kv.Key,
            kv.Value[(int)Verdict.Met], kv.Value[(int)Verdict.Breached], kv.Value[(int)Verdict.Missing],
            kv.Value[(int)Verdict.Pending], kv.Value[(int)Verdict.InsufficientData])).ToList();

    /// <summary>Per-kind tallies of one unit (empty when it bore no finding).</summary>
    public IReadOnlyList<KindTally> TallyOf(string unit) =>
        Outcome.Totals.Of(unit) is { } u ? Tally(u.ByKind) : [];

    /// <summary>Overall on-time rate met / (met + breached + missing); null when nothing was judged.</summary>
    public double? OverallRate => RateOf(KindTallies);

    /// <summary>The on-time rate of tallies taken together: met / (met + breached + missing); null when nothing was judged.</summary>
    public static double? RateOf(IReadOnlyList<KindTally> tallies)
    {
        int met = tallies.Sum(k => k.Met), judged = tallies.Sum(k => k.Judged);
        return judged == 0 ? null : (double)met / judged;
    }

    public int Count(Verdict v) => Outcome.Totals.Count(v);

    public static string SeverityOf(Finding f) => string.IsNullOrWhiteSpace(f.Severity) ? UnknownSeverity : f.Severity.Trim();

    /// <summary>Bucket index of a breached/missing finding in <see cref="LatenessBuckets"/>.</summary>
    public static int Bucket(Finding f)
    {
        if (f.Verdict == Verdict.Missing) return 5;
        long m = f.OverrunMinutes ?? 0;
        return m <= 60 ? 0 : m <= 360 ? 1 : m <= 1440 ? 2 : m <= 4320 ? 3 : 4;
    }

    private static int IndexOf(IReadOnlyList<string> list, string s)
    {
        for (int i = 0; i < list.Count; i++) if (list[i] == s) return i;
        return -1;
    }

    public static string Percent(double? rate) => rate is double r ? (r * 100).ToString("0.0") + "%" : "—";

    public static string Points(double v) => v.ToString("0.##");
}
