using Auditor.Core.Domain;
using ScottPlot;
using static Auditor.Reports.Pictures.PlotPicture;

namespace Auditor.Reports.Pictures;

/// <summary>
/// The summary's distribution of overrun time: how far past the deadline the late findings were done, in buckets that
/// grow from minutes to months (each about twice to three times the one before, so hours and days are both readable),
/// stacked with the missing ones (counted up to the as-of time). Kinds without a time limit (false feedback, urging …)
/// have no overrun and are left out.
/// </summary>
internal static class OverrunHistogram
{
    public const double WidthMm = 160, HeightMm = 88;

    /// <summary>Upper bounds in minutes (inclusive); the last bucket is open.</summary>
    internal static readonly long[] Bounds = [10, 30, 60, 120, 360, 720, 1440, 2880, 4320, 10080, 43200];

    private static readonly (string Chinese, string Latin)[] Labels =
    [
        ("≤10\n分钟", "<=10\nmin"), ("10–30\n分钟", "10-30\nmin"), ("30分钟\n–1小时", "30min\n-1h"), ("1–2\n小时", "1-2\nh"),
        ("2–6\n小时", "2-6\nh"), ("6–12\n小时", "6-12\nh"), ("12小时\n–1天", "12h\n-1d"), ("1–2\n天", "1-2\nd"), ("2–3\n天", "2-3\nd"),
        ("3–7\n天", "3-7\nd"), ("7–30\n天", "7-30\nd"), (">30\n天", ">30\nd"),
    ];

    public static int Bucket(long minutes)
    {
        for (int i = 0; i < Bounds.Length; i++) if (minutes <= Bounds[i]) return i;
        return Bounds.Length;
    }

    /// <returns>null when no late or missing finding has an overrun to draw.</returns>
    public static CaptionedPicture? Build(PictureWords w, IEnumerable<Finding> findings, string title, string asOfText)
    {
        var late = new int[Labels.Length];
        var missing = new int[Labels.Length];
        int untimed = 0;
        var lateMinutes = new List<long>();
        foreach (var f in findings)
        {
            if (!f.Verdict.IsFailure()) continue;
            if (!f.Kind.IsTimed() || f.OverrunMinutes is not long m || m <= 0) { untimed++; continue; }
            if (f.Verdict == Verdict.Breached) { late[Bucket(m)]++; lateMinutes.Add(m); }
            else missing[Bucket(m)]++;
        }
        if (late.Sum() + missing.Sum() == 0) return null;

        var plot = PictureStyle.NewPlot(w.Font);
        PictureStyle.Title(plot, title);
        var bars = new List<Bar>();
        for (int i = 0; i < Labels.Length; i++)
        {
            if (late[i] > 0) bars.Add(new Bar { Position = i, Value = late[i], FillColor = PictureStyle.Breached, LineWidth = 0, Size = 0.7 });
            if (missing[i] > 0) bars.Add(new Bar { Position = i, ValueBase = late[i], Value = late[i] + missing[i], FillColor = PictureStyle.Missing, LineWidth = 0, Size = 0.7 });
        }
        plot.Add.Bars(bars);
        int max = Enumerable.Range(0, Labels.Length).Max(i => late[i] + missing[i]);
        for (int i = 0; i < Labels.Length; i++)
            if (late[i] + missing[i] > 0)
                PictureStyle.Text(plot, w.Font, (late[i] + missing[i]).ToString(), i, late[i] + missing[i], PictureStyle.CellPt, Alignment.LowerCenter).OffsetY = -Pt(1.5);
        PictureStyle.Ticks(plot.Axes.Bottom, Labels.Select((l, i) => ((double)i, w.Say(l.Chinese, l.Latin))));
        plot.Axes.Bottom.Label.Text = w.Say("超出时限的时长", "time past the deadline");
        plot.Axes.Left.Label.Text = w.Say("事项数", "findings");
        double top = max * 1.32 + 1;
        plot.Axes.SetLimits(-0.6, Labels.Length - 0.4, 0, top);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        PictureStyle.Legend(plot, w.Font, -0.6, top,
        [
            (PictureStyle.Symbol(w.Font, "■", "#"), PictureStyle.Breached, w.Say("超时（按实际完成时间）", "late (when done)")),
            (PictureStyle.Symbol(w.Font, "■", "#"), PictureStyle.Missing, w.Say($"未履行（计至截止时间）", "missing (until as-of)")),
        ], WidthMm - 25);
        var alt = $"{title}：" + string.Join("；", Labels.Select((l, i) => (l, i)).Where(x => late[x.i] + missing[x.i] > 0)
            .Select(x => $"{x.l.Chinese.Replace("\n", "")} 超时{late[x.i]}项、未履行{missing[x.i]}项")) + "。";
        var picture = Render(plot, WidthMm, HeightMm, alt);

        lateMinutes.Sort();
        var note = $"按超出时限的时长从10分钟以内到30天以上分为12档：超时 {late.Sum()} 项按实际完成时间计，" +
                   $"未履行 {missing.Sum()} 项计至截止时间{asOfText}。";
        if (lateMinutes.Count > 0)
            note += $"超时事项超出时长的中位数为{Duration(lateMinutes[(lateMinutes.Count - 1) / 2])}，" +
                    $"超出1天以上的 {lateMinutes.Count(m => m > 1440)} 项（{lateMinutes.Count(m => m > 1440) * 100.0 / lateMinutes.Count:0.0}%）。";
        if (untimed > 0) note += $"没有时限的事项（如虚假反馈、催办未落实）{untimed} 项不计超出时长，未绘出。";
        return new CaptionedPicture(picture, note);
    }

    internal static string Duration(long minutes) =>
        minutes < 60 ? $"{minutes}分钟"
        : minutes < 1440 ? $"{minutes / 60}小时{(minutes % 60 == 0 ? "" : $"{minutes % 60}分钟")}"
        : $"{minutes / 1440}天{(minutes % 1440 / 60 == 0 ? "" : $"{minutes % 1440 / 60}小时")}";
}
