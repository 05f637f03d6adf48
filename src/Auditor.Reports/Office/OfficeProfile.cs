using System.Collections.Immutable;
using Auditor.Core;
using Auditor.Core.Scoring;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Auditor.Reports.Office;

/// <summary>
/// How one office issues its 通报 (GB/T 9704-2012 版头, 主体, 版记): issuing office(s) for the 发文机关标志, the
/// 发文字号 prefix and sequence, 主送 and 抄送 recipients, 印发机关, the signing office(s) of the 落款. One YAML file
/// per office under rules/offices/; nothing of it is hard-coded. Its `policy:` section is the office's own assessment
/// policy (考核办法): lists the governing document does not prescribe (通报批评 by grade, 约谈 for repeated failure,
/// 表彰 by score), the scoring scheme and how many times “多次” is. Without `policy:` none of these lists exist.
/// </summary>
public sealed record OfficeProfile
{
    public required string Id { get; init; }
    /// <summary>Issuing offices of the 发文机关标志 (two or more for a joint document, 联合行文), first = 主办机关.</summary>
    public required ImmutableArray<string> Issuers { get; init; }
    /// <summary>Word after the issuer name(s) in the 发文机关标志 ("文件"); empty for the bare name.</summary>
    public string MarkSuffix { get; init; } = "文件";
    /// <summary>发文字号 prefix, e.g. 潢政办.</summary>
    public required string NumberPrefix { get; init; }
    /// <summary>发文顺序号 of the notice (no leading zeros, no 第).</summary>
    public required int Sequence { get; init; }
    /// <summary>Year in 〔〕; null = year of the 成文日期.</summary>
    public int? Year { get; init; }
    /// <summary>主送机关, e.g. 各乡镇人民政府、街道办事处，县政府各部门.</summary>
    public required string MainRecipients { get; init; }
    /// <summary>抄送机关 in order; empty = no 抄送 line.</summary>
    public ImmutableArray<string> CopyTo { get; init; } = [];
    /// <summary>印发机关 (usually the office's 办公室).</summary>
    public required string PrintingOffice { get; init; }
    /// <summary>发文机关署名 of the 落款 (one per issuer for joint documents).</summary>
    public required ImmutableArray<string> Signers { get; init; }
    /// <summary>成文日期; null = the audit's as-of date.</summary>
    public LocalDate? IssueDate { get; init; }
    /// <summary>印发日期; null = 成文日期.</summary>
    public LocalDate? PrintDate { get; init; }
    /// <summary>Optional override of the notice title (template placeholders allowed).</summary>
    public string? Title { get; init; }
    /// <summary>File the profile was read from (for messages).</summary>
    public string? SourceFile { get; init; }
    /// <summary>The office's own assessment policy; null when the profile has no `policy:` (then no policy lists).</summary>
    public OfficePolicy? Policy { get; init; }

    /// <summary>
    /// The profile an audit of <paramref name="packId"/> uses: --office when given, else rules/offices/&lt;pack id&gt;.yaml,
    /// else rules/offices/national.yaml (a template with no `policy:`: lists only where the pack's document prescribes them).
    /// </summary>
    public static string FileFor(string rulesDir, string packId, string? explicitFile)
    {
        if (explicitFile is not null) return explicitFile;
        var own = Path.Combine(rulesDir, "offices", packId + ".yaml");
        return File.Exists(own) ? own : Path.Combine(rulesDir, "offices", "national.yaml");
    }

    /// <summary>发文字号, e.g. 潢政办〔2026〕12号 (GB/T 9704-2012 7.2.3).</summary>
    public string DocumentNumber(LocalDate issueDate) => $"{NumberPrefix}〔{Year ?? issueDate.Year}〕{Sequence}号";

    /// <summary>Reads a profile; any fault → <see cref="RulePackException"/> naming file:line:column and what was expected.</summary>
    public static OfficeProfile Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RulePackException($"{path}: 无法读取发文机关配置：{e.Message}", e);
        }
        return Parse(text, path);
    }

    public static OfficeProfile Parse(string yaml, string file)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try { stream.Load(parser); }
        catch (YamlException e)
        {
            throw new RulePackException($"{file}:{e.Start.Line}:{e.Start.Column}: YAML 格式错误：{e.Message}", e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            var at = parser.Current?.Start;
            throw new RulePackException($"{file}:{at?.Line ?? 1}:{at?.Column ?? 1}: YAML 格式错误（括号或引号未闭合、缩进不一致）", e);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new RulePackException($"{file}:1:1: 发文机关配置应为键值映射（id、issuers、number_prefix …）");
        var reader = new Reader(file, root);
        var known = new HashSet<string> { "id", "issuers", "mark_suffix", "number_prefix", "sequence", "year", "main_recipients",
            "copy_to", "printing_office", "signers", "issue_date", "print_date", "title", "policy" };
        foreach (var key in root.Children.Keys)
            if (key is YamlScalarNode k && !known.Contains(k.Value ?? ""))
                throw new RulePackException($"{file}:{k.Start.Line}:{k.Start.Column}: 未知的配置项“{k.Value}”，可用：{string.Join("、", known)}");
        var issuers = reader.List("issuers", required: true);
        return new OfficeProfile
        {
            Id = reader.Scalar("id", required: true)!,
            Issuers = issuers,
            MarkSuffix = reader.Scalar("mark_suffix", required: false, allowEmpty: true) ?? "文件",
            NumberPrefix = reader.Scalar("number_prefix", required: true)!,
            Sequence = reader.Int("sequence", required: true, min: 1)!.Value,
            Year = reader.Int("year", required: false, min: 1949),
            MainRecipients = reader.Scalar("main_recipients", required: true)!,
            CopyTo = reader.List("copy_to", required: false),
            PrintingOffice = reader.Scalar("printing_office", required: true)!,
            Signers = root.Children.ContainsKey(new YamlScalarNode("signers")) ? reader.List("signers", required: true) : issuers,
            IssueDate = reader.Date("issue_date"),
            PrintDate = reader.Date("print_date"),
            Title = reader.Scalar("title", required: false),
            SourceFile = file,
            Policy = ReadPolicy(file, root),
        };
    }

    private static OfficePolicy? ReadPolicy(string file, YamlMappingNode root)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("policy"), out var node)) return null;
        if (node is not YamlMappingNode map)
            throw new RulePackException($"{file}:{node.Start.Line}:{node.Start.Column}: “policy”应为键值映射（criticism、interview、commendation、scheme …）");
        OfficePolicy? policy;
        try
        {
            var text = new StringWriter();
            new YamlStream(new YamlDocument(map)).Save(text, assignAnchors: false);
            policy = new YamlDotNet.Serialization.DeserializerBuilder()
                .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance)
                .Build().Deserialize<OfficePolicy>(text.ToString());
        }
        catch (YamlException e)
        {
            throw new RulePackException($"{file}:{map.Start.Line + e.Start.Line - 1}:{e.Start.Column}: policy 无法读取：{e.InnerException?.Message ?? e.Message}", e);
        }
        policy ??= new OfficePolicy();
        var problems = policy.Validate();
        if (problems.Count > 0) throw new RulePackException($"{file}:{map.Start.Line}:{map.Start.Column}: policy 有误：{string.Join("；", problems)}");
        return policy;
    }

    private sealed class Reader(string file, YamlMappingNode root)
    {
        private YamlNode? Node(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var n) ? n : null;

        private string Where(YamlNode? n) => n is null ? $"{file}:{root.Start.Line}:{root.Start.Column}" : $"{file}:{n.Start.Line}:{n.Start.Column}";

        public string? Scalar(string key, bool required, bool allowEmpty = false)
        {
            var n = Node(key);
            if (n is null)
            {
                if (required) throw new RulePackException($"{Where(null)}: 缺少必填项“{key}”");
                return null;
            }
            if (n is not YamlScalarNode s) throw new RulePackException($"{Where(n)}: “{key}”应为文字，不能是列表或映射");
            var v = s.Value?.Trim() ?? "";
            if (v.Length == 0 && !allowEmpty)
            {
                if (required) throw new RulePackException($"{Where(n)}: “{key}”不能为空");
                return null;
            }
            return v;
        }

        public int? Int(string key, bool required, int min)
        {
            var s = Scalar(key, required);
            if (s is null) return null;
            if (!int.TryParse(s, out var v) || v < min)
                throw new RulePackException($"{Where(Node(key))}: “{key}”应为不小于 {min} 的整数（不加“第”、不补零），实际为“{s}”");
            return v;
        }

        public LocalDate? Date(string key)
        {
            var s = Scalar(key, required: false);
            if (s is null) return null;
            // A configuration file has one date spelling: a strict ISO check, not the lenient TimeTextParser.
            var r = LocalDatePattern.Iso.Parse(s);
            if (!r.Success) throw new RulePackException($"{Where(Node(key))}: “{key}”应为日期 YYYY-MM-DD，实际为“{s}”");
            return r.Value;
        }

        public ImmutableArray<string> List(string key, bool required)
        {
            var n = Node(key);
            if (n is null)
            {
                if (required) throw new RulePackException($"{Where(null)}: 缺少必填项“{key}”");
                return [];
            }
            if (n is YamlScalarNode single && !string.IsNullOrWhiteSpace(single.Value)) return [single.Value.Trim()];
            if (n is not YamlSequenceNode seq) throw new RulePackException($"{Where(n)}: “{key}”应为列表");
            var b = ImmutableArray.CreateBuilder<string>();
            foreach (var item in seq.Children)
            {
                if (item is not YamlScalarNode s || string.IsNullOrWhiteSpace(s.Value))
                    throw new RulePackException($"{Where(item)}: “{key}”的每一项应为非空文字");
                b.Add(s.Value.Trim());
            }
            if (required && b.Count == 0) throw new RulePackException($"{Where(n)}: “{key}”至少需要一项");
            return b.ToImmutable();
        }
    }
}
