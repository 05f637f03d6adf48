using ScottPlot;
using static Auditor.Reports.Pictures.PlotPicture;

namespace Auditor.Reports.Pictures;

/// <summary>
/// The look every picture shares: one font (never ScottPlot's process-wide default, which parallel renders would
/// share), sizes in points for an A4 page, grey grid, and colours that stay apart in black-and-white print.
/// </summary>
internal static class PictureStyle
{
    public const double TitlePt = 10.5, AxisLabelPt = 8.5, TickPt = 8, LegendPt = 8, CellPt = 7;

    public static readonly Color Met = Color.FromHex("#A9D18E");
    public static readonly Color MetEdge = Color.FromHex("#548235");
    public static readonly Color Breached = Color.FromHex("#C00000");
    public static readonly Color Missing = Color.FromHex("#6B0000");
    public static readonly Color Pending = Color.FromHex("#595959");
    public static readonly Color Ink = Color.FromHex("#262626");
    public static readonly Color Grid = Color.FromHex("#D9D9D9");
    public static readonly Color Score = Color.FromHex("#1F4E79");
    public static readonly Color Rate = Color.FromHex("#548235");

    /// <summary>A plot with the run's font on every text it draws, white background, light grid.</summary>
    public static Plot NewPlot(PictureFont font)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Grid;
        plot.Grid.MajorLineWidth = Pt(0.5);
        foreach (var axis in plot.Axes.GetAxes())
        {
            Apply(axis.Label, font, AxisLabelPt, bold: false);
            Apply(axis.TickLabelStyle, font, TickPt, bold: false,
                vertical: axis.Edge switch { Edge.Bottom => 0f, Edge.Top => 1f, _ => 0.5f });
            axis.FrameLineStyle.Color = Ink;
            axis.FrameLineStyle.Width = Pt(0.75);
            axis.MajorTickStyle.Color = Ink;
            axis.MinorTickStyle.Length = 0;
        }
        Apply(plot.Axes.Title.Label, font, TitlePt, bold: true);
        plot.Legend.FontName = font.Family;
        plot.Legend.FontSize = Pt(LegendPt);
        plot.Legend.OutlineColor = Grid;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.Alignment = Alignment.UpperRight;
        return plot;
    }

    /// <param name="vertical">How the label is aligned vertically (0 top, 0.5 middle, 1 bottom), for <see cref="PictureFont.BaselineShift"/>; null = leave it.</param>
    public static void Apply(LabelStyle label, PictureFont font, double pt, bool bold, float? vertical = null)
    {
        label.FontName = font.Family!;
        label.Font = font.Typeface(bold);
        label.Bold = bold;
        label.FontSize = Pt(pt);
        if (vertical is float v) label.OffsetY = font.BaselineShift(v, Pt(pt), bold);
        label.ForeColor = Ink;
        label.SubpixelText = false; // greyscale anti-aliasing: no colour fringes in print
    }

    /// <summary>A text in the data area in the run's font.</summary>
    public static ScottPlot.Plottables.Text Text(Plot plot, PictureFont font, string text, double x, double y, double pt, Alignment alignment)
    {
        var t = plot.Add.Text(text, x, y);
        Apply(t.LabelStyle, font, pt, bold: false, 1 - alignment.VerticalFraction()); // ScottPlot counts 1 = upper
        t.LabelStyle.Alignment = alignment;
        return t;
    }

    /// <summary>
    /// A legend written as text along the top of the data area, starting at (<paramref name="x"/>, <paramref name="y"/>)
    /// (the top-left corner in data coordinates), each entry a coloured symbol and its label. ScottPlot's own legend
    /// measures CJK labels shorter than they draw and clips them, so the pictures lay theirs out from the font's metrics.
    /// </summary>
    /// <param name="widthMm">The width the legend may take; its text is made smaller when the entries would not fit.</param>
    public static void Legend(Plot plot, PictureFont font, double x, double y, IReadOnlyList<(string Symbol, Color Color, string Label)> entries, double widthMm)
    {
        double pt = LegendPt;
        double needed = entries.Sum(e => TextWidthMm(font, e.Symbol + e.Label, pt)) + entries.Count * (2 + 12) * 25.4 / 72;
        if (needed > widthMm) pt = Math.Max(6, pt * widthMm / needed);
        using var measure = new SkiaSharp.SKFont(font.Typeface(), Pt(pt));
        float offset = Pt(4);
        foreach (var (symbol, color, label) in entries)
        {
            var s = Text(plot, font, symbol, x, y, pt, Alignment.UpperLeft);
            s.LabelStyle.ForeColor = color;
            s.LabelStyle.BackgroundColor = Colors.White;
            s.OffsetX = offset;
            s.OffsetY = Pt(3);
            offset += measure.MeasureText(symbol) + Pt(2);
            var t = Text(plot, font, label, x, y, pt, Alignment.UpperLeft);
            t.LabelStyle.BackgroundColor = Colors.White;
            t.OffsetX = offset;
            t.OffsetY = Pt(3);
            offset += measure.MeasureText(label) + Pt(12);
        }
    }

    /// <summary>How wide a text is drawn in the picture font, in millimetres.</summary>
    public static double TextWidthMm(PictureFont font, string text, double pt)
    {
        using var f = new SkiaSharp.SKFont(font.Typeface(), (float)pt);
        return text.Split('\n').Max(line => f.MeasureText(line)) * 25.4 / 72;
    }

    /// <summary>Legend symbols: the font's own when it has them, else ASCII.</summary>
    public static string Symbol(PictureFont font, string symbol, string ascii) => font.Draws(symbol) ? symbol : ascii;

    public static void Title(Plot plot, string text)
    {
        plot.Axes.Title.Label.Text = text;
        plot.Axes.Title.IsVisible = true;
    }

    /// <summary>Manual ticks on an axis (positions with their labels); minor ticks off.</summary>
    public static void Ticks(IAxis axis, IEnumerable<(double Position, string Label)> ticks)
    {
        var manual = new ScottPlot.TickGenerators.NumericManual();
        foreach (var (p, l) in ticks) manual.AddMajor(p, l);
        axis.TickGenerator = manual;
    }
}
