using System.Collections.Immutable;
using Auditor.Core.Domain;

namespace Auditor.Core.Rules;

/// <summary>Three-valued truth: a condition on an attribute the export did not record is Unknown.</summary>
public enum Tri { False, True, Unknown }

/// <summary>
/// `applies_when` of a rule: all listed fields must hold (AND); `any` is an OR of conditions, `not` negates one.
/// A field whose attribute is not recorded is Unknown (→ insufficient-data), except `polarity_not`, which
/// presumes a case not recorded as that polarity (释义 in the packs: an unrecorded 性质 is presumed to need a response),
/// and `extra`, a recorded trigger column (e.g. 涉嫌违法): absent or blank means no trigger was recorded (false).
/// </summary>
public sealed record Condition
{
    public static Condition Always { get; } = new();

    public ImmutableArray<string> Severity { get; init; } = [];
    public ImmutableArray<string> Polarity { get; init; } = [];
    public ImmutableArray<string> PolarityNot { get; init; } = [];
    public bool? Sudden { get; init; }
    public ImmutableArray<string> Scope { get; init; } = [];
    public ImmutableArray<string> Truth { get; init; } = [];
    /// <summary>Events that must have happened (by the as-of time), e.g. assigned for feedback.</summary>
    public ImmutableArray<EventKind> Has { get; init; } = [];
    /// <summary>Extra columns that must hold one of the values, e.g. 涉嫌违法: [是].</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Extra { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
    public ImmutableArray<Condition> Any { get; init; } = [];
    public Condition? Not { get; init; }

    public bool IsAlways =>
        Severity.IsEmpty && Polarity.IsEmpty && PolarityNot.IsEmpty && Sudden is null && Scope.IsEmpty && Truth.IsEmpty
        && Has.IsEmpty && Extra.IsEmpty && Any.IsEmpty && Not is null;

    /// <summary>Chinese description, e.g. "突发事件且等级为特别重大/重大".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Sudden is bool s) parts.Add(s ? "突发事件" : "非突发事件");
        if (!Severity.IsEmpty) parts.Add($"等级为{string.Join("/", Severity)}");
        if (!Polarity.IsEmpty) parts.Add($"性质为{string.Join("/", Polarity)}");
        if (!PolarityNot.IsEmpty) parts.Add($"性质不是{string.Join("/", PolarityNot)}");
        if (!Scope.IsEmpty) parts.Add($"涉及范围为{string.Join("/", Scope)}");
        if (!Truth.IsEmpty) parts.Add($"核实结论为{string.Join("/", Truth)}");
        foreach (var h in Has) parts.Add($"有{h.Chinese()}记录");
        foreach (var kv in Extra.OrderBy(k => k.Key, StringComparer.Ordinal)) parts.Add($"{kv.Key}为{string.Join("/", kv.Value)}");
        if (!Any.IsEmpty) parts.Add("（" + string.Join("或", Any.Select(a => a.Describe())) + "）");
        if (Not is not null) parts.Add($"不属于“{Not.Describe()}”");
        return parts.Count == 0 ? "全部舆情" : string.Join("且", parts);
    }
}
