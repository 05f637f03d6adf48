using System.Collections.Immutable;

namespace Auditor.Core.Domain;

/// <summary>How a name as written was matched to the registry.</summary>
public enum UnitMatchKind
{
    /// <summary>No unit of the registry has this name, alias, code or short form.</summary>
    None,
    /// <summary>The code, name or an alias (blanks and full-width/half-width aside).</summary>
    Exact,
    /// <summary>A common short form that fits exactly one unit (卫健委 → 潢川县卫生健康委员会).</summary>
    ShortForm,
    /// <summary>A short form that fits several units: not resolved.</summary>
    Ambiguous,
}

/// <summary>The outcome of matching a name: the unit (Exact, ShortForm), or the candidates (Ambiguous).</summary>
public sealed record UnitMatch(UnitMatchKind Kind, Unit? Unit, ImmutableArray<Unit> Candidates)
{
    public static UnitMatch None { get; } = new(UnitMatchKind.None, null, []);
}

/// <summary>
/// The unit registry (单位名录). Names in exports are matched through codes, names and aliases, ignoring blanks and
/// full-width/half-width differences (ＨＣ２２ = HC22); failing that, through the common short forms of government unit
/// names (<see cref="UnitNameForms"/>), when they fit exactly one unit.
/// </summary>
public sealed class UnitRegistry
{
    private readonly Dictionary<string, Unit> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Unit>> _byShortKey = new(StringComparer.Ordinal);

    public UnitRegistry(IEnumerable<Unit> units)
    {
        Units = units.ToImmutableArray();
        foreach (var u in Units)
        {
            Add(u.Code, u);
            Add(u.Name, u);
            foreach (var a in u.Aliases) Add(a, u);
        }
        foreach (var u in Units)
            foreach (var name in u.Aliases.Prepend(u.Name))
                foreach (var k in UnitNameForms.RegistryKeys(name))
                {
                    if (!_byShortKey.TryGetValue(k, out var list)) _byShortKey[k] = list = [];
                    if (!list.Contains(u)) list.Add(u);
                }
    }

    public static UnitRegistry Empty { get; } = new([]);

    public ImmutableArray<Unit> Units { get; }

    public Unit? ByCode(string code) => Units.FirstOrDefault(u => u.Code == code);

    /// <summary>The unit a name stands for: exact, or a short form that fits one unit; null when unknown or ambiguous.</summary>
    public Unit? Resolve(string? text) => Match(text).Unit;

    /// <summary>Matches a name as written: exactly, else by its short form (unique → the unit, several → the candidates).</summary>
    public UnitMatch Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return UnitMatch.None;
        if (_byKey.TryGetValue(Normalize(text), out var u)) return new UnitMatch(UnitMatchKind.Exact, u, []);
        if (!_byShortKey.TryGetValue(UnitNameForms.ShortKey(text), out var list)) return UnitMatch.None;
        return list.Count == 1
            ? new UnitMatch(UnitMatchKind.ShortForm, list[0], [])
            : new UnitMatch(UnitMatchKind.Ambiguous, null, [.. list]);
    }

    public UnitRef Ref(string raw) => new(raw.Trim(), Resolve(raw));

    /// <summary>Separators between unit names in a list cell: 、，,；;</summary>
    public static readonly char[] ListSeparators = ['、', '，', ',', '；', ';'];

    public static IEnumerable<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private void Add(string? key, Unit u)
    {
        if (string.IsNullOrWhiteSpace(key)) return;
        _byKey.TryAdd(Normalize(key), u);
    }

    /// <summary>The exact comparison form of a name or code (<see cref="UnitNameForms.Key"/>).</summary>
    public static string Normalize(string s) => UnitNameForms.Key(s);
}
