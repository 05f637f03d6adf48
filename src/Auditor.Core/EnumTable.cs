using System.Collections.Frozen;

namespace Auditor.Core;

/// <summary>
/// The stable machine id (YAML, csv, json, history store) and the Chinese label (documents, messages) of every value
/// of one enum, written once as a table in EnumTexts.yaml (every enum's table in one place, <see cref="Load"/>). Looked
/// up by value, never by position: reordering the enum changes no id. A value missing from its table is a programming
/// error (the enum tables test finds it).
/// </summary>
public sealed class EnumTable<T> where T : struct, Enum
{
    private readonly FrozenDictionary<T, (string Id, string Label)> _byValue;

    public EnumTable(params (T Value, string Id, string Label)[] rows)
    {
        var byValue = new Dictionary<T, (string, string)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, id, label) in rows)
        {
            if (!byValue.TryAdd(value, (id, label))) throw new ArgumentException($"{typeof(T).Name}.{value} appears twice in its table");
            if (!ids.Add(id)) throw new ArgumentException($"{typeof(T).Name}: id '{id}' appears twice");
            if (!labels.Add(label)) throw new ArgumentException($"{typeof(T).Name}: label '{label}' appears twice");
        }
        _byValue = byValue.ToFrozenDictionary();
        Values = [.. rows.Select(r => r.Value)];
    }

    /// <summary>The table of <typeparamref name="T"/> written in EnumTexts.yaml (rows found by the value's name).</summary>
    public static EnumTable<T> Load()
    {
        var names = Enum.GetNames<T>();
        return new([.. EnumTexts.Of(typeof(T).Name).Select(row => names.Contains(row.Name, StringComparer.Ordinal)
            ? (Enum.Parse<T>(row.Name), row.Id, row.Label)
            : throw new InvalidOperationException($"EnumTexts.yaml: {typeof(T).Name} has no value named {row.Name}"))]);
    }

    /// <summary>The values in table order (the order lists and messages show them in).</summary>
    public IReadOnlyList<T> Values { get; }

    public bool Contains(T value) => _byValue.ContainsKey(value);

    public string Id(T value) => Row(value).Id;

    public string Label(T value) => Row(value).Label;

    /// <summary>The value whose id is <paramref name="text"/> (surrounding blanks ignored).</summary>
    public bool TryParseId(string text, out T value, StringComparison comparison = StringComparison.Ordinal)
    {
        var t = text.Trim();
        foreach (var v in Values)
            if (string.Equals(_byValue[v].Id, t, comparison)) { value = v; return true; }
        value = default;
        return false;
    }

    /// <summary>The value whose id or Chinese label is <paramref name="text"/> (surrounding blanks ignored).</summary>
    public bool TryParse(string text, out T value, StringComparison idComparison = StringComparison.Ordinal)
    {
        if (TryParseId(text, out value, idComparison)) return true;
        var t = text.Trim();
        foreach (var v in Values)
            if (_byValue[v].Label == t) { value = v; return true; }
        value = default;
        return false;
    }

    /// <summary>"a、b、c": every id, for a message listing what may be written.</summary>
    public string IdList => string.Join("、", Values.Select(Id));

    private (string Id, string Label) Row(T value) =>
        _byValue.TryGetValue(value, out var row) ? row
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name}.{value} has no row in its table");
}
