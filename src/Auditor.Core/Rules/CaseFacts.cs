using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Core.Rules;

/// <summary>
/// A case's attributes resolved through a pack's classes to canonical words: severity 特别重大/重大/较大/一般,
/// polarity 正面/负面, sudden, scope, truth. The recorded column wins; a class word fills what it leaves open.
/// </summary>
public readonly struct CaseFacts
{
    public string? Severity { get; init; }
    public string? Polarity { get; init; }
    public bool? Sudden { get; init; }
    public string? Scope { get; init; }
    public string? Truth { get; init; }
    /// <summary>The 核实结论 as written when it is not a recognised word (then <see cref="Truth"/> is null): never guessed.</summary>
    public string? UnknownTruth { get; init; }

    private static readonly string[] Severities = ["特别重大", "重大", "较大", "一般"];

    public static CaseFacts Resolve(Case c, RulePack pack)
    {
        string? severity = Canonical(c.Severity, Severities);
        string? polarity = c.Polarity?.Trim() switch
        {
            null or "" => null,
            var p when p.Contains("负面") => "负面",
            var p when p.Contains("正面") => "正面",
            "中性" => "中性",
            _ => null,
        };
        bool? sudden = c.Sudden;
        foreach (var raw in new[] { c.Severity, c.Polarity })
        {
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var word = raw.Trim();
            foreach (var cw in pack.Classes)
            {
                if (cw.Word != word) continue;
                if (cw.Severity is not null && severity is null) severity = cw.Severity;
                if (cw.Polarity is not null && polarity is null) polarity = cw.Polarity;
                if (cw.Sudden is not null && sudden is null) sudden = cw.Sudden;
            }
        }
        return new CaseFacts
        {
            Severity = severity,
            Polarity = polarity,
            Sudden = sudden,
            Scope = string.IsNullOrWhiteSpace(c.Scope) ? null : c.Scope.Trim(),
            Truth = TruthWords.CanonicalTruth(c.Truth),
            UnknownTruth = !string.IsNullOrWhiteSpace(c.Truth) && TruthWords.CanonicalTruth(c.Truth) is null ? c.Truth.Trim() : null,
        };
    }

    private static string? Canonical(string? raw, string[] words)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var t = raw.Trim();
        foreach (var w in words) if (t == w) return w;
        return null;
    }

    /// <summary>Evaluates a condition with three-valued logic; events after <paramref name="asOf"/> do not exist yet.</summary>
    public Tri Evaluate(Condition cond, Case c, Instant asOf)
    {
        if (cond.IsAlways) return Tri.True;
        var acc = Tri.True;
        if (cond.Sudden is bool s) acc = And(acc, Sudden is null ? Tri.Unknown : Of(Sudden == s));
        if (!cond.Severity.IsEmpty) acc = And(acc, In(Severity, cond.Severity));
        if (!cond.Polarity.IsEmpty) acc = And(acc, In(Polarity, cond.Polarity));
        if (!cond.PolarityNot.IsEmpty) acc = And(acc, Polarity is null ? Tri.True : Of(!Contains(cond.PolarityNot, Polarity)));
        if (!cond.Scope.IsEmpty) acc = And(acc, In(Scope, cond.Scope));
        if (!cond.Truth.IsEmpty) acc = And(acc, In(Truth, cond.Truth));
        foreach (var h in cond.Has)
        {
            bool found = false;
            foreach (var e in c.Events) if (e.Kind == h && e.Time.Instant <= asOf) { found = true; break; }
            acc = And(acc, Of(found));
        }
        foreach (var kv in cond.Extra)
        {
            // an extra column is a recorded trigger (e.g. 涉嫌违法): absent or blank means none was recorded
            acc = And(acc, Of(c.Extra.TryGetValue(kv.Key, out var v) && !string.IsNullOrWhiteSpace(v) && Contains(kv.Value, v.Trim())));
        }
        if (!cond.Any.IsEmpty)
        {
            var any = Tri.False;
            foreach (var a in cond.Any) any = Or(any, Evaluate(a, c, asOf));
            acc = And(acc, any);
        }
        if (cond.Not is not null) acc = And(acc, Negate(Evaluate(cond.Not, c, asOf)));
        return acc;
    }

    private static bool Contains(System.Collections.Immutable.ImmutableArray<string> list, string v)
    {
        foreach (var x in list) if (x == v) return true;
        return false;
    }

    private static Tri In(string? value, System.Collections.Immutable.ImmutableArray<string> list) =>
        value is null ? Tri.Unknown : Of(Contains(list, value));

    private static Tri Of(bool b) => b ? Tri.True : Tri.False;

    private static Tri And(Tri a, Tri b) =>
        a == Tri.False || b == Tri.False ? Tri.False : a == Tri.Unknown || b == Tri.Unknown ? Tri.Unknown : Tri.True;

    private static Tri Or(Tri a, Tri b) =>
        a == Tri.True || b == Tri.True ? Tri.True : a == Tri.Unknown || b == Tri.Unknown ? Tri.Unknown : Tri.False;

    private static Tri Negate(Tri a) => a switch { Tri.True => Tri.False, Tri.False => Tri.True, _ => Tri.Unknown };

    /// <summary>Which recorded attributes a condition needs but the case lacks (for insufficient-data evidence).</summary>
    public string MissingFor(Condition cond)
    {
        var m = new List<string>();
        Collect(cond, m);
        return m.Count == 0 ? "适用条件所需字段" : string.Join("、", m.Distinct());
    }

    /// <summary>
    /// When every attribute the condition needs but the case lacks comes from a column its export does not have at all,
    /// the Chinese names of those columns; otherwise null (an empty cell in an existing column is the unit's gap).
    /// </summary>
    public string? NotRecordedFor(Condition cond, Case c)
    {
        var missing = new List<(string Name, string[] Ids)>();
        CollectIds(cond, missing);
        if (missing.Count == 0) return null;
        foreach (var (_, ids) in missing)
            foreach (var id in ids)
                if (c.IsRecorded(id)) return null;
        return string.Join("、", missing.Select(m => m.Name).Distinct());
    }

    private void CollectIds(Condition cond, List<(string, string[])> m)
    {
        // severity and polarity words may stand in either column (an office's classes, e.g. 004's 重大负面)
        if (cond.Sudden is not null && Sudden is null) m.Add(("突发事件", [CaseFields.Sudden]));
        if (!cond.Severity.IsEmpty && Severity is null) m.Add(("舆情等级", [CaseFields.Severity, CaseFields.Polarity]));
        if (!cond.Polarity.IsEmpty && Polarity is null) m.Add(("舆情性质", [CaseFields.Polarity, CaseFields.Severity]));
        if (!cond.Scope.IsEmpty && Scope is null) m.Add(("涉及范围", [CaseFields.Scope]));
        if (!cond.Truth.IsEmpty && Truth is null && UnknownTruth is null) m.Add(("核实结论", [CaseFields.Truth]));
        foreach (var a in cond.Any) CollectIds(a, m);
        if (cond.Not is not null) CollectIds(cond.Not, m);
    }

    private void Collect(Condition cond, List<string> m)
    {
        if (cond.Sudden is not null && Sudden is null) m.Add("突发事件");
        if (!cond.Severity.IsEmpty && Severity is null) m.Add("舆情等级");
        if (!cond.Polarity.IsEmpty && Polarity is null) m.Add("舆情性质");
        if (!cond.Scope.IsEmpty && Scope is null) m.Add("涉及范围");
        if (!cond.Truth.IsEmpty && Truth is null) m.Add(UnknownTruth is null ? "核实结论" : $"可识别的核实结论（“{UnknownTruth}”无法识别）");
        foreach (var a in cond.Any) Collect(a, m);
        if (cond.Not is not null) Collect(cond.Not, m);
    }
}
