using Auditor.Core;
using Auditor.Core.Yaml;
using Auditor.Ingest.Tables;
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

    /// <summary>
    /// Reads a map file (UTF-8, UTF-16 or GB18030, as <see cref="TextFile"/> reads them); every mistake at once, each at
    /// its file:line:column, as an <see cref="InputException"/>.
    /// </summary>
    public static HeaderMap Load(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}：列名映射文件不存在");
        return YamlReader.Load(TextFile.ReadAllText(path), path, "文件列名: 规范字段", (r, root) => Read(r, root, path), m => new InputException(m));
    }

    private static HeaderMap Read(YamlReader r, YamlMappingNode root, string path)
    {
        var d = new Dictionary<string, (string, ColumnTarget)>();
        if (root.Children.Count == 1 && root.Children.First() is { Key: YamlScalarNode { Value: "columns" }, Value: YamlMappingNode inner })
            root = inner;
        foreach (var (k, v) in root.Children)
        {
            if (k is not YamlScalarNode { Value: { } header } || v is not YamlScalarNode { Value: { } target })
            {
                r.Error(k, "每一项应为“文件列名: 规范字段”");
                continue;
            }
            if (HeaderVocabulary.ResolveTarget(target) is { } t) d[HeaderVocabulary.Normalize(header)] = (header, t);
            else r.Error(v, $"列“{header}”的目标“{target}”不是已知的字段或事件；{KnownTargets}");
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
