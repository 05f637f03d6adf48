using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Auditor.Ingest.Tests.Fuzz;

/// <summary>Generators of cell text, header rows and encodings shared by the reader fuzzers.</summary>
internal static class FuzzValues
{
    /// <summary>Headers a ledger or event log may carry: canonical names, synonyms, decorated spellings and junk.</summary>
    public static readonly string[] Headers =
    [
        "舆情编号", "编号", "序号", "case_id", "填报单位", "报送单位", "舆情标题", "标题", "来源平台", "舆情等级", "舆情性质",
        "突发事件", "涉及范围", "主管部门", "责任单位", "回应单位", "核实结论", "办理时限", "是否归档",
        "发现时间", "监测时间", "上报时间", "研判时间", "交办时间", "回应时间", "澄清时间", "办结时间", "归档时间",
        "环节", "时间", "办理单位", "说明", "渠道",
        "*发现时间(必填)", " 舆情 编号 ", "备注", "附件", "", "=SUM(A1)", "舆情编号",
    ];

    /// <summary>Values an office's export holds, good and bad (no header words, no NUL).</summary>
    public static readonly string[] Interesting =
    [
        "", " ", "　", "2026-08-01 09:00", "2026/8/1 9:00:05", "2026年8月1日9时20分", "2026-08-01", "2026-13-45 25:61",
        "2026-02-30 10:00", "昨天下午", "8月15日上午", "45870.375", "45870", "-1", "1e308", "NaN", "9999-12-31 23:59",
        "0001-01-01 00:00", "城关镇", "东城街道", "测试县城关镇人民政府", "火星镇", "T01", "是", "否", "√", "发现", "交办", "回应",
        "办结", "日报", "未知环节", "=HYPERLINK(\"http://x\",\"点\")", "+8613800000000", "@SUM(A1:A9)", "\"", "\"\"", ",", "，",
        "\n", "\r\n", "\r", "\t", "\u0001", "\u001f", "\uFEFF", "\uD800", "\uDC00x", "😀", "a\"b", "BAD-001", "BAD-002", "BAD-001 ",
    ];

    private static readonly char[] Tricky = ['a', '舆', '情', ',', '"', '\n', '\r', '\t', ' ', '、', '-', ':', '年', '0', '9', '\u0085', '\u2028', '\uFFFD'];

    public static Gen<string> Cell(bool allowNul)
    {
        var unicode = ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "");
        if (!allowNul) unicode = unicode.Select(s => s.Replace('\0', ' '));
        var tricky = Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(Tricky), n)).Select(a => new string(a));
        var longCell = Gen.Choose(4_000, 7_000).Select(n => new string('长', n));
        return Gen.Frequency(
            (6, Gen.Elements(Interesting)),
            (3, unicode),
            (3, tricky),
            (1, longCell));
    }

    /// <summary>0 UTF-8, 1 UTF-8 with BOM, 2 GB18030, 3 UTF-16 LE with BOM, 4 UTF-16 BE with BOM.</summary>
    public static byte[] Encode(string text, int encoding)
    {
        Encoding e = encoding switch
        {
            0 => new UTF8Encoding(false),
            1 => new UTF8Encoding(true),
            2 => TempFiles.Gb18030,
            3 => new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        return [.. e.GetPreamble(), .. e.GetBytes(text)];
    }

    public static readonly string[] EncodingNames = ["UTF-8", "UTF-8 BOM", "GB18030", "UTF-16LE BOM", "UTF-16BE BOM"];

    /// <summary>A short, escaped rendering of a string for counterexamples.</summary>
    public static string Show(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s.Length > 60 ? s[..60] : s)
            sb.Append(c < ' ' || char.IsSurrogate(c) || c is '\u0085' or '\u2028' or '\uFEFF' ? $"\\u{(int)c:X4}" : c == '"' ? "\\\"" : c.ToString());
        if (s.Length > 60) sb.Append($"…(+{s.Length - 60})");
        return sb.Append('"').ToString();
    }

    /// <summary>Shorter versions of a string: empty, halves, one character less.</summary>
    public static IEnumerable<string> ShrinkText(string s)
    {
        if (s.Length == 0) yield break;
        yield return "";
        if (s.Length > 1) { yield return s[..(s.Length / 2)]; yield return s[(s.Length / 2)..]; }
        if (s.Length > 2) yield return s[1..];
    }
}
