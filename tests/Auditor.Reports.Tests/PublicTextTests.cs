using Auditor.Reports.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Auditor.Reports.Tests;

public class PublicTextTests
{
    [Theory]
    [InlineData("身份证360702198804051234来电", "身份证3607**********1234来电")]
    [InlineData("证号36070219880405123X。", "证号3607**********123X。")]
    [InlineData("旧证360702880405123", "旧证3607*******5123")]
    [InlineData("电话13812345678", "电话138****5678")]
    [InlineData("电话 138-1234-5678 转", "电话 138****5678 转")]
    [InlineData("+86 13912345678", "139****5678")]
    [InlineData("邮箱 zhangsan@example.com。", "邮箱 z***@example.com。")]
    [InlineData("案件编号HC-2026-001，时限48小时", "案件编号HC-2026-001，时限48小时")]
    [InlineData("座机0376-12345678", "座机0376-12345678")]
    public void Masks_ids_mobiles_and_emails_and_leaves_other_numbers(string input, string expected) =>
        Assert.Equal(expected, PublicText.MaskPersonalData(input));

    [Fact]
    public void Removes_XML_illegal_characters_and_lone_surrogates_but_keeps_CJK_extension_characters()
    {
        Assert.Equal("ab\tc\n", PublicText.StripIllegalXml("a\u0000b\u0008\t\u001Fc\n\uFFFE"));
        Assert.Equal("x", PublicText.StripIllegalXml("x\uD800"));
        Assert.Equal("𠀀镇", PublicText.StripIllegalXml("𠀀镇"));
    }

    [Fact]
    public void Internal_values_are_replaced_in_public_documents()
    {
        var t = new PublicText(["舆情简报：暂缓回应"]);
        Assert.Equal($"原因（{PublicText.InternalPlaceholder}）", t.Clean("原因（舆情简报：暂缓回应）"));
    }

    public static class DigitsTextArbitrary
    {
        public static Arbitrary<string> Texts() => AlphabetText.Of("0123456789１３８ -@.a镇\u0001\uD800x");
    }

    [Property(Arbitrary = new[] { typeof(DigitsTextArbitrary) })]
    public bool Cleaned_text_never_contains_an_unmasked_mobile_or_an_illegal_character(string s)
    {
        var c = PublicText.Standard.Clean(s);
        return !System.Text.RegularExpressions.Regex.IsMatch(c, @"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
               && c.All(ch => ch >= 0x20 || ch is '\t' or '\n' or '\r')
               && !c.Any(ch => char.IsSurrogate(ch));
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1", "'+1")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("正常文字", "正常文字")]
    public void Csv_values_that_look_like_formulas_get_an_apostrophe(string input, string expected) =>
        Assert.Equal(expected, SpreadsheetText.ForCsv(input));
}

public class TitleLinesTests
{
    [Theory]
    [InlineData("关于2026年第三季度政务舆情回应处置工作考核情况的通报", "关于2026年第三季度政务舆情回应处置工作\n考核情况的通报")]
    [InlineData("2026年第三季度政务舆情回应处置工作表扬名单", "2026年第三季度政务舆情回应处置工作\n表扬名单")]
    [InlineData("关于政务舆情工作的通报", "关于政务舆情工作的通报")]
    public void Long_titles_break_after_a_whole_word_with_the_longer_line_on_top(string title, string expected) =>
        Assert.Equal(expected, Auditor.Reports.Text.TitleLines.Break(title));
}

public class PublicReasonTextTests
{
    [Theory]
    [InlineData("其他政务舆情48小时内回应（huangchuan.response，003 4.4）案件HC-1超时", "其他政务舆情48小时内回应（003 4.4）案件HC-1超时")]
    [InlineData("上期“及时上报”已有1项超时（huangchuan.report），本期仍超时", "上期“及时上报”已有1项超时，本期仍超时")]
    [InlineData("考核等次为不合格（得分58.0）", "考核等次为不合格（得分58.0）")]
    public void Public_documents_name_clauses_not_rule_ids(string text, string expected) =>
        Assert.Equal(expected, Auditor.Reports.Writers.NoticeContent.WithoutRuleIds(text));
}
