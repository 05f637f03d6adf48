using Auditor.Core.Rules;
using Auditor.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace Auditor.Core.Scoring;

/// <summary>One key of a pack's `scoring:` section as written, in the file that wrote it (a parent's keys reach a child through `extends`).</summary>
internal sealed record ScoringEntry(string File, YamlScalarNode Key, YamlNode Value);

/// <summary>
/// Reads a pack's `scoring:` section (keys: rules/README.md, defaults: <see cref="ScoringScheme"/>) straight from its
/// YAML nodes, recording where each value was written (<see cref="YamlPlaces"/>, paths "scoring.…") so that the
/// scheme's problems are reported at the value that has them. A key absent keeps the default; a key written with no
/// value, an unknown key or a value of the wrong type is an error at its place.
/// </summary>
internal static class ScoringSchemeReader
{
    public static readonly string[] Keys =
        ["base", "min_score", "verdict_factors", "kind_caps", "grades", "commendation_bar", "sanctions", "scheme", "rate_points", "kind_weights"];

    public static ScoringScheme Read(IEnumerable<ScoringEntry> entries, List<PackDiagnostic> diagnostics, YamlPlaces places)
    {
        var s = new ScoringScheme();
        foreach (var (file, keyNode, value) in entries)
        {
            var r = new YamlReader(file, diagnostics);
            var key = keyNode.Value ?? "";
            var path = "scoring." + key;
            places.Add(path, file, value);
            if (YamlReader.IsNull(value))
            {
                r.Error(value, $"{path} 不能写成空值（删掉这一项即用默认值）");
                continue;
            }
            switch (key)
            {
                case "base": s.Base = r.Number(value, path) ?? s.Base; break;
                case "min_score": s.MinScore = r.Number(value, path) ?? s.MinScore; break;
                case "commendation_bar": s.CommendationBar = r.Number(value, path) ?? s.CommendationBar; break;
                case "rate_points": s.RatePoints = r.Number(value, path) ?? s.RatePoints; break;
                case "scheme": s.Scheme = r.Text(value, path) ?? s.Scheme; break;
                case "verdict_factors": s.VerdictFactors = Numbers(r, places, path, value) ?? s.VerdictFactors; break;
                case "kind_caps": s.KindCaps = Numbers(r, places, path, value) ?? s.KindCaps; break;
                case "kind_weights": s.KindWeights = Numbers(r, places, path, value) ?? s.KindWeights; break;
                case "grades": s.Grades = Grades(r, places, path, value) ?? s.Grades; break;
                case "sanctions": s.Sanctions = Sanctions(r, places, value) ?? s.Sanctions; break;
            }
        }
        return s;
    }

    /// <summary>{ id: number, … } (verdict factors, kind caps, kind weights).</summary>
    private static Dictionary<string, double>? Numbers(YamlReader r, YamlPlaces places, string path, YamlNode node)
    {
        if (r.Map(node, path) is not { } map) return null;
        var d = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var id = (k as YamlScalarNode)?.Value ?? "";
            places.Add($"{path}.{id}", r.File, v);
            if (r.Number(v, $"{path}.{id}") is { } n) d[id] = n;
        }
        return d;
    }

    private static List<GradeBand>? Grades(YamlReader r, YamlPlaces places, string path, YamlNode node)
    {
        if (r.Seq(node, path) is not { } seq) return null;
        var grades = new List<GradeBand>();
        foreach (var item in seq)
        {
            var at = $"{path}[{grades.Count}]";
            if (r.Map(item, at) is not { } m) continue;
            var g = new Section(r, places, at, m, "等次", "name", "min");
            grades.Add(new GradeBand { Name = g.Str("name") ?? "", Min = g.Number("min") ?? 0 });
        }
        return grades;
    }

    private static SanctionCriteria? Sanctions(YamlReader r, YamlPlaces places, YamlNode node)
    {
        const string path = "scoring.sanctions";
        if (r.Map(node, path) is not { } map) return null;
        r.CheckKeys(map, path, "criticism", "interview", "commendation", "accountability", "review");
        var c = new SanctionCriteria();
        foreach (var (k, v) in map.Children)
        {
            var list = (k as YamlScalarNode)?.Value ?? "";
            var at = $"{path}.{list}";
            places.Add(at, r.File, v);
            if (YamlReader.IsNull(v))
            {
                r.Error(v, $"{at} 不能写成空值（不要某一项请写 enabled: false）");
                continue;
            }
            if (r.Map(v, at) is not { } m) continue;
            switch (list)
            {
                case "criticism":
                {
                    var s = new Section(r, places, at, m, at, "enabled", "clause", "quote", "triggers", "grades", "grade_clause", "grade_quote");
                    c.Criticism = new CriticismCriteria
                    {
                        Enabled = s.Bool("enabled") ?? false, Clause = s.Str("clause") ?? "", Quote = s.Str("quote") ?? "",
                        Triggers = Triggers(s), Grades = s.List("grades") ?? [],
                        GradeClause = s.Str("grade_clause") ?? "", GradeQuote = s.Str("grade_quote") ?? "",
                    };
                    break;
                }
                case "interview":
                {
                    var s = new Section(r, places, at, m, at, "enabled", "clause", "quote", "verdicts", "kinds", "repeat_same_kind", "after_criticism");
                    var d = new InterviewCriteria();
                    c.Interview = new InterviewCriteria
                    {
                        Enabled = s.Bool("enabled") ?? false, Clause = s.Str("clause") ?? "", Quote = s.Str("quote") ?? "",
                        Verdicts = s.List("verdicts") ?? d.Verdicts, Kinds = s.List("kinds") ?? d.Kinds,
                        RepeatSameKind = s.Bool("repeat_same_kind") ?? d.RepeatSameKind, AfterCriticism = s.Bool("after_criticism") ?? d.AfterCriticism,
                    };
                    break;
                }
                case "commendation":
                {
                    var s = new Section(r, places, at, m, at, "enabled", "clause", "quote", "disqualifying_verdicts", "min_met_findings");
                    var d = new CommendationCriteria();
                    c.Commendation = new CommendationCriteria
                    {
                        Enabled = s.Bool("enabled") ?? false, Clause = s.Str("clause") ?? "", Quote = s.Str("quote") ?? "",
                        DisqualifyingVerdicts = s.List("disqualifying_verdicts") ?? d.DisqualifyingVerdicts,
                        MinMetFindings = s.Int("min_met_findings", 0) ?? d.MinMetFindings,
                    };
                    break;
                }
                case "accountability":
                {
                    var s = new Section(r, places, at, m, at, "enabled", "clause", "quote", "triggers");
                    c.Accountability = new AccountabilityCriteria
                    {
                        Enabled = s.Bool("enabled") ?? false, Clause = s.Str("clause") ?? "", Quote = s.Str("quote") ?? "", Triggers = Triggers(s),
                    };
                    break;
                }
                case "review":
                {
                    var s = new Section(r, places, at, m, at, "enabled", "clause", "quote", "note", "triggers");
                    c.Review = new ReviewCriteria
                    {
                        Enabled = s.Bool("enabled") ?? false, Clause = s.Str("clause") ?? "", Quote = s.Str("quote") ?? "",
                        Note = s.Str("note") ?? "", Triggers = Triggers(s),
                    };
                    break;
                }
            }
        }
        return c;
    }

    private static List<FindingTrigger> Triggers(Section list)
    {
        var triggers = new List<FindingTrigger>();
        if (list.Seq("triggers") is not { } seq) return triggers;
        foreach (var item in seq)
        {
            var at = $"{list.Path}.triggers[{triggers.Count}]";
            if (list.Reader.Map(item, at) is not { } m) continue;
            var t = new Section(list.Reader, list.Places, at, m, at, "label", "kinds", "sanction_classes", "verdicts", "clause", "quote", "note");
            var d = new FindingTrigger();
            triggers.Add(new FindingTrigger
            {
                Label = t.Str("label") ?? "", Kinds = t.List("kinds") ?? d.Kinds, SanctionClasses = t.List("sanction_classes") ?? d.SanctionClasses,
                Verdicts = t.List("verdicts") ?? d.Verdicts, Clause = t.Str("clause"), Quote = t.Str("quote"), Note = t.Str("note"),
            });
        }
        return triggers;
    }
}

/// <summary>
/// One mapping of a section being read (a list's criteria, a trigger, a grade): checks its keys, reads its values and
/// records each value's place under <see cref="Path"/>.
/// </summary>
internal sealed class Section
{
    public Section(YamlReader reader, YamlPlaces places, string path, YamlMappingNode map, string what, params string[] keys)
    {
        Reader = reader;
        Places = places;
        Path = path;
        Map = map;
        places.Add(path, reader.File, map);
        reader.CheckKeys(map, what, keys);
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode { Value: { } key }) places.Add($"{path}.{key}", reader.File, v);
    }

    public YamlReader Reader { get; }
    public YamlPlaces Places { get; }
    public string Path { get; }
    public YamlMappingNode Map { get; }

    public string? Str(string key) => Reader.Str(Map, key);
    public bool? Bool(string key) => Reader.Bool(Map, key);
    public double? Number(string key) => Reader.Number(Map, key);
    public int? Int(string key, int min) => Reader.Int(Map, key, min);
    public YamlSequenceNode? Seq(string key) => Reader.NotNull(Map, key, "不需要时写 []") ? Reader.Seq(Map, key) : null;

    /// <summary>A list of words (null when absent, so the default stays); each item's place is recorded as path[i].</summary>
    public List<string>? List(string key)
    {
        if (YamlReader.Get(Map, key) is not { } node || !Reader.NotNull(Map, key, "不需要时写 []")) return null;
        if (node is YamlSequenceNode seq)
            for (int i = 0; i < seq.Children.Count; i++) Places.Add($"{Path}.{key}[{i}]", Reader.File, seq.Children[i]);
        return [.. Reader.List(Map, key)];
    }
}
