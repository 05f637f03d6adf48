using System.Collections.Immutable;

namespace Auditor.Core.Domain;

/// <summary>
/// The unit registry (单位名录). Names in exports are matched through codes, names and aliases, ignoring
/// surrounding blanks and full-width/half-width differences of parentheses.
/// </summary>
public sealed class UnitRegistry
{
    private readonly Dictionary<string, Unit> _byKey = new(StringComparer.Ordinal);

    public UnitRegistry(IEnumerable<Unit> units)
    {
        Units = units.ToImmutableArray();
        foreach (var u in Units)
        {
            Add(u.Code, u);
            Add(u.Name, u);
            foreach (var a in u.Aliases) Add(a, u);
        }
    }

    public static UnitRegistry Empty { get; } = new([]);

    public ImmutableArray<Unit> Units { get; }

    public Unit? ByCode(string code) => Units.FirstOrDefault(u => u.Code == code);

    public Unit? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return _byKey.TryGetValue(Normalize(text), out var u) ? u : null;
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

    internal static string Normalize(string s) =>
        s.Trim().Replace('（', '(').Replace('）', ')').Replace(" ", "").Replace("\u3000", "");
}
