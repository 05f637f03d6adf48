using System.Collections.Immutable;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using NodaTime;
using ScottPlot;
using static Auditor.Reports.Pictures.PlotPicture;

namespace Auditor.Reports.Pictures;

/// <summary>A picture with the sentence that goes under it in the document (Chinese: Word draws it with its own fonts).</summary>
internal sealed record CaptionedPicture(Picture Picture, string Note);

/// <summary>
/// A scorecard's "cases against their deadlines": one row per obligation kind, each case that was not met as a point at
/// the share of its window it took (<see cref="ShareAxis"/>): late ones at their actual time, missing and pending ones
/// counted up to the as-of time; the deadline as a line. Met cases are not kept one by one (the audit counts them), so
/// they are drawn as the distribution of the share they used (<see cref="UnitTotals.MetShares"/>), and counted in the note.
/// </summary>
internal static class DeadlinePicture
{
    public const double WidthMm = 160;

    private sealed record Point(ObligationKind Kind, Verdict Verdict, double Share, string Key);

    /// <returns>null when the unit has no timed case to draw.</returns>
    public static CaptionedPicture? Build(PictureWords w, string unit, string shownUnit, UnitTotals? totals, IReadOnlyList<Finding> kept, Instant asOf, string asOfText)
    {
        var points = new List<Point>();
        int insufficient = 0, untimed = 0, noTime = 0;
        foreach (var f in kept)
        {
            if (f.Verdict == Verdict.InsufficientData) { insufficient++; continue; }
            if (f.Verdict is not (Verdict.Breached or Verdict.Missing or Verdict.Pending)) continue; // met ones: MetShares
            if (!f.Kind.IsTimed()) { untimed++; continue; }
            if (Share(f, asOf) is not double share) { noTime++; continue; }
            points.Add(new Point(f.Kind, f.Verdict, share, f.CaseId + "\u0001" + f.RuleId));
        }
        var metShares = totals?.MetShares ?? ImmutableSortedDictionary<ObligationKind, ImmutableArray<int>>.Empty;
        var kinds = points.Select(p => p.Kind).Concat(metShares.Where(kv => kv.Value.Sum() > 0).Select(kv => kv.Key))
            .Distinct().Order().ToList();
        if (kinds.Count == 0) return null;

        var plot = PictureStyle.NewPlot(w.Font);
        PictureStyle.Title(plot, w.Say($"{shownUnit}各案件用时与时限", $"{shownUnit}: time taken against the deadline"));
        int n = kinds.Count;
        double Row(ObligationKind k) => n - 1 - kinds.IndexOf(k); // first kind on top

        // met: per kind, bars of the share of the window used (0–10 %, …, 90–100 %), scaled to the row's fullest bucket
        int metDrawn = 0;
        foreach (var k in kinds)
        {
            if (!metShares.TryGetValue(k, out var buckets) || buckets.Sum() == 0) continue;
            int max = buckets.Max();
            for (int b = 0; b < buckets.Length; b++)
            {
                if (buckets[b] == 0) continue;
                metDrawn += buckets[b];
                double half = 0.42 * buckets[b] / max, y = Row(k);
                var r = plot.Add.Rectangle((double)b / buckets.Length + 0.004, (double)(b + 1) / buckets.Length - 0.004, y - half, y + half);
                r.FillColor = PictureStyle.Met;
                r.LineWidth = 0;
            }
        }

        plot.Add.VerticalLine(1, Pt(1.25), PictureStyle.Ink, LinePattern.Dashed); // the deadline
        foreach (var (verdict, shape, color, size) in Markers)
        {
            var mine = points.Where(p => p.Verdict == verdict).ToList();
            if (mine.Count == 0) continue;
            var m = plot.Add.Markers(mine.Select(p => ShareAxis.X(p.Share)).ToArray(),
                mine.Select(p => Row(p.Kind) + StableJitter.Of(p.Key, 0.32)).ToArray(), shape, Pt(size), color);
            m.MarkerStyle.LineWidth = Pt(1);
        }

        PictureStyle.Ticks(plot.Axes.Bottom, ShareAxis.Ticks(w));
        PictureStyle.Ticks(plot.Axes.Left, kinds.Select(k => (Row(k), w.Kind(k))));
        plot.Axes.Bottom.Label.Text = w.Say("已用时间占时限的比例（时限内按比例；超出时限按倍数，对数刻度）", "elapsed / window (beyond the deadline: multiple of the window, log scale)");
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        double top = n - 0.4 + 0.7; // a band on top for the legend
        plot.Axes.SetLimits(-0.03, ShareAxis.Right + 0.05, -0.6, top);
        // the data area: the picture less the kind labels on the left and a margin on the right
        double labels = kinds.Max(k => PictureStyle.TextWidthMm(w.Font, w.Kind(k), PictureStyle.TickPt));
        PictureStyle.Legend(plot, w.Font, -0.03, top, Legend(w), WidthMm - labels - 16);

        double heightMm = Math.Clamp(26 + 10 * n, 46, 200);
        var counts = kinds.Select(k => Count(k, totals, points)).ToList();
        var alt = $"{unit}各案件用时与时限（截至{asOfText}）：" + string.Join("；", counts) + "。";
        var picture = Render(plot, WidthMm, heightMm, alt);

        int met = totals?.Count(Verdict.Met) ?? 0;
        var note = $"横轴为已用时间占时限（从起算到期限）的比例，时限以内按比例，超出时限按倍数（对数刻度），虚线为期限；" +
                   $"● 超时（按实际完成时间），◆ 未履行（计至截止时间{asOfText}），○ 未到期（计至截止时间）；" +
                   $"绿色柱为按时履行事项的用时分布（绘出 {metDrawn} 项{(met > metDrawn ? $"，另有 {met - metDrawn} 项缺少起算、期限或完成时间未绘出" : "")}）。";
        var left = new List<string>();
        if (insufficient > 0) left.Add($"数据不足 {insufficient} 项");
        if (untimed > 0) left.Add($"无时限的事项 {untimed} 项（如虚假反馈、催办未落实）");
        if (noTime > 0) left.Add($"缺少起算或期限时间的 {noTime} 项");
        if (left.Count > 0) note += "未绘出：" + string.Join("、", left) + "，见下表。";
        note += w.KindKey(kinds);
        return new CaptionedPicture(picture, note);
    }

    private static readonly (Verdict Verdict, MarkerShape Shape, Color Color, double SizePt)[] Markers =
    [
        (Verdict.Pending, MarkerShape.OpenCircle, PictureStyle.Pending, 5.5),
        (Verdict.Breached, MarkerShape.FilledCircle, PictureStyle.Breached, 5),
        (Verdict.Missing, MarkerShape.FilledDiamond, PictureStyle.Missing, 6),
    ];

    private static IReadOnlyList<(string, Color, string)> Legend(PictureWords w) =>
    [
        (PictureStyle.Symbol(w.Font, "■", "#"), PictureStyle.Met, w.Say("按时（用时分布）", "on time (spread)")),
        (PictureStyle.Symbol(w.Font, "●", "*"), PictureStyle.Breached, w.Say("超时（按完成时间）", "late (when done)")),
        (PictureStyle.Symbol(w.Font, "◆", "<>"), PictureStyle.Missing, w.Say("未履行（计至截止）", "missing (to as-of)")),
        (PictureStyle.Symbol(w.Font, "○", "o"), PictureStyle.Pending, w.Say("未到期（计至截止）", "pending (to as-of)")),
    ];

    /// <summary>Elapsed ÷ window: to the actual time when done, else to the as-of time; null without a start and a later deadline.</summary>
    internal static double? Share(Finding f, Instant asOf)
    {
        if (f.Start is not { } start || f.Deadline is not { } deadline || deadline <= start) return null;
        var end = f.Actual ?? asOf;
        return Math.Max(0, (end - start).TotalTicks / (deadline - start).TotalTicks);
    }

    private static string Count(ObligationKind k, UnitTotals? totals, List<Point> points)
    {
        var parts = new List<string>();
        int met = totals?.Count(k, Verdict.Met) ?? 0;
        if (met > 0) parts.Add($"按时{met}件");
        foreach (var v in new[] { Verdict.Breached, Verdict.Missing, Verdict.Pending })
        {
            var mine = points.Where(p => p.Kind == k && p.Verdict == v).ToList();
            if (mine.Count == 0) continue;
            parts.Add(v == Verdict.Breached
                ? $"超时{mine.Count}件（最多为时限的{mine.Max(p => p.Share):0.#}倍）"
                : $"{v.Chinese()}{mine.Count}件");
        }
        return $"{k.Chinese()}：{string.Join("、", parts)}";
    }
}
