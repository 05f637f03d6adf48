using Auditor.Reports.Pictures;

namespace Auditor.Reports.Tests.Pictures;

/// <summary>Which font the pictures draw with, from a catalog of installed fonts given by the test.</summary>
public class PictureFontChooserTests
{
    /// <summary>Families with what each can draw: "cjk" = the documents' Chinese and Latin, "latin" = Latin only.</summary>
    private sealed class Catalog(Dictionary<string, string> families, string? fallback = null) : IFontCatalog
    {
        public IReadOnlyList<string> Families => [.. families.Keys];

        public bool Draws(string family, string text) =>
            families.TryGetValue(family, out var what) && text.All(ch => ch < 128 || what == "cjk");

        public string? ChineseFallback() => fallback;
    }

    [Fact]
    public void The_first_preferred_CJK_family_that_draws_Chinese_is_chosen()
    {
        var font = PictureFontChooser.Choose(new Catalog(new()
        {
            ["DejaVu Sans"] = "latin", ["SimHei"] = "cjk", ["Noto Sans CJK SC"] = "cjk", ["WenQuanYi Zen Hei"] = "cjk",
        }));
        Assert.Equal(("Noto Sans CJK SC", PictureScript.Chinese), (font.Family, font.Script));
        Assert.True(font.Chinese);
        Assert.Equal("图片字体：Noto Sans CJK SC", font.Notice);
    }

    [Fact]
    public void A_family_named_like_a_CJK_font_that_lacks_the_glyphs_is_passed_over()
    {
        var font = PictureFontChooser.Choose(new Catalog(new() { ["Microsoft YaHei"] = "latin", ["WenQuanYi Micro Hei"] = "cjk" }));
        Assert.Equal("WenQuanYi Micro Hei", font.Family);
    }

    [Fact]
    public void Without_a_preferred_family_the_platform_fallback_then_any_installed_CJK_face_is_used()
    {
        Assert.Equal("AR PL UKai CN", PictureFontChooser.Choose(new Catalog(new() { ["AR PL UKai CN"] = "cjk", ["Zzz CJK"] = "cjk" }, fallback: "AR PL UKai CN")).Family);
        var any = PictureFontChooser.Choose(new Catalog(new() { ["Liberation Sans"] = "latin", ["Zzz Hei"] = "cjk" }));
        Assert.Equal(("Zzz Hei", PictureScript.Chinese), (any.Family, any.Script));
    }

    [Fact]
    public void Without_a_CJK_font_pictures_use_Latin_words_and_the_run_is_told_how_to_get_Chinese()
    {
        var font = PictureFontChooser.Choose(new Catalog(new() { ["Zzz Sans"] = "latin", ["DejaVu Sans"] = "latin" }));
        Assert.Equal(("DejaVu Sans", PictureScript.Latin), (font.Family, font.Script));
        Assert.Contains("未安装中文字体", font.Notice);
        Assert.Contains("fonts-noto-cjk", font.Notice);
        Assert.False(font.Draws("城关镇"));
        Assert.True(font.Draws("HC001"));
    }

    [Fact]
    public void Without_any_font_there_are_no_pictures_and_the_run_says_so()
    {
        var font = PictureFontChooser.Choose(new Catalog([]));
        Assert.Equal(PictureScript.None, font.Script);
        Assert.Null(font.Family);
        Assert.Contains("未生成图片", font.Notice);
    }

    [Fact]
    public void With_Debians_Noto_CJK_installed_the_pictures_draw_Chinese()
    {
        // .ci/run installs fonts-noto-cjk; without it the pictures are the Latin ones (PicturesTests, with an injected font)
        if (!File.Exists("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")) return;
        Assert.Equal(PictureScript.Chinese, PictureFontChooser.System.Script);
        Assert.Equal("Noto Sans CJK SC", PictureFontChooser.System.Family);
        Assert.True(PictureFontChooser.System.Draws(PictureFontChooser.ChineseSample));
    }
}
