using Auditor.Core.Domain;

namespace Auditor.Core.Scoring;

/// <summary>
/// Checks a ScoringScheme for values that would make scores or sanctions meaningless. Each problem names the path of
/// the value it is about ("scoring.min_score", "scoring.sanctions.criticism.triggers[0]"), where the pack loader
/// reports it (<see cref="Yaml.YamlPlaces"/>).
/// </summary>
internal static class ScoringSchemeValidator
{
    private static readonly string[] CostVerdicts = ["breached", "missing", "insufficient-data"];

    public static IReadOnlyList<string> Problems(ScoringScheme s)
    {
        var p = new List<string>();
        Check(s, (_, message) => p.Add(message));
        return p;
    }

    /// <param name="problem">(path of the value, message in Chinese) for each problem.</param>
    public static void Check(ScoringScheme s, Action<string, string> problem)
    {
        var p = new ProblemList(problem);
        if (!double.IsFinite(s.Base)) p.Add("scoring.base", "scoring.base 必须是有限数");
        if (!double.IsFinite(s.MinScore) || s.MinScore > s.Base) p.Add("scoring.min_score", "scoring.min_score 必须是有限数且不高于 base");
        foreach (var (k, v) in s.VerdictFactors)
        {
            if (!CostVerdicts.Contains(k)) p.Add($"scoring.verdict_factors.{k}", $"scoring.verdict_factors 中的“{k}”不是可扣分的判定（只能是 breached、missing、insufficient-data）");
            else if (!double.IsFinite(v) || v < 0) p.Add($"scoring.verdict_factors.{k}", $"scoring.verdict_factors.{k} 必须是非负数");
        }
        if (!(s.FactorOf("insufficient-data") > 0))
            p.Add("scoring.verdict_factors.insufficient-data", "scoring.verdict_factors.insufficient-data 必须大于0：数据不足不能视为按时履行");
        foreach (var (k, v) in s.KindCaps)
        {
            if (!ObligationKinds.TryParse(k, out _)) p.Add($"scoring.kind_caps.{k}", $"scoring.kind_caps 中的“{k}”不是已知的义务类型");
            if (!double.IsFinite(v) || v < 0) p.Add($"scoring.kind_caps.{k}", $"scoring.kind_caps.{k} 必须是非负数");
        }
        var grades = s.Grades;
        if (grades.Count == 0) p.Add("scoring.grades", "scoring.grades 不能为空");
        for (int i = 0; i < grades.Count; i++)
            if (string.IsNullOrWhiteSpace(grades[i].Name)) p.Add($"scoring.grades[{i}]", "scoring.grades 中每个等次都要有 name");
        for (int i = 0; i < grades.Count; i++)
            if (grades.Take(i).Any(g => g.Name == grades[i].Name)) p.Add($"scoring.grades[{i}].name", "scoring.grades 中等次名称重复");
        if (grades.Count > 0 && grades.Min(g => g.Min) > s.MinScore)
            p.Add($"scoring.grades[{grades.IndexOf(grades.MinBy(g => g.Min)!)}].min",
                $"scoring.grades 最低一档的 min 必须不高于 min_score（{s.MinScore}），否则低分单位没有等次");
        if (!double.IsFinite(s.CommendationBar)) p.Add("scoring.commendation_bar", "scoring.commendation_bar 必须是有限数");
        CheckScheme(p, s);
        var sc = s.Sanctions;
        CheckCitations(p, sc);
        CheckTriggers(p, "criticism", sc.Criticism.Triggers);
        CheckTriggers(p, "accountability", sc.Accountability.Triggers);
        CheckTriggers(p, "review", sc.Review.Triggers);
        for (int i = 0; i < sc.Criticism.Grades.Count; i++)
            if (!grades.Any(b => b.Name == sc.Criticism.Grades[i]))
                p.Add($"scoring.sanctions.criticism.grades[{i}]", $"scoring.sanctions.criticism.grades 中的“{sc.Criticism.Grades[i]}”不是 scoring.grades 中的等次");
        CheckVerdicts(p, "scoring.sanctions.interview.verdicts", sc.Interview.Verdicts);
        CheckKinds(p, "scoring.sanctions.interview.kinds", sc.Interview.Kinds);
        CheckVerdicts(p, "scoring.sanctions.commendation.disqualifying_verdicts", sc.Commendation.DisqualifyingVerdicts);
        if (sc.Commendation is { MinMetFindings: < 0 })
            p.Add("scoring.sanctions.commendation.min_met_findings", "scoring.sanctions.commendation.min_met_findings 不能为负");
    }

    /// <summary>Problems, each with the path of the value it is about.</summary>
    private sealed class ProblemList(Action<string, string> report)
    {
        public void Add(string path, string message) => report(path, message);
    }

    /// <summary>An enabled list must cite its basis: a sanction without a clause and quote cannot be published.</summary>
    private static void CheckCitations(ProblemList p, SanctionCriteria sc)
    {
        static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
        void NeedCite(string at, string? clause, string? quote)
        {
            if (Blank(clause)) p.Add(at, $"{at} 已启用，必须写 clause（本包依据文件的条款，如“003 4.6”）");
            if (Blank(quote)) p.Add(at, $"{at} 已启用，必须写 quote（该条款原文）");
        }
        void TriggerCites(string at, string? clause, string? quote, List<FindingTrigger> triggers)
        {
            for (int i = 0; i < triggers.Count; i++)
            {
                var t = triggers[i];
                if (Blank(t.Clause) && Blank(clause)) p.Add($"{at}.triggers[{i}]", $"{at}.triggers[{i}] 没有条款：写该触发条件的 clause，或名单的 clause");
                if (Blank(t.Quote) && Blank(quote)) p.Add($"{at}.triggers[{i}]", $"{at}.triggers[{i}] 没有引文：写该触发条件的 quote，或名单的 quote");
            }
        }
        var c = sc.Criticism;
        if (c.Enabled)
        {
            const string at = "scoring.sanctions.criticism";
            if (c.Triggers.Count == 0 && c.Grades.Count == 0)
                p.Add(at, $"{at} 已启用，但既没有 triggers 也没有 grades（不需要时写 enabled: false）");
            TriggerCites(at, c.Clause, c.Quote, c.Triggers);
            if (c.Grades.Count > 0)
            {
                if (Blank(c.GradeClause)) p.Add($"{at}.grades", $"{at}.grades 需要 grade_clause（按等次通报批评的依据条款）");
                if (Blank(c.GradeQuote) && !c.GradesFromPolicy) p.Add($"{at}.grades", $"{at}.grades 需要 grade_quote（该条款原文）");
            }
        }
        // lists from the office's policy name its basis (本单位考核办法) and quote nothing
        if (sc.Interview.Enabled) NeedCite("scoring.sanctions.interview", sc.Interview.Clause, sc.Interview.FromPolicy ? "—" : sc.Interview.Quote);
        if (sc.Commendation.Enabled) NeedCite("scoring.sanctions.commendation", sc.Commendation.Clause, sc.Commendation.FromPolicy ? "—" : sc.Commendation.Quote);
        var rv = sc.Review;
        if (rv.Enabled)
        {
            const string at = "scoring.sanctions.review";
            if (rv.Triggers.Count == 0) p.Add(at, $"{at} 已启用，但没有 triggers（不需要时写 enabled: false）");
            if (Blank(rv.Note) && rv.Triggers.Any(t => Blank(t.Note)))
                p.Add(at, $"{at} 需要 note（办公室还须核查认定什么，如“是否造成严重后果、追究哪些相关人员的责任”）");
            TriggerCites(at, rv.Clause, rv.Quote, rv.Triggers);
        }
        var a = sc.Accountability;
        if (a.Enabled)
        {
            const string at = "scoring.sanctions.accountability";
            if (a.Triggers.Count == 0) p.Add(at, $"{at} 已启用，但没有 triggers（不需要时写 enabled: false）");
            TriggerCites(at, a.Clause, a.Quote, a.Triggers);
        }
    }

    /// <summary>
    /// The scheme name, and for the rate scheme factors that keep it monotone: with breached and missing at the largest
    /// factor (≤ 1), one more failure can only raise a kind's failure share, never lower it.
    /// </summary>
    private static void CheckScheme(ProblemList p, ScoringScheme s)
    {
        if (s.Scheme is not (ScoringScheme.PerFinding or ScoringScheme.Rate))
            p.Add("scoring.scheme", $"scoring.scheme 应为 {ScoringScheme.PerFinding}（逐项扣分）或 {ScoringScheme.Rate}（按时率计分），实际为“{s.Scheme}”");
        if (!double.IsFinite(s.RatePoints) || s.RatePoints <= 0) p.Add("scoring.rate_points", "scoring.rate_points 必须是正数");
        foreach (var (k, v) in s.KindWeights)
        {
            if (!ObligationKinds.TryParse(k, out _)) p.Add($"scoring.kind_weights.{k}", $"scoring.kind_weights 中的“{k}”不是已知的义务类型");
            if (!double.IsFinite(v) || v < 0) p.Add($"scoring.kind_weights.{k}", $"scoring.kind_weights.{k} 必须是非负数");
        }
        if (s.Scheme != ScoringScheme.Rate) return;
        double b = s.FactorOf("breached"), m = s.FactorOf("missing"), i = s.FactorOf("insufficient-data");
        if (b > 1 || m > 1 || i > 1) p.Add("scoring.verdict_factors", "scoring.scheme 为 rate 时 verdict_factors 不能大于 1（失分率不超过 100%）");
        if (b != m || i > b) p.Add("scoring.verdict_factors", "scoring.scheme 为 rate 时超时与未履行的系数须相同，且不小于数据不足的系数（否则多一项超时可能反而提高得分）");
    }

    private static void CheckTriggers(ProblemList p, string name, List<FindingTrigger> triggers)
    {
        for (int i = 0; i < triggers.Count; i++)
        {
            var t = triggers[i];
            var at = $"scoring.sanctions.{name}.triggers[{i}]";
            if (t.Kinds.Count == 0 && t.SanctionClasses.Count == 0) p.Add(at, $"{at} 至少要写 kinds 或 sanction_classes 之一");
            if (t.Verdicts.Count == 0) p.Add($"{at}.verdicts", $"{at}.verdicts 不能为空");
            if (string.IsNullOrWhiteSpace(t.Label)) p.Add($"{at}.label", $"{at}.label 不能为空");
            CheckKinds(p, at + ".kinds", t.Kinds);
            CheckVerdicts(p, at + ".verdicts", t.Verdicts);
        }
    }

    private static void CheckKinds(ProblemList p, string at, List<string> kinds)
    {
        for (int i = 0; i < kinds.Count; i++)
            if (KindProblem(at, kinds[i]) is { } problem) p.Add($"{at}[{i}]", problem);
    }

    private static void CheckVerdicts(ProblemList p, string at, List<string> verdicts)
    {
        for (int i = 0; i < verdicts.Count; i++)
            if (VerdictProblem(at, verdicts[i]) is { } problem) p.Add($"{at}[{i}]", problem);
    }

    /// <summary>Why a kind id cannot be used in a list's criteria, or null.</summary>
    internal static string? KindProblem(string at, string kind) =>
        ObligationKinds.TryParse(kind, out _) ? null : $"{at} 中的“{kind}”不是已知的义务类型";

    /// <summary>Why a verdict cannot be a list's criterion, or null.</summary>
    internal static string? VerdictProblem(string at, string verdict) =>
        !Verdicts.TryParse(verdict, out var v) ? $"{at} 中的“{verdict}”不是已知的判定"
        // lists are decided from problems; the audit keeps met/not-applicable findings only as counts
        : v is Verdict.Met or Verdict.NotApplicable ? $"{at} 中的“{verdict}”不能作为处理依据（只能是未按时履行、未履行、未到期或数据不足）"
        : null;
}
