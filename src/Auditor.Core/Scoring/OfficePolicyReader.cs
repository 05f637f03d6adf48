using Auditor.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace Auditor.Core.Scoring;

/// <summary>
/// Reads an office profile's `policy:` section (<see cref="OfficePolicy"/>) from its YAML nodes through the one
/// <see cref="YamlReader"/>: every mistake (an unknown key, a scheme that does not exist, “多次” below 2, a verdict a list
/// cannot rest on) is reported at the file:line:column of the value that has it.
/// </summary>
public static class OfficePolicyReader
{
    public static OfficePolicy? Read(YamlReader r, YamlNode node)
    {
        if (YamlReader.IsNull(node))
        {
            r.Error(node, "“policy”不能写成空值（没有本单位考核办法时删去 policy）");
            return null;
        }
        if (r.Map(node, "policy") is not { } map) return null;
        var places = new YamlPlaces();
        var p = new Section(r, places, "policy", map, "policy", "basis", "scheme", "rate_points", "repeat_count", "criticism", "interview", "commendation");
        var policy = new OfficePolicy();
        if (YamlReader.Get(map, "basis") is { } basisNode)
            policy.Basis = r.Text(basisNode, "policy.basis（不写即为“本单位考核办法”）") ?? policy.Basis;
        if (p.Str("scheme") is { } scheme)
        {
            if (scheme is ScoringScheme.PerFinding or ScoringScheme.Rate) policy.Scheme = scheme;
            else r.Error(YamlReader.Get(map, "scheme"), $"policy.scheme 应为 {ScoringScheme.PerFinding}（逐项扣分）或 {ScoringScheme.Rate}（按时率计分），实际为“{scheme}”");
        }
        if (p.Number("rate_points") is { } points)
        {
            if (double.IsFinite(points) && points > 0) policy.RatePoints = points;
            else r.Error(YamlReader.Get(map, "rate_points"), "policy.rate_points 必须是正数");
        }
        policy.RepeatCount = r.Int(YamlReader.Get(map, "repeat_count"), "policy.repeat_count", 2);

        if (r.Map(map, "criticism") is { } cm)
        {
            var c = new Section(r, places, "policy.criticism", cm, "policy.criticism", "enabled", "grades");
            policy.Criticism = new PolicyCriticism { Enabled = c.Bool("enabled") ?? true, Grades = c.List("grades") ?? [] };
        }
        if (r.Map(map, "interview") is { } im)
        {
            var i = new Section(r, places, "policy.interview", im, "policy.interview", "enabled", "verdicts", "kinds", "repeat_same_kind", "after_criticism");
            var d = new InterviewCriteria();
            policy.Interview = new InterviewCriteria
            {
                Enabled = i.Bool("enabled") ?? false,
                Verdicts = Checked(i, "verdicts", ScoringSchemeValidator.VerdictProblem) ?? d.Verdicts,
                Kinds = Checked(i, "kinds", ScoringSchemeValidator.KindProblem) ?? d.Kinds,
                RepeatSameKind = i.Bool("repeat_same_kind") ?? d.RepeatSameKind,
                AfterCriticism = i.Bool("after_criticism") ?? d.AfterCriticism,
            };
        }
        if (r.Map(map, "commendation") is { } mm)
        {
            var c = new Section(r, places, "policy.commendation", mm, "policy.commendation", "enabled", "bar", "disqualifying_verdicts", "min_met_findings");
            var d = new PolicyCommendation();
            policy.Commendation = new PolicyCommendation
            {
                Enabled = c.Bool("enabled") ?? false,
                Bar = c.Number("bar"),
                DisqualifyingVerdicts = Checked(c, "disqualifying_verdicts", ScoringSchemeValidator.VerdictProblem) ?? d.DisqualifyingVerdicts,
                MinMetFindings = c.Int("min_met_findings", 0) ?? d.MinMetFindings,
            };
        }
        return policy;
    }

    /// <summary>A list of ids, each checked where it is written.</summary>
    private static List<string>? Checked(Section s, string key, Func<string, string, string?> problem)
    {
        var list = s.List(key);
        if (list is null) return null;
        var seq = YamlReader.Get(s.Map, key) as YamlSequenceNode;
        for (int i = 0; i < list.Count; i++)
            if (problem($"{s.Path}.{key}", list[i]) is { } message)
                s.Reader.Error(seq is not null && i < seq.Children.Count ? seq.Children[i] : YamlReader.Get(s.Map, key), message);
        return list;
    }
}
