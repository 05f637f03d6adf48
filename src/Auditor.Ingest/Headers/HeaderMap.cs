using Auditor.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Auditor.Ingest.Headers;

/// <summary>
/// A user's mapping of file headers to canonical targets (`--map FILE`), YAML:
/// <code>
/// # 文件中的列名: 规范字段或事件（id 或规范列名）
/// 首报时间: discovered
/// 处置责任单位: 责任单位
/// 内部编号: ignore
/// </code>
/// The entries may also sit under a top-level <c>columns:</c> key. Entries take precedence over the built-in vocabulary.
/// </summary>
public sealed class HeaderMap
{
    private readonly Dictionary<string, (string Header, ColumnTarget Target)> _entries;

    private HeaderMap(string path, Dictionary<string, (string, ColumnTarget)> entries)
    {
        Path = path;
        _entries = entries;
    }

    public string Path { get; }

    /// <summary>Headers as written in the map file → target id.</summary>
    public IReadOnlyDictionary<string, string> Entries => _entries.Values.ToDictionary(e => e.Header, e => e.Target.Id);

    public static HeaderMap FromEntries(IEnumerable<KeyValuePair<string, string>> entries, string path = "(map)")
    {
        var d = new Dictionary<string, (string, ColumnTarget)>();
        foreach (var (h, t) in entries)
        {
            var target = HeaderVocabulary.ResolveTarget(t) ?? throw new InputException($"{path}：列“{h}”的目标“{t}”不是已知的字段或事件；{KnownTargets}");
            d[HeaderVocabulary.Normalize(h)] = (h, target);
        }
        return new HeaderMap(path, d);
    }

    public static HeaderMap Load(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}：列名映射文件不存在");
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true))
        {
            var scanner = new Scanner(reader);
            try
            {
                yaml.Load(new Parser(scanner));
            }
            catch (YamlException e)
            {
                throw new InputException($"{path}:{e.Start.Line}:{e.Start.Column}：列名映射文件不是有效的 YAML（{e.Message}）", e);
            }
            catch (InvalidOperationException e)
            {
                // YamlDotNet 16 throws this (without a mark) on some malformed input, e.g. a "{" never closed.
                var at = scanner.CurrentPosition;
                throw new InputException($"{path}:{at.Line}:{at.Column}：列名映射文件不是有效的 YAML（结构不完整，例如未闭合的 [ 或 {{）", e);
            }
        }
        var d = new Dictionary<string, (string, ColumnTarget)>();
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new InputException($"{path}：列名映射文件应为“文件列名: 规范字段”的映射");
        if (root.Children.Count == 1 && root.Children.First() is { Key: YamlScalarNode { Value: "columns" }, Value: YamlMappingNode inner })
            root = inner;
        foreach (var (k, v) in root.Children)
        {
            if (k is not YamlScalarNode { Value: { } header } || v is not YamlScalarNode { Value: { } target })
                throw new InputException($"{path}:{k.Start.Line}:{k.Start.Column}：每一项应为“文件列名: 规范字段”");
            var t = HeaderVocabulary.ResolveTarget(target)
                ?? throw new InputException($"{path}:{v.Start.Line}:{v.Start.Column}：列“{header}”的目标“{target}”不是已知的字段或事件；{KnownTargets}");
            d[HeaderVocabulary.Normalize(header)] = (header, t);
        }
        return new HeaderMap(path, d);
    }

    /// <summary>The target for a header as written, or null when the map does not mention it.</summary>
    public ColumnTarget? Lookup(string header) =>
        _entries.TryGetValue(HeaderVocabulary.Normalize(header), out var e) ? e.Target : null;

    /// <summary>Map entries whose header appears in none of <paramref name="seenHeaders"/> (as written in the map).</summary>
    public IReadOnlyList<string> Unused(IEnumerable<string> seenHeaders)
    {
        var seen = seenHeaders.Select(HeaderVocabulary.Normalize).ToHashSet();
        return _entries.Where(e => !seen.Contains(e.Key)).Select(e => e.Value.Header).ToList();
    }

    private static string KnownTargets => "可用的目标：" + string.Join("、", HeaderVocabulary.TargetIds) + "，或任一规范列名（如 发现时间）";
}
