using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Auditor.Core.Domain;
using Auditor.Reports.Office;
using Auditor.Reports.Pictures;
using Auditor.Reports.Templates;
using Auditor.Reports.Writers;
using NodaTime;
using SkiaSharp;

namespace Auditor.Reports.Tests.Pictures;

/// <summary>The ScottPlot pictures of the scorecards and the summary: size, resolution, alt text, determinism, fonts.</summary>
[Collection(HeavyTests.Name)]
public class PicturesTests
{
    private static readonly ReportTemplates Templates = ReportTemplates.Load(Path.Combine(TestFiles.Rules, "templates"));
    private static readonly OfficeProfile Office = OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml"));

    private static ReportContext Context(PictureFont? font = null, int extraUnits = 0) => new(SampleOutcome.Build(extraUnits), Templates, Office, font);

    private static byte[] Scorecard(ReportContext ctx, string unit) => ScorecardWriter.Build(ctx, ctx.Outcome.Scores.Single(s => s.Unit == unit));

    /// <summary>(file name, bytes) of the pictures of a .docx, in order.</summary>
    private static List<(string Name, byte[] Png)> Media(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        return [.. zip.Entries.Where(e => e.FullName.StartsWith("word/media/", StringComparison.Ordinal)).OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName)
            .Select(e => { using var s = e.Open(); using var ms = new MemoryStream(); s.CopyTo(ms); return (e.FullName, ms.ToArray()); })];
    }

    private static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var r = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return r.ReadToEnd();
    }

    /// <summary>(descr, cx, cy) of every picture (pic:pic) in the document.</summary>
    private static List<(string Alt, long Cx, long Cy)> Pictures(byte[] docx) =>
        [.. Regex.Matches(DocumentXml(docx), "<wp:extent cx=\"(\\d+)\" cy=\"(\\d+)\"/><wp:effectExtent[^>]*/><wp:docPr id=\"\\d+\" name=\"图片 \\d+\" descr=\"([^\"]*)\"")
            .Select(m => (m.Groups[3].Value, long.Parse(m.Groups[1].Value), long.Parse(m.Groups[2].Value)))];

    private static string Save(byte[] docx, string name)
    {
        var path = Path.Combine(TestFiles.TempDir("pictures"), name);
        File.WriteAllBytes(path, docx);
        return path;
    }

    [Fact]
    public void A_scorecard_carries_its_deadline_and_trend_pictures_at_300_dpi_with_alt_text()
    {
        var docx = Scorecard(Context(), "县应急管理局");
        var pictures = Pictures(docx);
        var media = Media(docx);
        Assert.Equal(2, pictures.Count);
        Assert.Equal(2, media.Count);
        Assert.StartsWith("县应急管理局各案件用时与时限", pictures[0].Alt);
        Assert.Contains("发布权威信息：超时1件（最多为时限的3.4倍）", pictures[0].Alt); // 6:00 → 23:00 against 6:00 → 11:00: 17 h / 5 h
        Assert.Contains("2026年第一季度92分（优秀）；2026年第二季度85分（良好），按时率50.0%；2026年第三季度（本期）90分（优秀）", pictures[1].Alt);
        for (int i = 0; i < 2; i++)
        {
            using var bitmap = SKBitmap.Decode(media[i].Png);
            // the extent is the picture's size on the page (EMU, 36,000 a millimetre); its pixels are that size at 300 dpi
            Assert.Equal(PlotPicture.Pixels(pictures[i].Cx / 36000.0), bitmap.Width);
            Assert.Equal(PlotPicture.Pixels(pictures[i].Cy / 36000.0), bitmap.Height);
            Assert.Equal(1890, bitmap.Width); // 160 mm
            Assert.Equal(11811, Phys(media[i].Png)); // 300 dpi in pixels per metre
        }
        Assert.Empty(TestFiles.ValidationErrors(Save(docx, "县应急管理局.docx")));
        var text = TestFiles.BodyText(Save(docx, "县应急管理局-body.docx"));
        // the change from the previous period, from the cross-period analysis
        Assert.Contains("与2026年第二季度相比：得分上升5分；按时率由50.0%变为33.3%（−16.7个百分点）；各类事项按时率：发布权威信息 50.0%→0.0%（−50.0），公开回应 100.0%→100.0%（0.0）", text);
    }

    [Fact]
    public void Met_cases_are_drawn_as_their_spread_and_counted_and_what_is_not_drawn_is_said()
    {
        var ctx = Context();
        var text = TestFiles.BodyText(Save(Scorecard(ctx, "城关镇"), "城关镇.docx"));
        // 城关镇: two met findings (response, report) with times, one pending feedback
        Assert.Contains("绿色柱为按时履行事项的用时分布（绘出 2 项）", text);
        var glow = TestFiles.BodyText(Save(Scorecard(ctx, "光明镇"), "光明镇.docx"));
        Assert.Contains("未绘出：无时限的事项 1 项（如虚假反馈、催办未落实）", glow);
        var newcomer = Context(extraUnits: 1);
        var card = Scorecard(newcomer, "测试单位0001"); // no earlier period in the history
        Assert.Single(Media(card));
        Assert.Contains("历史库中没有本单位此前考核期的得分，暂无得分趋势图", TestFiles.BodyText(Save(card, "新单位.docx")));
    }

    [Fact]
    public void The_deadline_picture_places_each_case_at_the_share_of_its_window_it_took()
    {
        var start = Instant.FromUtc(2026, 9, 1, 0, 0);
        Finding F(Verdict v, int window, int? took) => SampleOutcome.Findings[0] with
        {
            Verdict = v, Start = start, Deadline = start + Duration.FromHours(window), Actual = took is int t ? start + Duration.FromMinutes(t) : null,
        };
        var asOf = start + Duration.FromHours(50);
        Assert.Equal(1.1, DeadlinePicture.Share(F(Verdict.Breached, 5, 330), asOf)!.Value, 9);   // 5 h 30 min of 5 h
        Assert.Equal(10.0, DeadlinePicture.Share(F(Verdict.Missing, 5, null), asOf)!.Value, 9);   // to the as-of time: 50 h of 5 h
        Assert.Equal(50.0 / 72, DeadlinePicture.Share(F(Verdict.Pending, 72, null), asOf)!.Value, 9);
        Assert.Null(DeadlinePicture.Share(F(Verdict.Breached, 5, 330) with { Start = null }, asOf));
        // the axis: linear to the deadline, then 1 + log10(multiple) / 3, up to 1000×
        Assert.Equal(0.5, ShareAxis.X(0.5));
        Assert.Equal(1, ShareAxis.X(1));
        Assert.Equal(1 + 1 / 3.0, ShareAxis.X(10), 9);
        Assert.Equal(2, ShareAxis.X(1000), 9);
        Assert.Equal(2, ShareAxis.X(1e6));
    }

    [Fact]
    public void The_same_inputs_give_the_same_picture_bytes_in_parallel_and_in_sequence()
    {
        var ctx = Context();
        var units = ctx.Outcome.Scores.Select(s => s.Unit).ToList();
        var sequential = units.Select(u => Hash(Scorecard(ctx, u))).ToList();
        var parallel = new string[units.Count];
        Parallel.For(0, units.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Hash(Scorecard(Context(), units[i])));
        Assert.Equal(sequential, parallel);
        Assert.Equal(Hash(SummaryReportWriter.Build(ctx)), Hash(SummaryReportWriter.Build(Context())));
    }

    [Fact]
    public void Without_a_CJK_font_the_pictures_are_labelled_in_Latin_and_the_captions_map_the_codes()
    {
        var latin = PictureFontChooser.Choose(new WithoutCjk(SkiaFontCatalog.Instance));
        Assert.Equal(PictureScript.Latin, latin.Script);
        var ctx = Context(latin);
        var docx = Scorecard(ctx, "县应急管理局");
        var media = Media(docx);
        Assert.Equal(2, media.Count);
        using (var bitmap = SKBitmap.Decode(media[0].Png)) Assert.True(Inked(bitmap) > 0.01, "the picture is drawn");
        var text = TestFiles.BodyText(Save(docx, "latin.docx"));
        Assert.Contains("图中“HC004”即县应急管理局。", text);
        Assert.Contains("图中事项代码：release＝发布权威信息；press-conference＝举行新闻发布会；response＝公开回应。", text);
        // the words the pictures draw are ones the Latin font has
        var w = ctx.Words;
        Assert.Equal(("HC001", "No.3", "release", "2026Q3"), (w.Unit("城关镇", "HC001", 1), w.Unit("城关镇", null, 3), w.Kind(ObligationKind.Release), w.Period("2026Q3")));
        // the summary says so where the pictures are (the run's progress says so once: the engine's tests)
        var summary = SummaryReportWriter.Build(ctx);
        Assert.Contains("本机未安装中文字体", TestFiles.BodyText(Save(summary, "latin-summary.docx")));
        Assert.Equal(2, Media(summary).Count); // heat map and overrun distribution
    }

    [Fact]
    public void Without_any_font_there_are_no_pictures_and_the_documents_say_why()
    {
        var ctx = Context(new PictureFont(null, PictureScript.None));
        var docx = Scorecard(ctx, "县应急管理局");
        Assert.Empty(Media(docx));
        Assert.Contains("本机没有可用于绘图的字体", TestFiles.BodyText(Save(docx, "nofont.docx")));
        Assert.Contains("本机没有可用字体，未生成图片", TestFiles.BodyText(Save(SummaryReportWriter.Build(ctx), "nofont-summary.docx")));
    }

    [Fact]
    public void The_summary_heat_map_takes_40_units_a_page_and_at_most_the_200_lowest_ranked()
    {
        var small = SummaryReportWriter.Build(Context());
        Assert.Equal(2, Media(small).Count);
        var alts = Pictures(small).Select(p => p.Alt).ToList();
        Assert.StartsWith("图5 各单位各类事项按时率：城关镇：公开回应100%，及时上报100%", alts[0]);
        Assert.StartsWith("图6 超时时长分布：", alts[1]);

        var big = Context(extraUnits: 250); // 256 units
        var summary = SummaryReportWriter.Build(big);
        var pictures = Pictures(summary);
        Assert.Equal(5 + 1, pictures.Count);
        Assert.Contains("（排名表第57—96行）", pictures[0].Alt);
        Assert.Contains("（排名表第217—256行）", pictures[4].Alt);
        Assert.Contains("只列出得分最低的200个单位（共256个单位", TestFiles.BodyText(Save(summary, "big.docx")));
        Assert.Empty(TestFiles.ValidationErrors(Save(summary, "big-valid.docx")));
    }

    [Fact]
    public void Overrun_buckets_run_from_ten_minutes_to_a_month()
    {
        Assert.Equal(new[] { 0, 1, 1, 2, 3, 6, 7, 10, 11 },
            new long[] { 10, 11, 30, 60, 61, 1440, 1441, 43200, 43201 }.Select(OverrunHistogram.Bucket).ToArray());
        Assert.Equal("11小时35分钟", OverrunHistogram.Duration(695));
        Assert.Equal("2天4小时", OverrunHistogram.Duration(3120));
    }

    [Fact]
    public void Heat_map_cells_never_round_a_miss_to_100_or_a_hit_to_0()
    {
        Assert.Equal(new[] { "99%", "1%", "67%", "100%", "0%", "50%" },
            new[] { 0.996, 0.004, 2 / 3.0, 1, 0, 0.5 }.Select(KindHeatMap.Percent).ToArray());
        Assert.Equal("举行新\n闻发布\n会", KindHeatMap.Wrap("举行新闻发布会", 3));
        Assert.Equal("公开回应", KindHeatMap.Wrap("公开回应", 4));
        Assert.Equal("press-\nconference", KindHeatMap.Wrap("press-conference", 5));
        Assert.Equal("release", KindHeatMap.Wrap("release", 5));
    }

    [Fact]
    public void The_PNG_writer_keeps_every_pixel_and_states_the_resolution()
    {
        var rnd = new Random(7);
        using var source = new SKBitmap(new SKImageInfo(37, 23, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = new byte[37 * 23 * 4];
        rnd.NextBytes(pixels);
        for (int i = 3; i < pixels.Length; i += 4) pixels[i] = 255;
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, source.GetPixels(), pixels.Length);
        var png = PngWriter.Write(source.GetPixelSpan(), 37, 23, source.RowBytes, 300);
        using var decoded = SKBitmap.Decode(png).Copy(SKColorType.Rgba8888);
        Assert.Equal((37, 23), (decoded.Width, decoded.Height));
        Assert.Equal(pixels, decoded.GetPixelSpan().ToArray());
        Assert.Equal(11811, Phys(png));
        Assert.Equal(Hash(png), Hash(PngWriter.Write(source.GetPixelSpan(), 37, 23, source.RowBytes, 300)));
    }

    /// <summary>Pixels per metre in the pHYs chunk.</summary>
    private static int Phys(byte[] png)
    {
        int at = png.AsSpan().IndexOf("pHYs"u8);
        Assert.True(at > 0, "no pHYs chunk");
        return BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at + 4));
    }

    /// <summary>Share of pixels that are not white.</summary>
    private static double Inked(SKBitmap b)
    {
        int n = 0;
        for (int y = 0; y < b.Height; y += 2)
            for (int x = 0; x < b.Width; x += 2)
                if (b.GetPixel(x, y) is var c && (c.Red < 200 || c.Green < 200 || c.Blue < 200)) n++;
        return n / (b.Width / 2.0 * b.Height / 2.0);
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    /// <summary>This machine's fonts as a machine without CJK fonts would have them: only text in ASCII is drawn.</summary>
    private sealed class WithoutCjk(IFontCatalog fonts) : IFontCatalog
    {
        public IReadOnlyList<string> Families => fonts.Families;
        public bool Draws(string family, string text) => text.All(char.IsAscii) && fonts.Draws(family, text);
        public string? ChineseFallback() => null;
    }
}
