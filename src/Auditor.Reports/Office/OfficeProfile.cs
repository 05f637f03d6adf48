using System.Collections.Immutable;
using Auditor.Core;
using Auditor.Core.Scoring;
using Auditor.Core.Yaml;
using NodaTime;
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

    private static readonly string[] Keys =
        ["id", "issuers", "mark_suffix", "number_prefix", "sequence", "year", "main_recipients", "copy_to", "printing_office",
         "signers", "issue_date", "print_date", "title", "policy"];

    /// <summary>Reads a profile; its faults → one <see cref="RulePackException"/> naming each at file:line:column with what was expected.</summary>
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

    public static OfficeProfile Parse(string yaml, string file) =>
        YamlReader.Load(yaml, file, "id、issuers、number_prefix …", (r, root) => Read(r, root, file), m => new RulePackException(m));

    private static OfficeProfile? Read(YamlReader r, YamlMappingNode root, string file)
    {
        r.CheckKeys(root, "发文机关配置", Keys);
        var issuers = Names(r, root, "issuers", required: true);
        var id = r.Str(root, "id", required: true);
        var prefix = r.Str(root, "number_prefix", required: true);
        var sequence = r.Int(r.Required(root, "sequence"), "sequence（发文顺序号，不加“第”、不补零）", min: 1);
        var main = r.Str(root, "main_recipients", required: true);
        var printing = r.Str(root, "printing_office", required: true);
        var policy = YamlReader.Get(root, "policy") is { } policyNode ? OfficePolicyReader.Read(r, policyNode) : null;
        if (id is null || prefix is null || sequence is null || main is null || printing is null) return null;
        return new OfficeProfile
        {
            Id = id,
            Issuers = issuers,
            MarkSuffix = YamlReader.Get(root, "mark_suffix") is null ? "文件" : r.Str(root, "mark_suffix") ?? "",
            NumberPrefix = prefix,
            Sequence = sequence.Value,
            Year = r.Int(root, "year", min: 1949),
            MainRecipients = main,
            CopyTo = Names(r, root, "copy_to", required: false),
            PrintingOffice = printing,
            Signers = YamlReader.Get(root, "signers") is null ? issuers : Names(r, root, "signers", required: true),
            IssueDate = r.Date(root, "issue_date"),
            PrintDate = r.Date(root, "print_date"),
            Title = r.Str(root, "title"),
            SourceFile = file,
            Policy = policy,
        };
    }

    /// <summary>A list of names (a single name may be written without brackets); at least one when required.</summary>
    private static ImmutableArray<string> Names(YamlReader r, YamlMappingNode root, string key, bool required)
    {
        var node = YamlReader.Get(root, key);
        if (node is null)
        {
            if (required) r.Error(root, $"缺少必填项“{key}”");
            return [];
        }
        var names = r.List(root, key);
        if (required && names.IsEmpty && node is not YamlMappingNode) r.Error(node, $"“{key}”至少需要一项");
        return names;
    }
}
