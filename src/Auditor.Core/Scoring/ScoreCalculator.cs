using System.Collections.Immutable;
using System.Text;
using Auditor.Core.Audit;
using Auditor.Core.Domain;

namespace Auditor.Core.Scoring;

/// <summary>
/// Findings → one UnitScore per unit: base − Σ(weight × verdict factor), each kind's total capped by the scheme,
/// not below MinScore, rounded to two decimals; grade by band; competition ranks (1,1,3) ordered by score
/// descending then unit name (ordinal). Arithmetic is decimal so the formula recomputes exactly by hand.
/// </summary>
public static class ScoreCalculator
{
    /// <summary>
    /// Scores as the audit computes them from streamed findings: counts and on-time rates from <paramref name="totals"/>
    /// (every finding, met included), deductions from <paramref name="problems"/> — the findings that are not met (met
    /// ones, if present, are skipped: they cost nothing). Every unit of the totals is scored, plus every unit of
    /// <paramref name="units"/> (a unit with no findings scores the base; its code fills UnitCode).
    /// </summary>
    public static ImmutableArray<UnitScore> Calculate(FindingTotals totals, IEnumerable<Finding> problems, ScoringScheme scheme, IEnumerable<Unit> units) =>
        Calculate(totals, problems, scheme, units.Select(u => (u.Name, (string?)u.Code)));

    private static ImmutableArray<UnitScore> Calculate(FindingTotals totals, IEnumerable<Finding> problems, ScoringScheme scheme, IEnumerable<(string Name, string? Code)> required)
    {
        var invalid = scheme.Validate();
        if (invalid.Count > 0) throw new RulePackException("评分方案有误：" + string.Join("；", invalid));

        var byUnit = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, code) in required)
        {
            byUnit.TryAdd(name, []);
            codes[name] = code;
        }
        foreach (var unit in totals.Units.Keys) byUnit.TryAdd(unit, []);
        foreach (var f in problems)
        {
            if (f.Verdict is Verdict.Met or Verdict.NotApplicable) continue;
            if (!byUnit.TryGetValue(f.Unit, out var list)) byUnit[f.Unit] = list = [];
            list.Add(f);
        }

        // units are independent: scored in parallel (formula texts for a province's units are tens of MB), then ordered
        var units = byUnit.ToArray();
        var scored = new Scored[units.Length];
        Parallel.For(0, units.Length, i =>
        {
            var (unit, problems) = units[i];
            scored[i] = ScoreUnit(unit, codes.GetValueOrDefault(unit), totals.Of(unit), problems, scheme);
        });
        var unranked = scored.ToList();
        unranked.Sort((a, b) =>
        {
            int c = b.Exact.CompareTo(a.Exact);
            return c != 0 ? c : string.CompareOrdinal(a.Score.Unit, b.Score.Unit);
        });
        var result = ImmutableArray.CreateBuilder<UnitScore>(unranked.Count);
        for (int i = 0; i < unranked.Count; i++)
        {
            int rank = i > 0 && unranked[i].Exact == unranked[i - 1].Exact ? result[i - 1].Rank : i + 1;
            result.Add(unranked[i].Score with { Rank = rank });
        }
        return result.MoveToImmutable();
    }

    private sealed record Scored(UnitScore Score, decimal Exact);

    private static Scored ScoreUnit(string unit, string? code, UnitTotals? totals, List<Finding> problems, ScoringScheme scheme)
    {
        var counts = Enum.GetValues<Verdict>().ToDictionary(v => v, v => totals?.Count(v) ?? 0);
        var deductions = scheme.Scheme == ScoringScheme.Rate ? RateDeductions(totals, problems, scheme) : FindingDeductions(problems, scheme);
        deductions.Sort((a, b) =>
        {
            int c = a.D.Kind.CompareTo(b.D.Kind);
            if (c == 0) c = string.CompareOrdinal(a.D.CaseId, b.D.CaseId);
            if (c == 0) c = string.CompareOrdinal(a.D.RuleId, b.D.RuleId);
            if (c == 0) c = a.D.Verdict.CompareTo(b.D.Verdict);
            if (c == 0) c = a.Points.CompareTo(b.Points);
            if (c == 0) c = a.D.Overridden.CompareTo(b.D.Overridden);
            return c;
        });

        decimal baseScore = (decimal)scheme.Base;
        var formula = new StringBuilder(ScoreText.Plain(baseScore));
        decimal total = 0;
        var caps = ImmutableArray.CreateBuilder<KindCap>();
        foreach (var group in deductions.GroupBy(d => d.D.Kind))
        {
            decimal raw = group.Sum(d => d.Points);
            bool capped = scheme.KindCaps.TryGetValue(group.Key.Id(), out var capD) && raw > (decimal)capD;
            decimal counted = capped ? (decimal)capD : raw;
            if (capped) caps.Add(new KindCap(group.Key, (double)raw, capD));
            if (scheme.Scheme == ScoringScheme.Rate)
            {
                formula.Append($" {ScoreText.Minus} 〔{RateTerm(group.Key, totals, problems, scheme)}");
                formula.Append(capped ? $"，超过该类上限，按{ScoreText.Number(counted)}计〕" : "〕");
            }
            else if (capped)
            {
                formula.Append($" {ScoreText.Minus} 〔{group.Key.Chinese()}扣分 ");
                formula.Append(string.Join(" + ", group.Select(Term)));
                formula.Append($" = {ScoreText.Number(raw)}，超过该类上限，按{ScoreText.Number(counted)}计〕");
            }
            else
            {
                foreach (var d in group) formula.Append($" {ScoreText.Minus} {Term(d)}");
            }
            total += counted;
        }
        if (deductions.Count == 0) formula.Append("（无扣分）");

        decimal exact = baseScore - total;
        decimal min = (decimal)scheme.MinScore;
        bool floored = exact < min;
        decimal rounded = Math.Round(floored ? min : exact, 2, MidpointRounding.AwayFromZero);
        formula.Append($" = {(exact < 0 ? ScoreText.Minus + ScoreText.Number(-exact) : ScoreText.Number(Math.Round(exact, 4, MidpointRounding.AwayFromZero)))}");
        if (floored) formula.Append($"，低于最低分，按{ScoreText.Number(min)}计");
        else if (rounded != exact) formula.Append($"，保留两位小数为{ScoreText.Number(rounded)}");

        double score = (double)rounded;
        var grade = scheme.Grades.OrderByDescending(g => g.Min).FirstOrDefault(g => score >= g.Min)?.Name
                    ?? scheme.Grades.OrderBy(g => g.Min).First().Name;
        var rates = (totals?.ByKind ?? ImmutableSortedDictionary<ObligationKind, ImmutableArray<int>>.Empty)
            .Select(kv => new KindRate(kv.Key, kv.Value[(int)Verdict.Met], kv.Value[(int)Verdict.Breached], kv.Value[(int)Verdict.Missing])).ToImmutableArray();
        int met = rates.Sum(r => r.Met), fail = rates.Sum(r => r.Breached + r.Missing);

        return new Scored(new UnitScore
        {
            Unit = unit,
            UnitCode = code,
            Score = score,
            Grade = grade,
            Rank = 0,
            Counts = counts.ToImmutableDictionary(),
            OnTimeRate = met + fail == 0 ? null : (double)met / (met + fail),
            KindRates = rates,
            Deductions = deductions.Select(d => d.D).ToImmutableArray(),
            Caps = caps.ToImmutable(),
            Floored = floored,
            Formula = formula.ToString(),
        }, rounded);
    }

    /// <summary>A finding the score counts: not a plain met, and not a rule the export cannot show at all (a gap of the template, not of the unit).</summary>
    private static bool Counts(Finding f) =>
        f.Verdict is not (Verdict.Met or Verdict.NotApplicable or Verdict.Pending) && !(f.Verdict == Verdict.InsufficientData && f.NotRecorded is not null);

    /// <summary>Per-finding scheme: every failing finding costs weight × factor.</summary>
    private static List<(Deduction D, decimal Points)> FindingDeductions(List<Finding> problems, ScoringScheme scheme)
    {
        var deductions = new List<(Deduction D, decimal Points)>();
        var products = new Dictionary<(decimal, decimal), string>(); // formatting decimals is the slow part on large runs
        foreach (var f in problems)
        {
            if (!Counts(f)) continue;
            decimal factor = (decimal)scheme.FactorOf(f.Verdict.Id());
            if (factor <= 0 || f.Weight <= 0) continue;
            decimal weight = (decimal)f.Weight;
            decimal points = weight * factor;
            if (!products.TryGetValue((weight, factor), out var product))
                products[(weight, factor)] = product = $"权重{ScoreText.Number(weight)}×系数{ScoreText.Number(factor)}={ScoreText.Number(points)}";
            deductions.Add(Make(f, factor, points, product));
        }
        return deductions;
    }

    /// <summary>
    /// Rate scheme: a kind's deduction is rate_points × the kind's weight × its failure share, the share being
    /// Σ factor over the kind's counted findings ÷ their number (met, breached, missing and insufficient-data; not
    /// pending, and not a rule the export cannot show). Each failing finding carries its part of that deduction, so the
    /// deductions of a kind add up to the kind's; doubling every count leaves every share, and the score, unchanged.
    /// </summary>
    private static List<(Deduction D, decimal Points)> RateDeductions(UnitTotals? totals, List<Finding> problems, ScoringScheme scheme)
    {
        var deductions = new List<(Deduction D, decimal Points)>();
        if (totals is null) return deductions;
        foreach (var group in problems.Where(Counts).GroupBy(f => f.Kind))
        {
            var (n, _) = RateBasis(group.Key, totals, problems);
            if (n == 0) continue;
            decimal weight = KindWeight(group.Key, problems, scheme);
            decimal per = (decimal)scheme.RatePoints * weight / n;
            var texts = new Dictionary<decimal, string>();
            foreach (var f in group)
            {
                decimal factor = (decimal)scheme.FactorOf(f.Verdict.Id());
                if (factor <= 0) continue;
                decimal points = per * factor;
                if (!texts.TryGetValue(factor, out var text))
                    texts[factor] = text = $"按时率计分：{ScoreText.Number((decimal)scheme.RatePoints)}×类权重{ScoreText.Number(weight)}×系数{ScoreText.Number(factor)}÷本类{n}项" +
                                           $"={ScoreText.Number(Math.Round(points, 4, MidpointRounding.AwayFromZero))}";
                deductions.Add(Make(f, factor, points, text));
            }
        }
        return deductions;
    }

    /// <summary>Number of a kind's findings the rate counts (met, breached, missing, insufficient-data the export could show) and of those not recorded at all.</summary>
    private static (int Counted, int NotRecorded) RateBasis(ObligationKind kind, UnitTotals totals, List<Finding> problems)
    {
        int notRecorded = 0;
        foreach (var f in problems)
            if (f.Kind == kind && f.Verdict == Verdict.InsufficientData && f.NotRecorded is not null) notRecorded++;
        int n = totals.Count(kind, Verdict.Met) + totals.Count(kind, Verdict.Breached) + totals.Count(kind, Verdict.Missing)
                + totals.Count(kind, Verdict.InsufficientData) - notRecorded;
        return (n, notRecorded);
    }

    /// <summary>The kind's weight in the rate scheme: the scheme's (the pack's largest rule weight of the kind), else the largest weight among the findings.</summary>
    private static decimal KindWeight(ObligationKind kind, List<Finding> problems, ScoringScheme scheme)
    {
        if (scheme.KindWeights.TryGetValue(kind.Id(), out var w)) return (decimal)w;
        double max = 0;
        foreach (var f in problems) if (f.Kind == kind && f.Weight > max) max = f.Weight;
        return (decimal)max;
    }

    /// <summary>Formula text of one kind in the rate scheme, e.g. "公开回应：10×权重6×(超时2×1.0+未履行1×1.0)÷20项=9.0".</summary>
    private static string RateTerm(ObligationKind kind, UnitTotals? totals, List<Finding> problems, ScoringScheme scheme)
    {
        var (n, _) = RateBasis(kind, totals!, problems);
        var parts = new List<string>();
        decimal sum = 0;
        foreach (var v in new[] { Verdict.Breached, Verdict.Missing, Verdict.InsufficientData })
        {
            int count = problems.Count(f => f.Kind == kind && f.Verdict == v && Counts(f));
            decimal factor = (decimal)scheme.FactorOf(v.Id());
            if (count == 0 || factor <= 0) continue;
            parts.Add($"{v.Chinese()}{count}×{ScoreText.Number(factor)}");
            sum += count * factor;
        }
        decimal weight = KindWeight(kind, problems, scheme);
        decimal points = (decimal)scheme.RatePoints * weight * sum / n;
        return $"{kind.Chinese()}：{ScoreText.Number((decimal)scheme.RatePoints)}×权重{ScoreText.Number(weight)}×({string.Join("+", parts)})÷{n}项" +
               $"={ScoreText.Number(Math.Round(points, 4, MidpointRounding.AwayFromZero))}";
    }

    private static (Deduction D, decimal Points) Make(Finding f, decimal factor, decimal points, string product)
    {
        var overridden = f.Override is not null;
        var explanation = $"{f.RuleTitle}：案件{f.CaseId}{f.Verdict.Chinese()}{(overridden ? "（申诉/豁免改判）" : "")}，{product}";
        return (new Deduction(f.CaseId, f.RuleId, f.Kind, f.Verdict, (double)points, explanation)
        {
            Weight = f.Weight, Factor = (double)factor, Overridden = overridden,
        }, points);
    }

    private static string Term((Deduction D, decimal Points) d) =>
        $"{PointsText(d.Points)}（{d.D.RuleId}，案件{d.D.CaseId}，{d.D.Verdict.Chinese()}{(d.D.Overridden ? "，申诉改判" : "")}）";

    [ThreadStatic] private static Dictionary<decimal, string>? _pointsText;

    private static string PointsText(decimal d)
    {
        _pointsText ??= [];
        if (!_pointsText.TryGetValue(d, out var s))
        {
            if (_pointsText.Count > 10_000) _pointsText.Clear();
            _pointsText[d] = s = ScoreText.Number(d);
        }
        return s;
    }

    /// <summary>One-line method text for the summary report, e.g. "得分 = 100 − Σ(规则权重 × 判定系数)…".</summary>
    public static string MethodText(ScoringScheme s)
    {
        var factors = $"判定系数：超时{ScoreText.Number(s.FactorOf("breached"))}、未履行{ScoreText.Number(s.FactorOf("missing"))}、" +
                      $"数据不足{ScoreText.Number(s.FactorOf("insufficient-data"))}（数据不足不视为按时履行；导出中根本没有相应列的不计）";
        var sb = new StringBuilder(s.Scheme == ScoringScheme.Rate
            ? $"计分方案：按时率计分（rate）。得分 = {ScoreText.Plain((decimal)s.Base)} {ScoreText.Minus} Σ各类事项〔{ScoreText.Number((decimal)s.RatePoints)} × 类权重 × 失分率〕，" +
              "失分率 = Σ(判定系数) ÷ 该类可判定事项数（按时、超时、未履行、数据不足；未到期不计），类权重取规则包中该类规则的最大权重；" +
              "扣分随各类事项的按时率变化，与案件多少无关；" + factors
            : $"计分方案：逐项扣分（per-finding）。得分 = {ScoreText.Plain((decimal)s.Base)} {ScoreText.Minus} Σ(规则权重 × 判定系数)；" + factors);
        if (s.KindCaps.Count > 0)
            sb.Append("；单类扣分上限：" + string.Join("、", s.KindCaps.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k =>
                (ObligationKinds.TryParse(k.Key, out var kind) ? kind.Chinese() : k.Key) + ScoreText.Number(k.Value))));
        sb.Append($"；最低{ScoreText.Number(s.MinScore)}分；等次：" + string.Join("、", s.Grades.OrderByDescending(g => g.Min).Select(g =>
            double.IsNegativeInfinity(g.Min) || g.Min <= s.MinScore ? $"{g.Name}（其余）" : $"{g.Name}（≥{ScoreText.Plain((decimal)g.Min)}）")));
        sb.Append("；按时率 = 按时履行 ÷ (按时履行 + 超时 + 未履行)，未到期、不适用和数据不足不计入。");
        return sb.ToString();
    }
}
