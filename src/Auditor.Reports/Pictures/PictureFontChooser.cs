namespace Auditor.Reports.Pictures;

/// <summary>
/// Chooses the picture font from the installed ones: a CJK face that draws the documents' Chinese (in the order offices
/// and Linux distributions have them), else the platform's fallback for a Chinese character, else any installed face
/// that draws it; without one, a Latin face (pictures then label in Latin letters and codes); without any, none.
/// </summary>
internal static class PictureFontChooser
{
    /// <summary>Preferred CJK families: Debian/Ubuntu (Noto, Source Han, WenQuanYi), Windows (YaHei, SimHei), macOS.</summary>
    public static readonly string[] ChineseFamilies =
    [
        "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans SC", "Microsoft YaHei", "微软雅黑",
        "SimHei", "黑体", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "PingFang SC", "Hiragino Sans GB", "Sarasa Gothic SC",
        "Noto Sans CJK TC", "Noto Sans CJK JP", "Droid Sans Fallback", "AR PL UMing CN", "SimSun", "宋体",
    ];

    public static readonly string[] LatinFamilies = ["DejaVu Sans", "Liberation Sans", "Arial", "Noto Sans", "Open Sans", "Segoe UI", "Helvetica"];

    /// <summary>Chinese a picture must be able to draw: titles, kinds, verdicts, grades.</summary>
    public const string ChineseSample = "单位成绩单按时率发布权威信息举行新闻会公开回应超时未履行到期数据不足得分优秀良好合格考核期第一二三四季度";

    public const string LatinSample = "ABCXYZabcxyz0123456789%-.";

    private static readonly Lazy<PictureFont> Installed = new(() => Choose(SkiaFontCatalog.Instance));

    /// <summary>The choice for this machine's fonts, made once per process.</summary>
    public static PictureFont System => Installed.Value;

    public static PictureFont Choose(IFontCatalog fonts)
    {
        var installed = new HashSet<string>(fonts.Families, StringComparer.OrdinalIgnoreCase);
        var chinese = ChineseFamilies.Where(installed.Contains)
            .Append(fonts.ChineseFallback())
            .Concat(fonts.Families.Order(StringComparer.Ordinal))
            .OfType<string>()
            .FirstOrDefault(f => fonts.Draws(f, ChineseSample));
        if (chinese is not null) return new PictureFont(chinese, PictureScript.Chinese, text => fonts.Draws(chinese, text));
        var latin = LatinFamilies.Where(installed.Contains).Concat(fonts.Families.Order(StringComparer.Ordinal))
            .FirstOrDefault(f => fonts.Draws(f, LatinSample));
        return latin is not null
            ? new PictureFont(latin, PictureScript.Latin, text => fonts.Draws(latin, text))
            : new PictureFont(null, PictureScript.None);
    }
}
