using ScottPlot;
using static Auditor.Reports.Pictures.PlotPicture;

namespace Auditor.Reports.Pictures;

/// <summary>One point of a unit's trend: a period's score, grade and on-time rate (null when unknown).</summary>
internal sealed record TrendPoint(string Period, double Score, string Grade, double? Rate);

/// <summary>
/// A scorecard's "score over the periods": the unit's score in every period of the history store and this one (line,
/// left axis 0–100) and its on-time rate (dashed, right axis 0–100 %); this period's point is the last and marked.
/// </summary>
internal static class ScoreTrendPicture
{
    public const double WidthMm = 160, HeightMm = 64;
    /// <summary>The value axes end above 100: room for the labels over the points and the legend.</summary>
    private const double Top = 150, Bottom = -8;

    /// <param name="points">Oldest first; the last is this period.</param>
    public static Picture Build(PictureWords w, string unit, string shownUnit, IReadOnlyList<TrendPoint> points)
    {
        var plot = PictureStyle.NewPlot(w.Font);
        PictureStyle.Title(plot, w.Say($"{shownUnit}历次考核得分与按时率", $"{shownUnit}: score and on-time rate by period"));
        double[] xs = [.. points.Select((_, i) => (double)i)];
        double[] ys = [.. points.Select(p => p.Score)];
        var score = plot.Add.Scatter(xs, ys, PictureStyle.Score);
        score.LineWidth = Pt(1.75);
        score.MarkerSize = Pt(5);
        score.MarkerShape = MarkerShape.FilledCircle;
        var rated = points.Select((p, i) => (p, i)).Where(x => x.p.Rate is not null).ToList();
        if (rated.Count > 0)
        {
            double[] rx = [.. rated.Select(x => (double)x.i)], ry = [.. rated.Select(x => x.p.Rate!.Value * 100)];
            var rate = plot.Add.Scatter(rx, ry, PictureStyle.Rate);
            rate.LineWidth = Pt(1.25);
            rate.LinePattern = LinePattern.Dashed;
            rate.MarkerSize = Pt(4);
            rate.MarkerShape = MarkerShape.OpenSquare;
            rate.Axes.YAxis = plot.Axes.Right;
        }
        var now = plot.Add.Marker(xs[^1], points[^1].Score, MarkerShape.OpenCircle, Pt(11), PictureStyle.Score);
        now.MarkerStyle.LineWidth = Pt(1.25);
        for (int i = 0; i < points.Count; i++)
        {
            var label = $"{points[i].Score:0.#}" + (w.Chinese && w.Font.Draws(points[i].Grade) ? $" {points[i].Grade}" : "");
            // above the point, clear of the ring round this period's point
            PictureStyle.Text(plot, w.Font, label, xs[i], points[i].Score, PictureStyle.TickPt, Alignment.LowerCenter).OffsetY = -Pt(i == points.Count - 1 ? 7 : 4);
        }
        PictureStyle.Ticks(plot.Axes.Bottom, points.Select((p, i) => ((double)i,
            Period(w, p.Period) + (i == points.Count - 1 ? w.Say("（本期）", " (now)") : ""))));
        PictureStyle.Ticks(plot.Axes.Left, Enumerable.Range(0, 6).Select(i => (i * 20.0, (i * 20).ToString())));
        PictureStyle.Ticks(plot.Axes.Right, Enumerable.Range(0, 6).Select(i => (i * 20.0, $"{i * 20}%")));
        plot.Axes.SetLimitsX(-0.5, points.Count - 0.5);
        plot.Axes.SetLimitsY(Bottom, Top, plot.Axes.Left); // a score of 0 stays clear of the axis line
        plot.Axes.SetLimitsY(Bottom, Top, plot.Axes.Right);
        var legend = new List<(string, Color, string)> { (PictureStyle.Symbol(w.Font, "●", "*"), PictureStyle.Score, w.Say("得分（左轴）", "score (left)")) };
        if (rated.Count > 0) legend.Add((PictureStyle.Symbol(w.Font, "□", "[]"), PictureStyle.Rate, w.Say("按时率（右轴，虚线）", "on-time rate (right, dashed)")));
        legend.Add((PictureStyle.Symbol(w.Font, "○", "o"), PictureStyle.Score, w.Say("本期", "this period")));
        PictureStyle.Legend(plot, w.Font, -0.5, Top, legend, WidthMm - 30);
        var alt = $"{unit}历次考核得分：" + string.Join("；", points.Select((p, i) =>
            $"{PeriodChinese(p.Period)}{(i == points.Count - 1 ? "（本期）" : "")}{p.Score:0.##}分（{p.Grade}）" +
            (p.Rate is double r ? $"，按时率{r * 100:0.0}%" : ""))) + "。";
        return Render(plot, WidthMm, HeightMm, alt);
    }

    /// <summary>"2026年\n第三季度" (two lines: eight periods fit across the page), or the id without a CJK font.</summary>
    private static string Period(PictureWords w, string id)
    {
        var text = w.Period(id);
        int year = text.IndexOf('年');
        return w.Chinese && year > 0 && year < text.Length - 1 ? text[..(year + 1)] + "\n" + text[(year + 1)..] : text;
    }

    private static string PeriodChinese(string id) => Core.Domain.AuditPeriod.TryParse(id, out var p) ? p!.Chinese : id;
}
