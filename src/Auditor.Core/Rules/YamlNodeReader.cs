using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Auditor.Core.Rules;

/// <summary>Reads values out of a YAML node tree, recording a positioned diagnostic for every type error.</summary>
internal sealed class YamlNodeReader(string file, List<PackDiagnostic> diagnostics)
{
    public string File { get; } = file;

    public void Error(YamlNode? node, string message) =>
        diagnostics.Add(new PackDiagnostic(File, Line(node), Column(node), message));

    public void ErrorAt(int line, int column, string message) =>
        diagnostics.Add(new PackDiagnostic(File, line, column, message));

    public static int Line(YamlNode? node) => node is null ? 1 : (int)node.Start.Line;
    public static int Column(YamlNode? node) => node is null ? 1 : (int)node.Start.Column;

    public static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var kv in map.Children)
            if (kv.Key is YamlScalarNode k && k.Value == key) return kv.Value;
        return null;
    }

    public static bool IsNull(YamlNode? n) => n is null || (n is YamlScalarNode s && (s.Value is null || s.Value is "" or "~" or "null") && s.Style == YamlDotNet.Core.ScalarStyle.Plain);

    public string? Str(YamlMappingNode map, string key, bool required = false)
    {
        var n = Get(map, key);
        if (IsNull(n))
        {
            if (required) Error(map, $"缺少必填字段“{key}”");
            return null;
        }
        if (n is YamlScalarNode s) return s.Value?.Trim();
        Error(n, $"字段“{key}”应为文本");
        return null;
    }

    public double? Number(YamlMappingNode map, string key)
    {
        var t = Str(map, key);
        if (t is null) return null;
        if (double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)) return d;
        Error(Get(map, key), $"字段“{key}”应为数字，实际为“{t}”");
        return null;
    }

    public bool? Bool(YamlMappingNode map, string key)
    {
        var t = Str(map, key);
        if (t is null) return null;
        switch (t.ToLowerInvariant())
        {
            case "true" or "yes" or "是": return true;
            case "false" or "no" or "否": return false;
        }
        Error(Get(map, key), $"字段“{key}”应为 true 或 false，实际为“{t}”");
        return null;
    }

    /// <summary>A list of words, written as a YAML sequence or a single scalar.</summary>
    public ImmutableArray<string> List(YamlMappingNode map, string key)
    {
        var n = Get(map, key);
        if (IsNull(n)) return [];
        if (n is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? [] : [s.Value!.Trim()];
        if (n is YamlSequenceNode seq)
        {
            var b = ImmutableArray.CreateBuilder<string>();
            foreach (var item in seq)
            {
                if (item is YamlScalarNode x && !string.IsNullOrWhiteSpace(x.Value)) b.Add(x.Value!.Trim());
                else Error(item, $"“{key}”的每一项应为文本");
            }
            return b.ToImmutable();
        }
        Error(n, $"字段“{key}”应为列表");
        return [];
    }

    public YamlMappingNode? Map(YamlMappingNode map, string key)
    {
        var n = Get(map, key);
        if (IsNull(n)) return null;
        if (n is YamlMappingNode m) return m;
        Error(n, $"字段“{key}”应为映射（键: 值）");
        return null;
    }

    public YamlSequenceNode? Seq(YamlMappingNode map, string key)
    {
        var n = Get(map, key);
        if (IsNull(n)) return null;
        if (n is YamlSequenceNode s) return s;
        Error(n, $"字段“{key}”应为列表");
        return null;
    }

    public void CheckKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var kv in map.Children)
        {
            var k = (kv.Key as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(allowed, k) < 0)
                Error(kv.Key, $"{what}中有未知字段“{k}”（可用字段：{string.Join("、", allowed)}）");
        }
    }
}
