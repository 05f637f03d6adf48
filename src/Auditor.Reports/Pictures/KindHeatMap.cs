using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using ScottPlot;
using static Auditor.Reports.Pictures.PlotPicture;

namespace Auditor.Reports.Pictures;

/// <summary>
/// The summary's heat map: units (ranking order) × obligation kinds, each cell the unit's on-time rate of the kind in
/// one of five classes with the percentage printed in it (readable in black-and-white print), grey where the unit had
/// nothing of the kind judged. Long rankings are split into pictures of <see cref="RowsPerPicture"/> units, a page each.
/// </summary>
internal static class KindHeatMap
{
    public const int RowsPerPicture = 40;
    public const double WidthMm = 160, HeaderMm = 36, RowMm = 4.6;

    private static readonly (double Min, Color Fill, Color Text, string Chinese, string Latin)[] Classes =
    [
        (0.95, Color.FromHex("#548235"), Colors.White, "≥95%", ">=95%"),
        (0.90, Color.FromHex("#A9D18E"), PictureStyle.Ink, "90%–95%", "90-95%"),
        (0.80, Color.FromHex("#FFE699"), PictureStyle.Ink, "80%–90%", "80-90%"),
        (0.60, Color.FromHex("#F4B183"), PictureStyle.Ink, "60%–80%", "60-80%"),
        (0.00, Color.FromHex("#C00000"), Colors.White, "<60%", "<60%"),
    ];
    private static readonly Color None = Color.FromHex("#D9D9D9");

    /// <summary>The pictures, one per slice of the ranking (rendered in parallel, returned in order); empty when no kind was judged.</summary>
    /// <param name="ranked">The units shown, in ranking order.</param>
    /// <param name="skipped">How many rows of the ranking come before them (their row numbers start after these).</param>
    public static IReadOnlyList<Picture> Build(PictureWords w, IReadOnlyList<UnitScore> ranked, FindingTotals totals, IReadOnlyList<ObligationKind> kinds,
        string titlePrefix, int skipped = 0)
    {
        if (kinds.Count == 0 || ranked.Count == 0) return [];
        int parts = (ranked.Count + RowsPerPicture - 1) / RowsPerPicture;
        return Enumerable.Range(0, parts).AsParallel().AsOrdered().Select(part =>
        {
            int from = part * RowsPerPicture;
            var rows = ranked.Skip(from).Take(RowsPerPicture).ToList();
            int first = skipped + from + 1, last = skipped + from + rows.Count;
            var range = parts == 1 && skipped == 0 ? "" : w.Say($"（排名表第{first}—{last}行）", $" (rows {first}-{last})");
            return Slice(w, rows, skipped + from, totals, kinds, titlePrefix + range);
        }).ToList();
    }

    private static Picture Slice(PictureWords w, List<UnitScore> rows, int from, FindingTotals totals, IReadOnlyList<ObligationKind> kinds, string title)
    {
        var plot = PictureStyle.NewPlot(w.Font);
        PictureStyle.Title(plot, title);
        int n = rows.Count;
        var alt = new List<string>();
        for (int r = 0; r < n; r++)
        {
            var u = totals.Of(rows[r].Unit);
            double y = n - 1 - r;
            var cells = new List<string>();
            for (int c = 0; c < kinds.Count; c++)
            {
                int met = u?.Count(kinds[c], Verdict.Met) ?? 0;
                int judged = met + (u?.Count(kinds[c], Verdict.Breached) ?? 0) + (u?.Count(kinds[c], Verdict.Missing) ?? 0);
                double? rate = judged == 0 ? null : (double)met / judged;
                var cls = rate is double v ? Classes.First(k => v >= k.Min) : default;
                var cell = plot.Add.Rectangle(c, c + 1, y - 0.5, y + 0.5);
                cell.FillColor = rate is null ? None : cls.Fill;
                cell.LineColor = Colors.White;
                cell.LineWidth = Pt(0.75);
                var text = rate is double p ? Percent(p) : "—";
                var t = PictureStyle.Text(plot, w.Font, text, c + 0.5, y, PictureStyle.CellPt, Alignment.MiddleCenter);
                t.LabelStyle.ForeColor = rate is null ? PictureStyle.Pending : cls.Text;
                if (rate is not null) cells.Add($"{kinds[c].Chinese()}{text}");
            }
            alt.Add($"{rows[r].Unit}：{(cells.Count == 0 ? "无可计算按时率的事项" : string.Join("，", cells))}");
        }
        plot.Axes.Top.IsVisible = true;
        PictureStyle.Apply(plot.Axes.Top.TickLabelStyle, w.Font, PictureStyle.TickPt, bold: false);
        // a column is about (160 − 45) mm ÷ kinds wide; a CJK character of 8 pt is 2.8 mm
        int perLine = Math.Max(2, (int)(115.0 / kinds.Count * 0.9 / 2.8));
        PictureStyle.Ticks(plot.Axes.Top, kinds.Select((k, c) => (c + 0.5, Wrap(w.Kind(k), perLine))));
        PictureStyle.Ticks(plot.Axes.Bottom, []);
        PictureStyle.Ticks(plot.Axes.Left, rows.Select((s, r) => ((double)(n - 1 - r), $"{s.Rank}  {w.Unit(s.Unit, s.UnitCode, from + r + 1)}")));
        plot.Axes.Left.TickLabelStyle.FontSize = Pt(PictureStyle.CellPt);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Top.MajorTickStyle.Length = 0;
        plot.Grid.IsVisible = false;
        double bottom = -1.6; // a band under the cells for the legend
        plot.Axes.SetLimitsX(0, kinds.Count);
        plot.Axes.SetLimitsX(0, kinds.Count, plot.Axes.Top);
        plot.Axes.SetLimitsY(bottom, n - 0.5);
        PictureStyle.Legend(plot, w.Font, 0, -0.75,
            [.. Classes.Select(k => (PictureStyle.Symbol(w.Font, "■", "#"), k.Fill, w.Say(k.Chinese, k.Latin))),
                (PictureStyle.Symbol(w.Font, "■", "#"), None, w.Say("无可判定事项", "nothing judged"))], WidthMm - 50);
        double heightMm = HeaderMm + RowMm * (n + 2);
        return Render(plot, WidthMm, heightMm, $"{title}：{string.Join("；", alt)}。");
    }

    /// <summary>Whole percent, rounded; a rate under 100 % never shows as 100 % (99.6 % → 99%), one above 0 never as 0 (0.3 % → 1%).</summary>
    internal static string Percent(double rate)
    {
        double p = Math.Round(rate * 100, MidpointRounding.AwayFromZero);
        if (rate < 1 && p >= 100) p = 99;
        if (rate > 0 && p <= 0) p = 1;
        return $"{p:0}%";
    }

    /// <summary>A label in lines of at most <paramref name="width"/> characters (kind names over narrow columns).</summary>
    internal static string Wrap(string text, int width)
    {
        // a kind id ("press-conference") breaks after its hyphens; Latin letters are about half as wide as CJK ones
        if (text.All(char.IsAscii)) return text.Length <= 2 * width ? text : text.Replace("-", "-\n");
        if (text.Length <= width) return text;
        int lines = (text.Length + width - 1) / width, per = (text.Length + lines - 1) / lines;
        return string.Join("\n", Enumerable.Range(0, lines).Select(i => text.Substring(i * per, Math.Min(per, text.Length - i * per))));
    }
}
