using Auditor.Core;
using Auditor.Reports.Docx;
using Auditor.Reports.Templates;
using Auditor.Reports.Text;

namespace Auditor.Reports.Tests;

public class TemplateTests
{
    private static ReportTemplates One(string name, string text) => ReportTemplates.FromText(new Dictionary<string, string> { [name] = text });

    [Fact]
    public void Unknown_placeholder_names_template_line_and_column()
    {
        var t = One("通报批评", "---\ntitle: x\n---\n\n正文{{考核期间}}\n\n再写{{不存在}}。\n");
        var e = Assert.Throws<RulePackException>(() => TemplateRenderer.Prepare(t, "通报批评", new Dictionary<string, TemplateValue> { ["考核期间"] = "2026年第三季度" }));
        Assert.Contains("通报批评.md:7:3:", e.Message);
        Assert.Contains("{{不存在}}", e.Message);
    }

    [Fact]
    public void Headings_map_to_official_styles_and_values_stay_literal()
    {
        var t = One("通报批评", "---\ntitle: 关于{{单位}}的通报\n---\n<!-- 编者提示 {{不存在}} -->\n# 一、总体情况\n\n## （一）小节\n\n{{单位}}存在问题，**要整改**。\n");
        var r = TemplateRenderer.Prepare(t, "通报批评", new Dictionary<string, TemplateValue> { ["单位"] = "*星号*镇#1_[a](b)" });
        Assert.Equal("关于*星号*镇#1_[a](b)的通报", r.Fields["title"]);
        var doc = new WordDocument(PublicText.Standard, PageLayout.Official, "t", DateTimeOffset.UnixEpoch);
        TemplateRenderer.Write(doc, r, TemplateStyles.Official);
        var path = Path.Combine(TestFiles.TempDir("tpl"), "t.docx");
        File.WriteAllBytes(path, doc.ToBytes());
        Assert.Empty(TestFiles.ValidationErrors(path));
        var xml = TestFiles.AllXml(path);
        Assert.Contains("<w:pStyle w:val=\"GwH1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">一、总体情况</w:t>", xml);
        Assert.Contains("<w:pStyle w:val=\"GwH2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">（一）小节</w:t>", xml);
        Assert.Contains("*星号*镇#1_[a](b)", xml);
        Assert.Contains("<w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">要整改</w:t>", xml);
        Assert.DoesNotContain("编者提示", xml);
    }

    [Fact]
    public void Insert_placeholder_must_stand_alone()
    {
        var t = One("约谈名单", "前文{{名单表格}}\n");
        var e = Assert.Throws<RulePackException>(() => TemplateRenderer.Prepare(t, "约谈名单",
            new Dictionary<string, TemplateValue> { ["名单表格"] = new InsertValue(_ => { }) }));
        Assert.Contains("约谈名单.md:1:3:", e.Message);
    }

    [Fact]
    public void Bundled_templates_use_only_known_placeholders()
    {
        // Writing the whole set with the bundled templates would throw on an unknown placeholder.
        var dir = TestFiles.TempDir("bundled");
        ReportFiles.WriteSet(SampleOutcome.Build(), Office.OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "national.yaml")), dir);
        ReportFiles.WriteSelfCheck(SampleOutcome.Build(), "城关镇", Path.Combine(dir, "自查报告.docx"));
        Assert.DoesNotContain("{{", TestFiles.BodyText(Path.Combine(dir, "自查报告.docx")));
        Assert.DoesNotContain("{{", TestFiles.BodyText(Path.Combine(dir, "约谈名单.docx")));
    }

    [Fact]
    public void Missing_template_is_a_rule_pack_error()
    {
        var dir = TestFiles.TempDir("notpl");
        Assert.Throws<RulePackException>(() => ReportTemplates.Load(dir));
    }
}
