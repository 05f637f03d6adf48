using SkiaSharp;

namespace Auditor.Reports.Pictures;

/// <summary>How the pictures label things: in Chinese, in Latin letters and codes (no CJK font), or not at all (no font).</summary>
internal enum PictureScript { Chinese, Latin, None }

/// <summary>
/// The font every picture of a run draws with, chosen once by <see cref="PictureFontChooser"/>. Without a CJK font the
/// pictures label units by code and obligation kinds by id (never empty boxes), and <see cref="Notice"/> says so.
/// </summary>
internal sealed class PictureFont
{
    private readonly Func<string, bool> _draws;
    private SKTypeface? _regular, _bold;

    public PictureFont(string? family, PictureScript script, Func<string, bool>? draws = null)
    {
        Family = family;
        Script = script;
        _draws = draws ?? (_ => script != PictureScript.None);
    }

    public string? Family { get; }
    public PictureScript Script { get; }
    public bool Chinese => Script == PictureScript.Chinese;

    /// <summary>Whether the face draws every character of the text (a rare character in a unit name may be missing).</summary>
    public bool Draws(string text) => Script != PictureScript.None && _draws(text);

    public SKTypeface Typeface(bool bold = false)
    {
        if (Family is null) throw new InvalidOperationException("no font to draw pictures with");
        // cached per font (SKTypeface is thread-safe and immutable); SkiaSharp picks the nearest weight it has
        if (bold) return _bold ??= SKTypeface.FromFamilyName(Family, SKFontStyle.Bold) ?? Typeface();
        return _regular ??= SKTypeface.FromFamilyName(Family, SKFontStyle.Normal);
    }

    /// <summary>
    /// How far (logical pixels, down is positive) to move a label of this font so that its glyphs sit where its alignment
    /// says. ScottPlot places the baseline from the font's line spacing and its lowest descent (SKFontMetrics.Bottom);
    /// CJK fonts have a deep Bottom, so their labels float up, and the legend clips them. The shift puts the ink box of a
    /// CJK character (or of "H" in a Latin font) at the top, middle or bottom of where ScottPlot meant the text to be.
    /// </summary>
    /// <param name="vertical">0 = aligned by its top, 0.5 = by its middle, 1 = by its bottom.</param>
    public float BaselineShift(float vertical, float sizePx, bool bold = false) =>
        _shifts.GetOrAdd((vertical, sizePx, bold), k => MeasureShift(k.Vertical, k.SizePx, k.Bold));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(float Vertical, float SizePx, bool Bold), float> _shifts = new();

    private float MeasureShift(float vertical, float sizePx, bool bold)
    {
        using var font = new SKFont(Typeface(bold), sizePx);
        float lineHeight = font.GetFontMetrics(out var metrics);
        font.MeasureText(Chinese ? "中" : "H", out var ink);
        return vertical switch
        {
            0 => -ink.Top - lineHeight + metrics.Bottom,
            1 => metrics.Bottom - ink.Bottom,
            _ => metrics.Bottom - 0.5f * lineHeight - 0.5f * (ink.Bottom + ink.Top),
        };
    }

    /// <summary>What the run tells the user once (progress line) and the summary report states.</summary>
    public string Notice => Script switch
    {
        PictureScript.Chinese => $"图片字体：{Family}",
        PictureScript.Latin => $"图片字体：本机未安装中文字体（如 Noto Sans CJK SC、思源黑体、微软雅黑、黑体、文泉驿），图片中的文字改用英文、单位编码和事项代码（字体 {Family}）；安装中文字体（Debian：apt-get install fonts-noto-cjk）后重新运行即可显示中文",
        _ => "图片字体：本机没有可用字体，未生成图片（Debian：apt-get install fonts-noto-cjk 后重新运行）；原生图表不受影响",
    };
}
