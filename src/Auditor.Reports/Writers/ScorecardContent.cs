using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.Analysis;
using Auditor.Reports.Docx;
using Auditor.Reports.Pictures;

namespace Auditor.Reports.Writers;

/// <summary>Sections a unit's 成绩单 and 自查报告 share: score table, deductions, kind-rate chart, findings, fix hints.</summary>
internal static class ScorecardContent
{
    private static int W(double mm) => PageLayout.Mm(mm);

    /// <summary>
    /// The score table. Rank and the all-unit rate are shown against <see cref="AuditOutcome.ComparedWith"/>; a
    /// self-check of ledgers that held only the unit's own cases has nothing to compare with and shows neither.
    /// </summary>
    public static void ScoreTable(WordDocument doc, ReportContext ctx, UnitScore s)
    {
        var compared = ctx.Outcome.ComparedWith;
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "单位", s.Unit + (s.UnitCode is null ? "" : $"（{s.UnitCode}）") },
            new[] { "得分", $"{OutcomeFigures.Points(s.Score)}分" },
            new[] { "等次", s.Grade },
        };
        if (compared is not null) rows.Add(["排名", $"第{s.Rank}名（共{compared.RankedUnits}个单位）"]);
        rows.Add(["按时率", OutcomeFigures.Percent(s.OnTimeRate) +
            (compared is null ? "" : $"（全部单位 {OutcomeFigures.Percent(OutcomeFigures.RateOf(OutcomeFigures.Tally(compared.ByKind)))}）")]);
        rows.Add(["判定", string.Join("，", Enum.GetValues<Verdict>().Where(v => v != Verdict.NotApplicable).Select(v => $"{v.Chinese()}{s.Count(v)}项"))]);
        rows.Add(["计分方案", ctx.Outcome.ScoringScheme]);
        rows.Add(["计分算式", ShownFormula(s)]);
        doc.Table([new("项目", W(30), "center"), new("内容", W(136))], rows, WordStyles.RpTable, WordStyles.RpTableHead);
    }

    /// <summary>
    /// A scorecard is read by people: its tables list at most this many rows (most serious first) and say where the
    /// rest are (findings.xlsx, filtered by unit). Keeps a 9,000-finding unit's card readable and fast to write.
    /// </summary>
    public const int MaxTableRows = 300;

    private static IEnumerable<T> Capped<T>(WordDocument doc, IReadOnlyCollection<T> rows, string what)
    {
        if (rows.Count <= MaxTableRows) return rows;
        doc.Paragraph(WordStyles.RpNote, $"本单位共有{what} {rows.Count} 条，下表列出前 {MaxTableRows} 条；完整清单见 findings.xlsx（按单位筛选）。");
        return rows.Take(MaxTableRows);
    }

    /// <summary>The formula as shown in a document: whole when short, else its head and where the whole one is.</summary>
    public static string ShownFormula(UnitScore s) =>
        s.Formula.Length <= 1500 ? s.Formula
            : s.Formula[..1200] + $" … （共 {s.Deductions.Length} 项扣分，逐项见 findings.csv 中本单位的各条判定及其权重）= {OutcomeFigures.Points(s.Score)}";

    public static void Deductions(WordDocument doc, UnitScore s, IReadOnlyList<Finding> findings)
    {
        if (s.Deductions.Length == 0) { doc.Paragraph(WordStyles.RpBody, "本期无扣分。"); return; }
        var byKey = new Dictionary<(string, string), Finding>();
        foreach (var f in findings) byKey.TryAdd((f.CaseId, f.RuleId), f);
        doc.Table([new("序号", W(10), "center"), new("案件编号", W(25), "center"), new("履职事项", W(20), "center"), new("判定", W(14), "center"),
                new("扣分", W(12), "center"), new("说明（对应判定的证据）", W(85))],
            Capped(doc, s.Deductions, "扣分").Select((d, i) => (IReadOnlyList<string>)[(i + 1).ToString(), d.CaseId, d.Kind.Chinese(), d.Verdict.Chinese(), OutcomeFigures.Points(d.Points),
                d.Explanation + (byKey.TryGetValue((d.CaseId, d.RuleId), out var f) ? $"\n证据：{f.Evidence}（{f.Clause.Short}）" : "")]),
            WordStyles.RpTable, WordStyles.RpTableHead);
    }

    /// <summary>
    /// The unit's on-time rate by kind against the rate of the same kind over the units it is compared with
    /// (<see cref="AuditOutcome.ComparedWith"/>); the unit's own rates alone when there are none to compare with.
    /// </summary>
    public static void KindChart(WordDocument doc, ReportContext ctx, UnitScore s)
    {
        var unitRates = s.KindRates.Length > 0
            ? s.KindRates.ToDictionary(k => k.Kind, k => k.Rate)
            : ctx.Figures.TallyOf(s.Unit).ToDictionary(k => k.Kind, k => k.Rate);
        var compared = ctx.Outcome.ComparedWith;
        var all = compared is null ? [] : OutcomeFigures.Tally(compared.ByKind).Where(k => k.Judged > 0).ToDictionary(k => k.Kind, k => k.Rate);
        var kinds = unitRates.Where(kv => kv.Value is not null).Select(kv => kv.Key).Union(all.Keys).OrderBy(k => (int)k).ToList();
        if (kinds.Count == 0) { doc.Paragraph(WordStyles.RpBody, "本期没有可计算按时率的事项。"); return; }
        var unitSeries = new ChartSeries(s.Unit, kinds.Select(k => unitRates.GetValueOrDefault(k)).ToList(), "C00000");
        var chart = compared is null
            ? new ChartSpec($"{s.Unit}各类事项按时率", ChartType.Column, kinds.Select(k => k.Chinese()).ToList(), [unitSeries])
            : new ChartSpec($"{s.Unit}与全部单位按时率对比", ChartType.Column, kinds.Select(k => k.Chinese()).ToList(),
                [unitSeries, new ChartSeries("全部单位", kinds.Select(k => all.GetValueOrDefault(k)).ToList(), "7F7F7F")]);
        doc.Chart(chart with { AxisMin = 0, AxisMax = 1, NumberFormat = "0%", DataLabels = true }, 160, 80);
        doc.Paragraph(WordStyles.RpNote, "空缺的柱表示本单位该类事项本期没有可判定的记录。", new ParaOptions { Align = "center" });
    }

    /// <summary>
    /// The unit's pictures (ScottPlot, PNG at print resolution): its cases against their deadlines, and its score over the
    /// periods of the history store with the change from the previous period. Each has a note under it.
    /// </summary>
    public static void Pictures(WordDocument doc, ReportContext ctx, UnitScore s)
    {
        var w = ctx.Words;
        if (w.Font.Script == PictureScript.None)
        {
            doc.Paragraph(WordStyles.RpNote, "本机没有可用于绘图的字体，未生成用时图和得分趋势图（安装 fonts-noto-cjk 后重新运行即可）。");
            return;
        }
        int number = ctx.Figures.PositionOf(s.Unit);
        var shown = w.Unit(s.Unit, s.UnitCode, number);
        var deadline = DeadlinePicture.Build(w, s.Unit, shown, ctx.Outcome.Totals.Of(s.Unit), ctx.Figures.FindingsOf(s.Unit), ctx.Outcome.AsOf, ctx.AsOfText);
        if (deadline is null) doc.Paragraph(WordStyles.RpBody, "本期没有可以按用时绘图的事项（没有带起算和期限时间的判定）。");
        else
        {
            doc.Picture(deadline.Picture);
            doc.Paragraph(WordStyles.RpNote, (shown == s.Unit ? "" : $"图中“{shown}”即{s.Unit}。") + deadline.Note, new ParaOptions { Align = "both" });
        }
        var trend = ctx.Periods.TrendOf(s);
        if (trend.Count == 0)
        {
            doc.Paragraph(WordStyles.RpNote, "历史库中没有本单位此前考核期的得分，暂无得分趋势图。", new ParaOptions { Align = "center" });
            return;
        }
        doc.Picture(ScoreTrendPicture.Build(w, s.Unit, shown, trend));
        doc.Paragraph(WordStyles.RpNote, TrendNote(ctx, s, trend), new ParaOptions { Align = "both" });
    }

    /// <summary>The change from the previous period in words: score, on-time rate, each kind's rate.</summary>
    private static string TrendNote(ReportContext ctx, UnitScore s, IReadOnlyList<TrendPoint> trend)
    {
        var before = trend[^2];
        var label = AuditPeriod.TryParse(before.Period, out var p) ? p!.Chinese : before.Period;
        var diff = Math.Round(s.Score - before.Score, 2);
        var sb = new System.Text.StringBuilder($"与{label}相比：得分{(diff > 0 ? $"上升{OutcomeFigures.Points(diff)}分" : diff < 0 ? $"下降{OutcomeFigures.Points(-diff)}分" : "持平")}");
        if (before.Rate is double r0 && s.OnTimeRate is double r1)
            sb.Append($"；按时率由{OutcomeFigures.Percent(r0)}变为{OutcomeFigures.Percent(r1)}（{PeriodComparison.Points(r1 - r0)}个百分点）");
        var kinds = ctx.Periods.ChangesOf(s.Unit).Where(c => c.PreviousPeriod == before.Period && c.Change is not null).ToList();
        if (kinds.Count > 0)
            sb.Append("；各类事项按时率：").Append(string.Join("，", kinds.Select(c =>
                $"{c.Kind.Chinese()} {OutcomeFigures.Percent(c.PreviousRate)}→{OutcomeFigures.Percent(c.Rate)}（{PeriodComparison.Points(c.Change!.Value)}）")));
        return sb.Append("。得分为左轴，按时率为右轴；圆圈标出本期。").ToString();
    }

    /// <summary>
    /// The unit's findings that need attention (<see cref="OutcomeFigures.FindingsOf"/>: 超时, 未履行, then 数据不足,
    /// 未到期, and appealed ones), capped; the other met ones are counted in one sentence (every finding is in
    /// findings.xlsx/csv).
    /// </summary>
    public static void FindingsTable(WordDocument doc, IReadOnlyList<Finding> findings, int metCount)
    {
        var shown = findings
            .OrderBy(f => f.Verdict.IsFailure() ? 0 : f.Verdict == Verdict.InsufficientData ? 1 : f.Verdict == Verdict.Pending ? 2 : 3)
            .ThenBy(f => f.CaseId, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        int plainMet = metCount - shown.Count(f => f.Verdict == Verdict.Met);
        var met = plainMet > 0 ? $"按时履行的{plainMet}项判定不逐条列出，见 findings.xlsx（按单位筛选）。" : "";
        if (shown.Count == 0) { doc.Paragraph(WordStyles.RpBody, "本期无超时、未履行、未到期或数据不足的判定事项。" + met); return; }
        if (met.Length > 0) doc.Paragraph(WordStyles.RpBody, $"下表列出超时、未履行、数据不足、未到期和经申诉改判的判定事项；{met}");
        doc.Table([new("案件编号", W(25), "center"), new("舆情标题", W(30)), new("履职事项", W(18), "center"), new("判定", W(13), "center"),
                new("证据", W(58)), new("依据", W(22), "center")],
            Capped(doc, shown, "判定事项").Select(f => (IReadOnlyList<string>)[f.CaseId, f.CaseTitle ?? "—", f.Kind.Chinese(), f.Verdict.Chinese(),
                f.Evidence + (f.Override is { } ov ? $"\n（经申诉改判：原判定{ov.Original.Chinese()}，{ov.Justification}，{ov.Approver}批准）" : ""),
                f.Clause.Short]),
            WordStyles.RpTable, WordStyles.RpTableHead);
    }

    /// <summary>Fix hints of the rules the unit failed (or could not be judged on), each once, with its clause.</summary>
    public static int FixHints(WordDocument doc, IReadOnlyList<Finding> findings)
    {
        var hints = findings.Where(f => f.Verdict.IsFailure() || f.Verdict == Verdict.InsufficientData)
            .GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        int i = 1;
        foreach (var g in hints)
        {
            var f = g.First();
            var hint = string.IsNullOrWhiteSpace(f.FixHint)
                ? (f.Verdict == Verdict.InsufficientData ? "完善台账，如实、完整填写各环节的时间（精确到分钟）。" : $"严格按{f.Clause.Short}规定的时限履行“{f.Kind.Chinese()}”。")
                : f.FixHint!;
            doc.Paragraph(WordStyles.RpBody, [new RunSpec($"{i++}．{f.RuleTitle}") { Bold = true },
                $"（{f.Clause.Short}，涉及{g.Select(x => x.CaseId).Distinct().Count()}件）：{hint}"]);
        }
        if (i == 1) doc.Paragraph(WordStyles.RpBody, "本期未发现需要整改的问题，请继续保持。");
        return i - 1;
    }
}
