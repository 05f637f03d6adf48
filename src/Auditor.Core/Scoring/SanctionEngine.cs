using System.Collections.Immutable;
using Auditor.Core.Domain;

namespace Auditor.Core.Scoring;

/// <summary>
/// Decides the 通报批评, 约谈, 表彰 and 追责 lists from this period's findings (after appeals/waivers), the scores,
/// the scheme's criteria and — for 整改不到位 — the previous period as recorded in the history store.
/// Output order: by list (通报批评, 约谈, 表彰, 追责, 待核查), then by rank, then unit name (ordinal). 待核查 is internal
/// to the office (<see cref="SanctionKinds.IsPublic"/>): callers keep it out of every public document.
/// Only enabled lists are decided, and every reason carries the clause and quote the pack configured for it
/// (SanctionCriteria has no citation of its own, so nothing here can cite another jurisdiction's document).
/// </summary>
public static class SanctionEngine
{
    /// <param name="findings">This period's findings that are not met (met ones, if given, are ignored: the scores carry their counts).</param>
    public static ImmutableArray<Sanction> Decide(
        IEnumerable<Finding> findings, IReadOnlyList<UnitScore> scores, ScoringScheme scheme, PriorPeriod? previous)
    {
        var problems = scheme.Validate();
        if (problems.Count > 0) throw new RulePackException("评分方案有误：" + string.Join("；", problems));
        var c = scheme.Sanctions;

        var byUnit = findings.Where(f => f.Verdict is not (Verdict.Met or Verdict.NotApplicable)).GroupBy(f => f.Unit, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var scoreOf = scores.ToDictionary(s => s.Unit, StringComparer.Ordinal);
        var units = scoreOf.Keys.Concat(byUnit.Keys).Distinct(StringComparer.Ordinal).ToList();

        var result = new List<Sanction>();
        foreach (var unit in units)
        {
            var fs = byUnit.GetValueOrDefault(unit) ?? [];
            var score = scoreOf.GetValueOrDefault(unit);
            if (c.Criticism.Enabled) Add(result, unit, SanctionKind.Criticism, Criticism(fs, score, c.Criticism));
            if (c.Interview.Enabled) Add(result, unit, SanctionKind.Interview, Interview(unit, fs, previous, c.Interview));
            if (c.Commendation.Enabled) Add(result, unit, SanctionKind.Commendation, Commendation(fs, score, scheme.CommendationBar, c.Commendation));
            if (c.Accountability.Enabled)
                Add(result, unit, SanctionKind.Accountability, Triggered(fs, c.Accountability.Triggers, c.Accountability.Clause, c.Accountability.Quote));
            if (c.Review.Enabled)
                Add(result, unit, SanctionKind.Review, Triggered(fs, c.Review.Triggers, c.Review.Clause, c.Review.Quote, c.Review.Note));
        }
        return result
            .OrderBy(s => s.Kind)
            .ThenBy(s => scoreOf.TryGetValue(s.Unit, out var sc) ? sc.Rank : int.MaxValue)
            .ThenBy(s => s.Unit, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private static void Add(List<Sanction> result, string unit, SanctionKind kind, List<SanctionReason> reasons)
    {
        if (reasons.Count > 0) result.Add(new Sanction(unit, kind, [.. reasons]));
    }

    private static List<SanctionReason> Criticism(List<Finding> fs, UnitScore? score, CriticismCriteria c)
    {
        var reasons = Triggered(fs, c.Triggers, c.Clause, c.Quote);
        if (score is not null && c.Grades.Contains(score.Grade))
        {
            reasons.Add(new SanctionReason(null, [], c.GradeClause,
                $"考核等次为{score.Grade}（得分{ScoreText.Number(score.Score)}）")
            { Quote = c.GradesFromPolicy ? null : c.GradeQuote, FromPolicy = c.GradesFromPolicy });
        }
        return reasons;
    }

    /// <summary>Each failing finding goes to the first trigger it matches; one reason per (trigger, rule).</summary>
    private static List<SanctionReason> Triggered(List<Finding> fs, List<FindingTrigger> triggers, string clause, string quote, string? note = null)
    {
        var compiled = triggers.Select(Compile).ToList();
        var hits = new SortedDictionary<(int Trigger, string Rule), List<Finding>>(Comparer<(int, string)>.Create((a, b) =>
        {
            int x = a.Item1.CompareTo(b.Item1);
            return x != 0 ? x : string.CompareOrdinal(a.Item2, b.Item2);
        }));
        foreach (var f in fs)
        {
            int i = compiled.FindIndex(t => t.Matches(f));
            if (i < 0) continue;
            if (!hits.TryGetValue((i, f.RuleId), out var list)) hits[(i, f.RuleId)] = list = [];
            list.Add(f);
        }
        return hits.Select(h =>
        {
            var t = triggers[h.Key.Trigger];
            var first = h.Value[0];
            var toEstablish = string.IsNullOrWhiteSpace(t.Note) ? note : t.Note;
            return new SanctionReason(h.Key.Rule, CaseIds(h.Value), string.IsNullOrWhiteSpace(t.Clause) ? clause : t.Clause,
                $"{t.Label}：{first.RuleTitle}（{first.RuleId}，{first.Clause.Short}）案件{string.Join("、", CaseIds(h.Value))}{VerdictWords(h.Value)}" +
                (string.IsNullOrWhiteSpace(toEstablish) ? "" : $"；待核查：{toEstablish!.Trim().TrimEnd('。')}"))
            { Quote = string.IsNullOrWhiteSpace(t.Quote) ? quote : t.Quote };
        }).ToList();
    }

    private static List<SanctionReason> Interview(string unit, List<Finding> fs, PriorPeriod? previous, InterviewCriteria c)
    {
        var reasons = new List<SanctionReason>();
        if (previous is null) return reasons;
        var verdicts = ParseVerdicts(c.Verdicts);
        var kinds = ParseKinds(c.Kinds);
        bool Counts(ObligationKind k, Verdict v) => verdicts.Contains(v) && (kinds.Count == 0 || kinds.Contains(k));

        var failing = fs.Where(f => Counts(f.Kind, f.Verdict)).ToList();
        if (failing.Count == 0) return reasons;

        if (c.RepeatSameKind)
        {
            var priorByKind = previous.Failures
                .Where(p => p.Unit == unit && Counts(p.Kind, p.Verdict))
                .GroupBy(p => p.Kind)
                .ToDictionary(g => g.Key, g => (Count: g.Sum(p => p.Count), Rules: g.SelectMany(p => p.RuleIds).Distinct().Order(StringComparer.Ordinal).ToList()));
            foreach (var g in failing.Where(f => priorByKind.ContainsKey(f.Kind))
                         .GroupBy(f => (f.Kind, f.RuleId)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal))
            {
                var prior = priorByKind[g.Key.Kind];
                var list = g.ToList();
                reasons.Add(new SanctionReason(g.Key.RuleId, CaseIds(list), c.Clause,
                    $"{(c.FromPolicy ? "同类问题再次发生" : "整改不到位")}：上期（{previous.PeriodId}）“{g.Key.Kind.Chinese()}”已有{prior.Count}项超时或未履行（{string.Join("、", prior.Rules)}），" +
                    $"本期{list[0].RuleTitle}（{g.Key.RuleId}）案件{string.Join("、", CaseIds(list))}仍{VerdictWords(list)}")
                { Quote = c.FromPolicy ? null : c.Quote, FromPolicy = c.FromPolicy });
            }
        }
        if (c.AfterCriticism && previous.Sanctions.Any(s => s.Unit == unit && s.Kind == SanctionKind.Criticism))
        {
            var rules = failing.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
            reasons.Add(new SanctionReason(null, CaseIds(failing), c.Clause,
                $"上期（{previous.PeriodId}）已被通报批评，本期仍有{failing.Count}项超时或未履行（{string.Join("、", rules)}）")
            { Quote = c.FromPolicy ? null : c.Quote, FromPolicy = c.FromPolicy });
        }
        return reasons;
    }

    private static List<SanctionReason> Commendation(List<Finding> fs, UnitScore? score, double bar, CommendationCriteria c)
    {
        if (score is null || score.Score < bar) return [];
        var disqualifying = ParseVerdicts(c.DisqualifyingVerdicts);
        if (fs.Any(f => disqualifying.Contains(f.Verdict))) return [];
        int met = score.Count(Verdict.Met); // met findings are counted, not kept
        if (met < c.MinMetFindings) return [];
        return [new SanctionReason(null, [], c.Clause,
            $"本期{met}项义务按时履行，无超时、未履行，得分{ScoreText.Number(score.Score)}，不低于表彰线{ScoreText.Number(bar)}")
        { Quote = c.FromPolicy ? null : c.Quote, FromPolicy = c.FromPolicy }];
    }

    private static ImmutableArray<string> CaseIds(IEnumerable<Finding> fs) =>
        fs.Select(f => f.CaseId).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();

    private static string VerdictWords(IEnumerable<Finding> fs) =>
        string.Join("或", fs.Select(f => (f.Kind, f.Verdict)).Distinct().OrderBy(x => x.Verdict).Select(x => VerdictWord(x.Kind, x.Verdict)).Distinct());

    /// <summary>
    /// "超时" is the breach of a time limit; obligations without one are breached otherwise (a spot check found the
    /// feedback false, the urging went unanswered, material leaked, the wrong unit was recorded or spoke).
    /// </summary>
    private static string VerdictWord(ObligationKind kind, Verdict v) => (kind, v) switch
    {
        (ObligationKind.FalseFeedback, Verdict.Breached) => "经抽查复核为虚假反馈",
        (ObligationKind.Urging, Verdict.Breached or Verdict.Missing) => "经多次催办仍未落实",
        (ObligationKind.Confidentiality, Verdict.Breached or Verdict.Missing) => "有外传记录",
        (ObligationKind.ResponsibleParty or ObligationKind.Responder, Verdict.Breached) => "不符合规定",
        _ => v.Chinese(),
    };

    private static HashSet<Verdict> ParseVerdicts(IEnumerable<string> ids) =>
        ids.Select(s => Verdicts.TryParse(s, out var v) ? v : (Verdict?)null).OfType<Verdict>().ToHashSet();

    private static HashSet<ObligationKind> ParseKinds(IEnumerable<string> ids) =>
        ids.Select(s => ObligationKinds.TryParse(s, out var k) ? k : (ObligationKind?)null).OfType<ObligationKind>().ToHashSet();

    private sealed record CompiledTrigger(HashSet<ObligationKind> Kinds, HashSet<string> Classes, HashSet<Verdict> Verdicts)
    {
        public bool Matches(Finding f) =>
            Verdicts.Contains(f.Verdict)
            && (Kinds.Count == 0 || Kinds.Contains(f.Kind))
            && (Classes.Count == 0 || (f.SanctionClass is not null && Classes.Contains(NormalizeClass(f.SanctionClass))));
    }

    private static CompiledTrigger Compile(FindingTrigger t) =>
        new(ParseKinds(t.Kinds), t.SanctionClasses.Select(NormalizeClass).ToHashSet(StringComparer.Ordinal), ParseVerdicts(t.Verdicts));

    /// <summary>A sanction class may be written as the English id or the Chinese name (通报批评 = criticism, 追责 = accountability).</summary>
    private static string NormalizeClass(string c) => SanctionKinds.TryParse(c, out var k) ? k.Id() : c.Trim();
}
