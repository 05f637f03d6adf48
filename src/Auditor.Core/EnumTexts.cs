using Auditor.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace Auditor.Core;

/// <summary>
/// The id and label table of every enum (EnumTexts.yaml, embedded in this assembly), read once through the project's
/// YAML reader. A mistake in it is a programming error, found by the enum tables test at the first lookup.
/// </summary>
internal static class EnumTexts
{
    private const string Resource = "Auditor.Core.EnumTexts.yaml";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<EnumTextRow>>> Tables = new(Read);

    /// <summary>The rows of one enum's table, in the order written.</summary>
    public static IReadOnlyList<EnumTextRow> Of(string enumName) =>
        Tables.Value.TryGetValue(enumName, out var rows) ? rows
            : throw new InvalidOperationException($"EnumTexts.yaml has no table for {enumName}");

    private static IReadOnlyDictionary<string, IReadOnlyList<EnumTextRow>> Read()
    {
        using var stream = typeof(EnumTexts).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource {Resource} is missing");
        using var text = new StreamReader(stream);
        return YamlReader.Load(text.ReadToEnd(), "EnumTexts.yaml", "枚举名 → 值名 → {id, label}", ReadTables,
            message => new InvalidOperationException(message));
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<EnumTextRow>> ReadTables(YamlReader r, YamlMappingNode root)
    {
        var tables = new Dictionary<string, IReadOnlyList<EnumTextRow>>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            if (r.Text(key, "枚举名") is not { } name || r.Map(value, name) is not { } table) continue;
            var rows = new List<EnumTextRow>();
            foreach (var (valueKey, rowNode) in table.Children)
            {
                if (r.Text(valueKey, "值名") is not { } valueName || r.Map(rowNode, $"{name}.{valueName}") is not { } row) continue;
                r.CheckKeys(row, $"{name}.{valueName}", "id", "label");
                if (r.Str(row, "id", required: true) is { } id && r.Str(row, "label", required: true) is { } label)
                    rows.Add(new EnumTextRow(valueName, id, label));
            }
            tables[name] = rows;
        }
        return tables;
    }
}

/// <summary>One row of an enum's table: the value's name, its id and its Chinese label.</summary>
internal sealed record EnumTextRow(string Name, string Id, string Label);
