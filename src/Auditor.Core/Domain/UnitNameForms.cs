using System.Text;
using System.Text.RegularExpressions;

namespace Auditor.Core.Domain;

/// <summary>
/// How offices write unit names: full-width letters and digits (ＨＣ２２), blanks, and common short forms of Chinese
/// government unit names (…街道办 for …街道办事处, 卫健委 for 卫生健康委员会, 住建局 for 住房和城乡建设局), often without
/// the county in front (县住建局, 住建局). <see cref="Key"/> is the exact comparison form; <see cref="ShortKey"/> rewrites
/// the long forms to one short form, so that every spelling of a name meets the same key.
/// </summary>
public static partial class UnitNameForms
{
    /// <summary>
    /// Long form → the short form offices write. Longest first, so a longer form is rewritten before a part of it;
    /// different long spellings of one body share a short form (住房和城乡建设局, 住房城乡建设局 → 住建局). Names
    /// of bodies that are often called either way (卫健局/卫健委, 自然资源局/资规局) share one too.
    /// </summary>
    private static readonly (string Long, string Short)[] ShortForms = SortLongestFirst(
    [
        ("中国共产党", "中共"),
        ("人民政府办公室", "政府办"), ("政府办公室", "政府办"),
        ("街道办事处", "街道"), ("街道办", "街道"),
        ("镇人民政府", "镇"), ("镇政府", "镇"), ("乡人民政府", "乡"), ("乡政府", "乡"),
        ("人民政府", "政府"),
        ("卫生健康委员会", "卫健委"), ("卫生和健康委员会", "卫健委"), ("卫生健康委", "卫健委"), ("卫生健康局", "卫健委"), ("卫健局", "卫健委"),
        ("发展和改革委员会", "发改委"), ("发展改革委员会", "发改委"), ("发展和改革局", "发改局"), ("发展改革局", "发改局"),
        ("住房和城乡建设局", "住建局"), ("住房城乡建设局", "住建局"), ("住房和城乡建设委员会", "住建委"),
        ("人力资源和社会保障局", "人社局"), ("人力资源社会保障局", "人社局"),
        ("市场监督管理局", "市场监管局"),
        ("自然资源和规划局", "资规局"), ("自然资源规划局", "资规局"), ("自然资源局", "资规局"),
        ("教育和体育局", "教体局"), ("教育体育局", "教体局"),
        ("文化广电体育和旅游局", "文旅局"), ("文化广电新闻出版旅游局", "文旅局"), ("文化广电和旅游局", "文旅局"),
        ("文化广电旅游局", "文旅局"), ("文化和旅游局", "文旅局"), ("文化旅游局", "文旅局"), ("文广旅局", "文旅局"), ("文广新旅局", "文旅局"),
        ("应急管理局", "应急局"),
        ("交通运输局", "交通局"),
        ("城市管理和综合执法局", "城管局"), ("城市管理综合执法局", "城管局"), ("城市管理局", "城管局"),
        ("医疗保障局", "医保局"),
        ("退役军人事务局", "退役军人局"),
        ("民族和宗教事务局", "民宗局"), ("民族宗教事务局", "民宗局"),
        ("工业和信息化局", "工信局"), ("科学技术局", "科技局"),
        ("政务服务和大数据管理局", "政数局"), ("政务服务和数据管理局", "政数局"),
        ("行政审批服务局", "审批局"),
        ("生态环境分局", "环境分局"), ("生态环境局", "环境局"),
        ("管理委员会", "管委会"),
        ("委员会", "委"),
        ("办公室", "办"),
    ]);

    /// <summary>The exact comparison form: NFKC (full-width letters, digits and brackets → half-width), no blanks, ASCII letters upper-case.</summary>
    public static string Key(string s)
    {
        var n = s.IsNormalized(NormalizationForm.FormKC) ? s : s.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(n.Length);
        foreach (var c in n)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c is >= 'a' and <= 'z' ? (char)(c - 32) : c);
        }
        return sb.ToString();
    }

    /// <summary>The short-form key of a name as written: its <see cref="Key"/> with every long form rewritten to its short form.</summary>
    public static string ShortKey(string s)
    {
        var k = Key(s);
        foreach (var (l, sh) in ShortForms)
            if (k.Contains(l, StringComparison.Ordinal)) k = k.Replace(l, sh, StringComparison.Ordinal);
        return k;
    }

    /// <summary>
    /// The short-form keys under which a registry name is found: its <see cref="ShortKey"/>, and without the places in
    /// front (潢川县住建局 → 住建局, 县住建局; 信阳市潢川县… → 潢川县…, …). A rest shorter than three characters is too
    /// generic to stand for a unit (城区街道 → 街道 is not a key).
    /// </summary>
    public static IEnumerable<string> RegistryKeys(string name)
    {
        var k = ShortKey(name);
        yield return k;
        while (PlacePrefix().Match(k) is { Success: true } m)
        {
            var level = m.Groups["level"].Value;
            k = m.Groups["rest"].Value;
            yield return k;
            yield return level + k;
        }
    }

    private static (string, string)[] SortLongestFirst((string Long, string Short)[] forms) =>
        [.. forms.OrderByDescending(f => f.Long.Length)];

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,8}?(?<level>省|自治区|市|自治州|州|盟|县|自治县|区|旗)(?<rest>\p{IsCJKUnifiedIdeographs}.{2,})$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePrefix();
}
