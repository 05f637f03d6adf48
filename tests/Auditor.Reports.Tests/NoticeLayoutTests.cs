using Auditor.Reports.Office;
using Auditor.Reports.Templates;
using Auditor.Reports.Text;
using DocumentFormat.OpenXml.Packaging;
using NodaTime;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Auditor.Reports.Tests;

/// <summary>GB/T 9704-2012 geometry and elements of 通报批评.docx, expectations taken from the standard's numbers.</summary>
public class NoticeLayoutTests
{
    private static readonly Lazy<string> NoticePath = new(() =>
    {
        var dir = TestFiles.TempDir("layout");
        var path = Path.Combine(dir, "通报批评.docx");
        ReportFiles.WriteNotice(SampleOutcome.Build(), OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml")), path);
        return path;
    });

    private static int Twips(double mm) => (int)Math.Round(mm * 1440 / 25.4);

    [Fact]
    public void Page_is_A4_with_the_standard_margins_and_a_156_by_225_mm_type_area()
    {
        using var doc = WordprocessingDocument.Open(NoticePath.Value, false);
        var sect = doc.MainDocumentPart!.Document.Body!.Elements<W.SectionProperties>().Single();
        var size = sect.GetFirstChild<W.PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);   // 210 mm
        Assert.Equal(16838u, size.Height!.Value);  // 297 mm
        var m = sect.GetFirstChild<W.PageMargin>()!;
        Assert.Equal(Twips(37), m.Top!.Value);      // 天头 37 mm
        Assert.Equal(Twips(28), (int)m.Left!.Value); // 订口 28 mm
        int width = 11906 - (int)m.Left!.Value - (int)m.Right!.Value;
        int height = 16838 - m.Top!.Value - m.Bottom!.Value;
        Assert.InRange(width, Twips(156) - 2, Twips(156) + 2);
        Assert.InRange(height, Twips(225) - 2, Twips(225) + 2);
    }

    [Fact]
    public void Grid_gives_22_lines_and_body_text_28_characters_per_line()
    {
        using var doc = WordprocessingDocument.Open(NoticePath.Value, false);
        var sect = doc.MainDocumentPart!.Document.Body!.Elements<W.SectionProperties>().Single();
        var grid = sect.GetFirstChild<W.DocGrid>()!;
        int pitch = grid.LinePitch!.Value;
        int height = Twips(225);
        Assert.Equal(22, height / pitch);
        var body = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == "GwBody");
        var rpr = body.StyleRunProperties!;
        Assert.Equal("仿宋_GB2312", rpr.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", rpr.FontSize!.Val!.Value);                 // 3号 = 16 pt
        Assert.Equal(pitch, int.Parse(body.StyleParagraphProperties!.SpacingBetweenLines!.Line!.Value!)); // exact line = grid pitch
        int charWidth = 16 * 20 + rpr.Spacing!.Val!.Value;             // twips per character
        Assert.Equal(28, Twips(156) / charWidth);
    }

    [Fact]
    public void Heading_and_title_fonts_follow_the_standard()
    {
        using var doc = WordprocessingDocument.Open(NoticePath.Value, false);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("黑体", styles["GwH1"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("楷体_GB2312", styles["GwH2"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("方正小标宋简体", styles["GwTitle"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("44", styles["GwTitle"].StyleRunProperties!.FontSize!.Val!.Value); // 2号 = 22 pt
        var paragraphs = doc.MainDocumentPart.Document.Body!.Elements<W.Paragraph>().ToList();
        Assert.Contains(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "GwH1" && p.InnerText.StartsWith("一、"));
        Assert.Contains(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "GwH2" && p.InnerText.StartsWith("（一）"));
        Assert.Contains(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "GwTitle" && p.InnerText.EndsWith("的通报"));
    }

    [Fact]
    public void Head_has_a_red_issuer_mark_the_document_number_and_a_red_separator()
    {
        using var doc = WordprocessingDocument.Open(NoticePath.Value, false);
        var ps = doc.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().ToList();
        var mark = ps.First(p => p.InnerText.Length > 0);
        Assert.Equal("潢川县人民政府办公室文件", mark.InnerText);
        var run = mark.Elements<W.Run>().Single().RunProperties!;
        Assert.Equal("FF0000", run.Color!.Val!.Value);
        Assert.Equal("方正小标宋简体", run.RunFonts!.EastAsia!.Value);
        // Top of the mark 35 mm below the top of the type area (space before ≈ 35 mm less the line's half leading).
        int before = int.Parse(mark.ParagraphProperties!.SpacingBetweenLines!.Before!.Value!);
        Assert.InRange(before, Twips(35) - 300, Twips(35));
        var number = ps.Single(p => p.InnerText == "潢政办〔2026〕12号");
        var border = number.ParagraphProperties!.ParagraphBorders!.BottomBorder!;
        Assert.Equal("FF0000", border.Color!.Value);
        Assert.Equal(W.JustificationValues.Center, number.ParagraphProperties.Justification!.Val!.Value);
    }

    [Fact]
    public void Closing_and_record_carry_signer_date_copy_and_printing_lines()
    {
        using var doc = WordprocessingDocument.Open(NoticePath.Value, false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var ps = body.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
        int sign = ps.LastIndexOf("潢川县人民政府办公室");
        Assert.True(sign > 0);
        Assert.Equal("2026年10月15日", ps[sign + 1]);
        var record = body.Elements<W.Table>().Last();
        Assert.Equal(W.VerticalAnchorValues.Margin, record.GetFirstChild<W.TableProperties>()!.TablePositionProperties!.VerticalAnchor!.Value);
        Assert.Equal(W.VerticalAlignmentValues.Bottom, record.GetFirstChild<W.TableProperties>()!.TablePositionProperties!.TablePositionYAlignment!.Value);
        Assert.StartsWith("抄送：", record.InnerText);
        Assert.Contains("潢川县人民政府办公室2026年10月15日印发", record.InnerText);
    }

    [Fact]
    public void Page_numbers_are_dashed_right_on_odd_and_left_on_even_pages()
    {
        using var doc = WordprocessingDocument.Open(NoticePath.Value, false);
        Assert.NotNull(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<W.EvenAndOddHeaders>());
        var sect = doc.MainDocumentPart.Document.Body!.Elements<W.SectionProperties>().Single();
        W.Footer Footer(W.HeaderFooterValues type) => ((FooterPart)doc.MainDocumentPart.GetPartById(
            sect.Elements<W.FooterReference>().Single(r => r.Type!.Value == type).Id!.Value!)).Footer!;
        var odd = Footer(W.HeaderFooterValues.Default);
        var even = Footer(W.HeaderFooterValues.Even);
        Assert.Equal(W.JustificationValues.Right, odd.Descendants<W.Justification>().Single().Val!.Value);
        Assert.Equal(W.JustificationValues.Left, even.Descendants<W.Justification>().Single().Val!.Value);
        Assert.Equal("— 1 —", odd.InnerText.Replace(" PAGE ", ""));
        Assert.Contains(odd.Descendants<W.FieldCode>(), f => f.Text.Trim() == "PAGE");
        var footerStyle = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == "FooterPara");
        Assert.Equal("宋体", footerStyle.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("28", footerStyle.StyleRunProperties.FontSize!.Val!.Value); // 4号 = 14 pt
    }

    [Fact]
    public void Dates_and_numbers_follow_the_standard_forms()
    {
        Assert.Equal("2026年10月5日", OfficialDate.Format(new LocalDate(2026, 10, 5)));
        Assert.Equal("2026年1月15日", OfficialDate.Format(new LocalDate(2026, 1, 15)));
        var office = OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml")) with { Sequence = 3 };
        Assert.Equal("潢政办〔2027〕3号", office.DocumentNumber(new LocalDate(2027, 1, 4)));
        Assert.Equal("十二", OfficialDate.ChineseNumber(12));
        Assert.Equal("二十", OfficialDate.ChineseNumber(20));
    }

    [Theory]
    [InlineData("Q/HCGK YX4—2018", "根据《舆情回应发布规范》（Q/HCGK YX4—2018），")]
    [InlineData(null, "根据《舆情回应发布规范》，")]
    public void The_notice_cites_the_governing_document_with_its_number_only_when_it_has_one(string? number, string expected)
    {
        var o = SampleOutcome.Build();
        o = o with { Pack = o.Pack with { DocumentNumber = number } };
        var path = Path.Combine(TestFiles.TempDir("basis"), "通报批评.docx");
        ReportFiles.WriteNotice(o, OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml")), path);
        var text = TestFiles.BodyText(path);
        Assert.Contains(expected, text);
        Assert.DoesNotContain("（）", text);
    }
}
