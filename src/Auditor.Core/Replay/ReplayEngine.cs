using System.Collections.Immutable;
using Auditor.Core.Domain;
using Auditor.Core.Rules;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Replay;

/// <summary>
/// Replays cases against a rule pack: one <see cref="Finding"/> per (case, rule), including not-applicable ones
/// (the caller counts and drops them). Events after <see cref="AsOf"/> do not exist yet. Stateless per case:
/// safe to call from several threads; cheap enough to stream a million cases.
/// </summary>
public sealed partial class ReplayEngine
{
    private readonly DeadlineCalculator _calc;
    private readonly DateTimeZone _zone;
    private readonly UnitRegistry _registry;
    private readonly Rule[] _caseRules;
    private readonly Rule[] _dailyRules;
    private readonly Dictionary<string, UnitRef> _namedUnits = new(StringComparer.Ordinal);
    // per-rule evidence that does not depend on the case (computed once: the hot path allocates no new text for it)
    private readonly Dictionary<Rule, (string NotApplicable, string ConditionText)> _ruleText = new(ReferenceEqualityComparer.Instance);

    public ReplayEngine(RulePack pack, DeadlineCalculator calculator, UnitRegistry registry, Instant asOf)
    {
        Pack = pack;
        _calc = calculator;
        _zone = calculator.Zone;
        _registry = registry;
        AsOf = asOf;
        _caseRules = pack.Rules.Where(r => r.Kind.Timing() != ObligationTiming.DailyCutoff).ToArray();
        _dailyRules = pack.Rules.Where(r => r.Kind.Timing() == ObligationTiming.DailyCutoff).ToArray();
        foreach (var r in pack.Rules)
        {
            if (r.AttributionUnit is { } n && !_namedUnits.ContainsKey(n)) _namedUnits[n] = NamedUnits.Resolve(registry, n);
            foreach (var o in r.Obliged)
                if (!_namedUnits.ContainsKey(o)) _namedUnits[o] = NamedUnits.Resolve(registry, o);
            foreach (var row in r.Table)
                if (row.Unit is { } u && !_namedUnits.ContainsKey(u)) _namedUnits[u] = NamedUnits.Resolve(registry, u);
            var cond = r.AppliesWhen.Describe();
            _ruleText[r] = ($"不适用：本规则适用于{cond}的舆情", cond);
        }
    }

    public RulePack Pack { get; }
    public Instant AsOf { get; }

    /// <summary>The first of the kinds whose cell was filled but unreadable, with its text.</summary>
    private static (EventKind Kind, string Text)? UnreadableOf(Case c, ImmutableArray<EventKind> kinds)
    {
        if (c.Unreadable.IsEmpty) return null;
        foreach (var k in kinds)
            if (c.Unreadable.TryGetValue(k.Id(), out var text)) return (k, text);
        return null;
    }

    /// <summary>One finding per case-level rule of the pack, in pack order.</summary>
    public IEnumerable<Finding> Replay(Case c)
    {
        var facts = CaseFacts.Resolve(c, Pack);
        var result = new Finding[_caseRules.Length];
        for (int i = 0; i < _caseRules.Length; i++)
            result[i] = Evaluate(_caseRules[i], c, facts, facts.Evaluate(_caseRules[i].AppliesWhen, c, AsOf));
        return result;
    }

    /// <summary>
    /// The findings of <see cref="Replay"/> that are not not-applicable, added to <paramref name="into"/> in pack order;
    /// returns how many rules did not apply. A rule whose conditions exclude the case builds no finding at all (the
    /// audit only counts those: a million cases × most rules would otherwise be millions of discarded objects).
    /// </summary>
    public int ReplayApplicable(Case c, List<Finding> into)
    {
        var facts = CaseFacts.Resolve(c, Pack);
        int notApplicable = 0;
        foreach (var rule in _caseRules)
        {
            var applies = facts.Evaluate(rule.AppliesWhen, c, AsOf);
            if (applies == Tri.False) { notApplicable++; continue; }
            var f = Evaluate(rule, c, facts, applies);
            if (f.Verdict == Verdict.NotApplicable) notApplicable++;
            else into.Add(f);
        }
        return notApplicable;
    }

    private Finding Evaluate(Rule rule, Case c, in CaseFacts facts, Tri applies)
    {
        switch (applies)
        {
            case Tri.False:
                return Make(rule, c, facts, Verdict.NotApplicable, _ruleText[rule].NotApplicable);
            case Tri.Unknown:
                if (facts.NotRecordedFor(rule.AppliesWhen, c) is { } absent)
                    return Make(rule, c, facts, Verdict.InsufficientData,
                        $"数据不足：台账没有“{absent}”列，无法判断是否适用（适用于{_ruleText[rule].ConditionText}的舆情），不扣分") with { NotRecorded = absent };
                return Make(rule, c, facts, Verdict.InsufficientData,
                    $"数据不足：无法判断是否适用（适用于{_ruleText[rule].ConditionText}的舆情，台账缺少{facts.MissingFor(rule.AppliesWhen)}）");
        }
        if (!rule.Obliged.IsEmpty && ObligedCheck(rule, c, facts) is { } notTheirs) return notTheirs;
        try
        {
            return (rule.Kind.Timing(), rule.Kind) switch
            {
                (ObligationTiming.Window, ObligationKind.WrittenFeedback) => CheckWrittenFeedback(rule, c, facts),
                (ObligationTiming.Window, _) => CheckWindow(rule, c, facts, rule.Targets),
                (ObligationTiming.BeforeEvent, _) => CheckRiskAssessment(rule, c, facts),
                (_, ObligationKind.ResponsibleParty) => CheckResponsibleParty(rule, c, facts),
                (_, ObligationKind.Responder) => CheckResponder(rule, c, facts),
                (_, ObligationKind.Confidentiality) => CheckConfidentiality(rule, c, facts),
                (_, ObligationKind.FalseFeedback) => CheckFalseFeedback(rule, c, facts),
                (_, ObligationKind.Urging) => CheckUrging(rule, c, facts),
                _ => throw new InvalidOperationException($"no check for {rule.Kind.Id()}"),
            };
        }
        catch (CalendarMissingException ex)
        {
            throw new RulePackException(ex.Message, ex);
        }
    }

    /// <summary>
    /// A rule whose clause names who bears it (002 二、2: 区政府应急办、区网宣办、网安大队 report to 区委办公室) applies only
    /// when the case's bearer is one of them: nobody else is obliged by that sentence.
    /// </summary>
    private Finding? ObligedCheck(Rule rule, Case c, in CaseFacts facts)
    {
        var bearer = Bearer(rule, c);
        var names = string.Join("、", rule.Obliged);
        if (bearer is null)
            return c.IsRecorded(CaseFields.Unit)
                ? Make(rule, c, facts, Verdict.InsufficientData, $"数据不足：本条义务由{names}承担，但台账未填填报单位，无法判断是否由其报送")
                : NotRecorded(rule, c, facts, "填报单位", $"本条义务由{names}承担，无法判断是否由其报送");
        foreach (var o in rule.Obliged)
            if (SameUnit(_namedUnits[o], bearer)) return null;
        return Make(rule, c, facts, Verdict.NotApplicable, $"不适用：本条义务由{names}承担，本案填报单位为{bearer.Name}");
    }

    /// <summary>The first event of any of the kinds that exists by the as-of time.</summary>
    private CaseEvent? FirstOf(Case c, ImmutableArray<EventKind> kinds)
    {
        CaseEvent? best = null;
        foreach (var e in c.Events)
        {
            if (e.Time.Instant > AsOf) continue;
            bool match = false;
            foreach (var k in kinds) if (e.Kind == k) { match = true; break; }
            if (match && (best is null || e.Time.Instant < best.Time.Instant)) best = e;
        }
        return best;
    }

    private CaseEvent? FirstOf(Case c, EventKind kind)
    {
        CaseEvent? best = null;
        foreach (var e in c.Events)
            if (e.Kind == kind && e.Time.Instant <= AsOf && (best is null || e.Time.Instant < best.Time.Instant)) best = e;
        return best;
    }

    /// <summary>Latest possible instant of a recorded time: the end of its day when only the date was recorded.</summary>
    private Instant Latest(RecordedTime t) =>
        t.DateOnly ? t.Date.PlusDays(1).AtStartOfDayInZone(_zone).ToInstant() - Duration.Epsilon : t.Instant;

    private UnitRef? Bearer(Rule rule, Case c) => rule.Attribution switch
    {
        Attribution.Reporting => c.ReportingUnit ?? c.Responsible,
        Attribution.Responder => c.Responder ?? c.Responsible ?? c.ReportingUnit,
        Attribution.Competent => c.Competent ?? c.Responsible ?? c.ReportingUnit,
        Attribution.Named => _namedUnits[rule.AttributionUnit!],
        Attribution.Actor => c.ReportingUnit ?? c.Responsible, // until the event's actor is known (CheckConfidentiality)
        _ => c.Responsible ?? c.ReportingUnit,
    };

    private Finding Make(Rule rule, Case c, in CaseFacts facts, Verdict verdict, string evidence,
        Instant? start = null, Instant? deadline = null, Instant? actual = null, long? overrun = null) => new()
    {
        CaseId = c.CaseId,
        CaseTitle = c.Title,
        Unit = Bearer(rule, c)?.Name ?? "（未填单位）",
        RuleId = rule.Id,
        RuleTitle = rule.Title,
        Kind = rule.Kind,
        Verdict = verdict,
        Start = start,
        Deadline = deadline,
        Actual = actual,
        OverrunMinutes = overrun,
        Clause = rule.Clause,
        Evidence = evidence,
        Severity = facts.Severity,
        Weight = rule.Weight,
        SanctionClass = rule.Sanction,
        FixHint = rule.FixHint,
    };

    /// <summary>A verdict with its evidence still in parts (<see cref="EvidenceSentence"/>), before it becomes a finding.</summary>
    private readonly record struct Judgement(Verdict Verdict, EvidenceSentence Evidence,
        Instant? Start = null, Instant? Deadline = null, Instant? Actual = null, long? Overrun = null, string? NotRecorded = null);

    private Finding Make(Rule rule, Case c, in CaseFacts facts, Judgement j)
    {
        var f = Make(rule, c, facts, j.Verdict, j.Evidence.Text, j.Start, j.Deadline, j.Actual, j.Overrun);
        return j.NotRecorded is null ? f : f with { NotRecorded = j.NotRecorded };
    }

    private static string ActionOf(Rule rule) =>
        rule.Action ?? (rule.Targets.IsEmpty ? rule.Kind.Chinese() : rule.Targets[0].Chinese());
}
