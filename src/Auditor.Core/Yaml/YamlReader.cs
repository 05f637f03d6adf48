using System.Collections.Immutable;
using System.Globalization;
using Auditor.Core.Rules;
using NodaTime.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Auditor.Core.Yaml;

/// <summary>
/// The one reader of the YAML files the program is configured with (rule packs, calendars, office profiles, column
/// maps): parses a file into nodes and reads values out of them, recording every problem as a
/// <see cref="PackDiagnostic"/> at the file:line:column of the node that has it. Reading goes on after a problem (a
/// value that could not be read is null), so one pass reports every mistake; <see cref="ThrowIfErrors"/> stops there.
/// </summary>
public sealed class YamlReader(string file, List<PackDiagnostic> diagnostics)
{
    public YamlReader(string file) : this(file, []) { }

    /// <summary>The file as messages name it.</summary>
    public string File { get; } = file;

    public IReadOnlyList<PackDiagnostic> Diagnostics => diagnostics;

    /// <summary>A reader of another file of the same load (a pack's parent), reporting into the same list.</summary>
    public YamlReader For(string otherFile) => new(otherFile, diagnostics);

    public bool HasErrors => diagnostics.Any(d => d.IsError);

    public void Error(YamlNode? node, string message) => Add(new PackDiagnostic(File, Line(node), Column(node), message));

    public void ErrorAt(int line, int column, string message) => Add(new PackDiagnostic(File, line, column, message));

    public void Warn(YamlNode? node, string message) => Add(new PackDiagnostic(File, Line(node), Column(node), message, IsError: false));

    // a value inherited through `extends` is read again for each pack that extends it: its mistake is reported once
    private void Add(PackDiagnostic d)
    {
        if (!diagnostics.Contains(d)) diagnostics.Add(d);
    }

    /// <summary>Throws what <paramref name="exception"/> makes of the errors (one "file:line:column: 错误：…" per line), if any.</summary>
    public void ThrowIfErrors(Func<string, Exception> exception)
    {
        var errors = diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        if (errors.Count > 0) throw exception(string.Join("\n", errors));
    }

    public static int Line(YamlNode? node) => node is null ? 1 : (int)node.Start.Line;
    public static int Column(YamlNode? node) => node is null ? 1 : (int)node.Start.Column;

    /// <summary>
    /// Reads a whole file's text with <paramref name="read"/> (given the root mapping) and throws what
    /// <paramref name="exception"/> makes of every mistake found, if any: the way a configuration file is loaded.
    /// </summary>
    public static T Load<T>(string text, string file, string expected, Func<YamlReader, YamlMappingNode, T?> read,
        Func<string, Exception> exception) where T : class
    {
        var r = new YamlReader(file);
        var root = r.ParseMapping(new StringReader(text), expected);
        var value = root is null ? null : read(r, root);
        r.ThrowIfErrors(exception);
        return value ?? throw exception($"{file}:1:1: 错误：文件应为一个 YAML 映射（{expected}）");
    }

    /// <summary>
    /// The first document's root node, or null (a syntax error is reported where the parser stopped; an empty file is
    /// reported as not being <paramref name="expected"/>).
    /// </summary>
    public YamlMappingNode? ParseMapping(TextReader text, string expected)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(text);
        try { stream.Load(new Parser(scanner)); }
        catch (YamlException ex)
        {
            ErrorAt((int)ex.Start.Line, (int)ex.Start.Column, $"YAML 语法错误：{ex.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this (without a mark) on some malformed input, e.g. a "{" never closed: report where the scanner stopped
            var at = scanner.CurrentPosition;
            ErrorAt((int)at.Line, (int)at.Column, "YAML 语法错误：结构不完整（例如未闭合的 [ 或 {）。");
            return null;
        }
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root) return root;
        ErrorAt(1, 1, $"文件应为一个 YAML 映射（{expected}），实际为空或不是映射");
        return null;
    }

    public static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var kv in map.Children)
            if (kv.Key is YamlScalarNode k && k.Value == key) return kv.Value;
        return null;
    }

    /// <summary>Absent, or written as nothing (<c>key:</c>, <c>~</c>, <c>null</c>).</summary>
    public static bool IsNull(YamlNode? n) =>
        n is null || (n is YamlScalarNode s && (s.Value is null || s.Value is "" or "~" or "null") && s.Style == ScalarStyle.Plain);

    /// <summary>The key's node when it has a value; when absent or written as nothing, an error and null.</summary>
    public YamlNode? Required(YamlMappingNode map, string key)
    {
        var n = Get(map, key);
        if (n is null) Error(map, $"缺少必填项“{key}”");
        else if (IsNull(n)) Error(n, $"“{key}”不能为空");
        else return n;
        return null;
    }

    /// <summary>Text (trimmed); null when absent or written as nothing (an error when required, as is blank text).</summary>
    public string? Str(YamlMappingNode map, string key, bool required = false)
    {
        var n = required ? Required(map, key) : Get(map, key);
        if (IsNull(n)) return null;
        if (n is not YamlScalarNode s)
        {
            Error(n, $"“{key}”应为文字，不能是列表或映射");
            return null;
        }
        var text = s.Value?.Trim() ?? "";
        if (required && text.Length == 0)
        {
            Error(n, $"“{key}”不能为空");
            return null;
        }
        return text;
    }

    /// <summary>A scalar node's non-blank text (trimmed), else an error at the node; null for no node.</summary>
    public string? Text(YamlNode? node, string what)
    {
        if (node is null) return null;  // absent: reported where it was required
        if (node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) return v.Trim();
        Error(node, $"“{what}”应为非空文字");
        return null;
    }

    public double? Number(YamlMappingNode map, string key) => Number(Get(map, key), key);

    public double? Number(YamlNode? node, string what)
    {
        if (IsNull(node)) return null;
        if (node is YamlScalarNode { Value: { } t }
            && double.TryParse(t.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        Error(node, $"“{what}”应为数字，实际为“{Shown(node)}”");
        return null;
    }

    /// <summary>A whole number in [min, max]; null when absent.</summary>
    public int? Int(YamlMappingNode map, string key, int min, int max = int.MaxValue) => Int(Get(map, key), key, min, max);

    public int? Int(YamlNode? node, string what, int min, int max = int.MaxValue)
    {
        if (IsNull(node)) return null;
        if (node is YamlScalarNode { Value: { } t }
            && int.TryParse(t.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        Error(node, max == int.MaxValue
            ? $"“{what}”应为不小于 {min} 的整数，实际为“{Shown(node)}”"
            : $"“{what}”应为 {min} 到 {max} 之间的整数，实际为“{Shown(node)}”");
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
        Error(Get(map, key), $"“{key}”应为 true 或 false，实际为“{t}”");
        return null;
    }

    /// <summary>A date in the one spelling configuration files use (yyyy-MM-dd): strict ISO, not the lenient reader of typed times.</summary>
    public NodaTime.LocalDate? Date(YamlMappingNode map, string key) => Date(Get(map, key), key);

    public NodaTime.LocalDate? Date(YamlNode? node, string what)
    {
        if (IsNull(node)) return null;
        var r = LocalDatePattern.Iso.Parse((node as YamlScalarNode)?.Value?.Trim() ?? "");
        if (r.Success) return r.Value;
        Error(node, $"“{what}”应为日期 yyyy-MM-dd（如 2026-10-01），实际为“{Shown(node)}”");
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
                else Error(item, $"“{key}”的每一项应为非空文字");
            }
            return b.ToImmutable();
        }
        Error(n, $"“{key}”应为列表");
        return [];
    }

    public YamlMappingNode? Map(YamlMappingNode map, string key) => Map(Get(map, key), key);

    public YamlMappingNode? Map(YamlNode? node, string what) => Node<YamlMappingNode>(node, what, "映射（键: 值）");

    public YamlSequenceNode? Seq(YamlMappingNode map, string key) => Seq(Get(map, key), key);

    public YamlSequenceNode? Seq(YamlNode? node, string what) => Node<YamlSequenceNode>(node, what, "列表（以 - 开头的各项）");

    /// <summary>The node as a mapping or a sequence; null when absent or written as nothing, an error when it is something else.</summary>
    private T? Node<T>(YamlNode? node, string what, string expected) where T : YamlNode
    {
        if (IsNull(node)) return null;
        if (node is T t) return t;
        Error(node, $"“{what}”应为{expected}");
        return null;
    }

    /// <summary>A key written with no value where a section is expected: an error naming what to do instead.</summary>
    public bool NotNull(YamlMappingNode map, string key, string instead)
    {
        var n = Get(map, key);
        if (n is null || !IsNull(n)) return true;
        Error(n, $"“{key}”不能写成空值（{instead}）");
        return false;
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

    private static string Shown(YamlNode? node) => node is YamlScalarNode s ? s.Value ?? "" : node is YamlSequenceNode ? "列表" : "映射";
}
