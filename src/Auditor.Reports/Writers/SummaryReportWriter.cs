using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.Analysis;
using Auditor.Reports.Docx;
using Auditor.Reports.Pictures;
using Auditor.Reports.Text;

namespace Auditor.Reports.Writers;

/// <summary>
/// 汇总评分报告.docx: pack, period, as-of, inputs; ranking of every unit; native charts (scores by unit, on-time rate
/// by kind, lateness by severity, trend over periods); data quality; method (formula, rules with clauses,
/// interpretations); sanction lists as appendices.
/// </summary>
internal static class SummaryReportWriter
{
    /// <summary>Most bars in the score chart (the ranking table always lists every unit).</summary>
    public const int MaxChartUnits = 40;
    /// <summary>Most units in the heat map picture (40 a page): beyond it, the lowest-ranked ones.</summary>
    public const int MaxHeatMapUnits = 200;
    /// <summary>Most lines in the trend chart.</summary>
    public const int MaxTrendUnits = 10;
    public const int MaxListedDataIssues = 200;

    public static byte[] Build(ReportContext ctx)
    {
        var o = ctx.Outcome;
        var f = ctx.Figures;
        var title = $"{o.Period.Chinese}政务舆情回应处置工作考核汇总评分报告";
        var doc = ctx.NewReportWithLists(title);
        int W(double mm) => PageLayout.Mm(mm);

        doc.Paragraph(WordStyles.RpTitle, TitleLines.Break(title));
        doc.Paragraph(WordStyles.RpSubtitle, $"{o.Pack.Issuer} · {o.Pack.Title}");

        doc.Paragraph(WordStyles.RpH1, "一、考核基本情况");
        doc.Table([new("项目", W(36), "center"), new("内容", W(130))], [
            ["规则包", $"{o.Pack.Title}（{o.Pack.Id}，版本 {o.Pack.Version}）"],
            ["依据文件", ctx.BasisDocument + "；发布机关：" + o.Pack.Issuer],
            ["考核期间", $"{o.Period.Chinese}（{ctx.PeriodRange}）"],
            ["截止时间", OfficialDate.Format(ctx.AsOfLocal) + $"（{o.Zone.Id}），此后发生的事项视为尚未发生"],
            ["考核范围", $"{o.Scores.Length}个单位，舆情案件{o.CaseCount}件，判定事项{o.Totals.Total}项（另有不适用{o.NotApplicableCount}项未列入）"],
            ["判定结果", string.Join("，", Enum.GetValues<Verdict>().Where(v => v != Verdict.NotApplicable).Select(v => $"{v.Chinese()}{f.Count(v)}项")) + $"；总体按时率{OutcomeFigures.Percent(f.OverallRate)}"],
            ["计分方案", o.ScoringScheme + "（计算方法见“五、考核方法”）"],
            ["生成工具", $"Auditor {o.ToolVersion}"],
        ], WordStyles.RpTable, WordStyles.RpTableHead);
        doc.Paragraph(WordStyles.RpCaption, "输入文件");
        doc.Table([new("序号", W(10), "center"), new("文件", W(82)), new("类别", W(20), "center"), new("SHA-256（前16位）", W(54), "center")],
            o.Inputs.Select((x, i) => (IReadOnlyList<string>)[(i + 1).ToString(), x.Path, x.Role, x.Sha256.Length > 16 ? x.Sha256[..16] : x.Sha256]),
            WordStyles.RpTable, WordStyles.RpTableHead);

        doc.Paragraph(WordStyles.RpH1, "二、评分排名");
        doc.Paragraph(WordStyles.RpBody, $"全部{o.Scores.Length}个单位平均得分{f.AverageScore:0.0}分。按时率 = 按时履行 ÷（按时履行 + 超时 + 未履行）；未到期和数据不足的事项不计入按时率。");
        doc.Table([
                new("排名", W(11), "center"), new("单位", W(40)), new("得分", W(14), "center"), new("等次", W(14), "center"),
                new("按时率", W(17), "center"), new("按时", W(12), "center"), new("超时", W(12), "center"), new("未履行", W(14), "center"),
                new("未到期", W(14), "center"), new("数据不足", W(18), "center")],
            f.Ranked.Select(s => (IReadOnlyList<string>)[s.Rank.ToString(), s.Unit, OutcomeFigures.Points(s.Score), s.Grade,
                OutcomeFigures.Percent(s.OnTimeRate), s.Count(Verdict.Met).ToString(), s.Count(Verdict.Breached).ToString(),
                s.Count(Verdict.Missing).ToString(), s.Count(Verdict.Pending).ToString(), s.Count(Verdict.InsufficientData).ToString()]),
            WordStyles.RpTable, WordStyles.RpTableHead);

        doc.Paragraph(WordStyles.RpH1, "三、图表分析");
        Charts(doc, ctx);

        doc.Paragraph(WordStyles.RpH1, "四、数据质量");
        DataQuality(doc, ctx);

        doc.Paragraph(WordStyles.RpH1, "五、考核方法");
        Method(doc, ctx);

        doc.Paragraph(WordStyles.RpH1, "附录　处理名单", new ParaOptions { PageBreakBefore = true });
        int n = 1;
        // only the lists this audit decides: one the document does not provide and the office did not switch on is not "本期无"
        var decided = new[] { SanctionKind.Criticism, SanctionKind.Interview, SanctionKind.Accountability, SanctionKind.Commendation }.Where(ctx.Decides).ToList();
        if (decided.Count == 0)
            doc.Paragraph(WordStyles.RpBody, "本期考核不产生处理名单：依据文件没有规定通报批评、约谈、表彰或追责名单，本单位考核办法也没有启用。");
        foreach (var kind in decided)
        {
            var list = f.SanctionsByKind[kind].OrderBy(s => s.Unit, StringComparer.Ordinal).ToList();
            doc.Paragraph(WordStyles.RpH2, $"附录{n++}　{kind.Chinese()}名单（{list.Count}个单位）");
            if (list.Count == 0) { doc.Paragraph(WordStyles.RpBody, "本期无。"); continue; }
            doc.Table([new("序号", W(10), "center"), new("单位", W(32)), new("主要负责人", W(18), "center"), new("事由", W(58)), new("依据", W(24), "center"), new("涉及案件", W(24), "center")],
                list.Select((s, i) => (IReadOnlyList<string>)[(i + 1).ToString(), s.Unit, f.HeadOf(s.Unit) ?? "—", NoticeContent.Reasons(s),
                    NoticeContent.Clauses(s).Replace("、", "\n"), NoticeContent.Cases(s, 20).Replace("、", "\n")]),
                WordStyles.RpTable, WordStyles.RpTableHead);
        }
        return doc.ToBytes();
    }

    private static void Charts(WordDocument doc, ReportContext ctx)
    {
        var f = ctx.Figures;
        int fig = 1;
        // 1. Scores by unit, sorted (lowest at the bottom of the list shows the top rank at the top of the chart).
        var shown = f.Ranked.Count() <= MaxChartUnits ? f.Ranked.ToList() : f.Ranked.TakeLast(MaxChartUnits).ToList();
        var ordered = shown.OrderBy(s => s.Score).ThenByDescending(s => s.Unit, StringComparer.Ordinal).ToList();
        doc.Chart(new ChartSpec($"图{fig} 各单位得分", ChartType.HorizontalBar, ordered.Select(s => s.Unit).ToList(),
            [new ChartSeries("得分", ordered.Select(s => (double?)s.Score).ToList(), "1F4E79")])
            { AxisMin = 0, AxisMax = 100, DataLabels = true, NumberFormat = "0.#" }, 160, Math.Clamp(25 + 7 * ordered.Count, 70, 220));
        doc.Paragraph(WordStyles.RpNote, f.Ranked.Length <= MaxChartUnits
            ? $"图{fig++}按得分排序列出全部{f.Ranked.Length}个单位。"
            : $"图{fig++}只列出得分最低的{MaxChartUnits}个单位，全部{f.Ranked.Length}个单位的得分见上表。", new ParaOptions { Align = "center" });

        // 2. On-time rate by obligation kind.
        var kinds = f.KindTallies.Where(k => k.Judged > 0).ToList();
        doc.Chart(new ChartSpec($"图{fig} 各类履职事项按时率", ChartType.Column, kinds.Select(k => k.Kind.Chinese()).ToList(),
            [new ChartSeries("按时率", kinds.Select(k => k.Rate).ToList(), "548235")])
            { AxisMin = 0, AxisMax = 1, NumberFormat = "0%", DataLabels = true }, 160, 85);
        doc.Paragraph(WordStyles.RpNote, kinds.Count == 0 ? $"图{fig++}：本期没有可计算按时率的事项。"
            : $"图{fig++}：" + string.Join("；", kinds.Select(k => $"{k.Kind.Chinese()} {k.Met}/{k.Judged}")), new ParaOptions { Align = "center" });

        // 3. How late the late ones were, by severity.
        var series = OutcomeFigures.LatenessBuckets.Select((b, j) => new ChartSeries(b,
            f.Severities.Select((_, s) => (double?)f.Lateness[s, j]).ToList(), j == 5 ? "7F7F7F" : ChartSpec.Palette[j])).ToList();
        doc.Chart(new ChartSpec($"图{fig} 超时程度（按舆情等级）", ChartType.StackedColumn,
            f.Severities.Count == 0 ? ["无超时"] : f.Severities.ToList(), series)
            { AxisMin = 0, NumberFormat = "0", ValueAxisTitle = "事项数" }, 160, 85);
        doc.Paragraph(WordStyles.RpNote, $"图{fig++}：超时事项按超出时限的时长分档，未履行的事项单列；共超时{f.Count(Verdict.Breached)}项、未履行{f.Count(Verdict.Missing)}项。",
            new ParaOptions { Align = "center" });

        // 4. Trend per unit over periods, when the history holds earlier periods.
        var history = ctx.Outcome.History;
        var periods = history.Select(h => h.Period).Distinct().ToList();
        if (periods.Count >= 1 && !periods.Contains(ctx.Outcome.Period.Id)) periods.Add(ctx.Outcome.Period.Id);
        if (periods.Count > 1)
        {
            var trendUnits = f.Ranked.Count() <= MaxTrendUnits ? f.Ranked.ToList() : f.Ranked.TakeLast(MaxTrendUnits).ToList();
            var lookup = history.ToDictionary(h => (h.Period, h.Unit), h => h.Score);
            foreach (var s in ctx.Outcome.Scores) lookup[(ctx.Outcome.Period.Id, s.Unit)] = s.Score;
            var lines = trendUnits.Select((u, i) => new ChartSeries(u.Unit,
                periods.Select(p => lookup.TryGetValue((p, u.Unit), out var v) ? (double?)v : null).ToList(), ChartSpec.Palette[i % ChartSpec.Palette.Length])).ToList();
            doc.Chart(new ChartSpec($"图{fig} 各单位得分趋势", ChartType.Line, periods.Select(PeriodLabel).ToList(), lines)
                { AxisMin = 0, AxisMax = 100, NumberFormat = "0" }, 160, 95);
            doc.Paragraph(WordStyles.RpNote, trendUnits.Count == f.Ranked.Length
                ? $"图{fig++}：{periods.Count}个考核期的得分，缺考核期的单位该点空缺。"
                : $"图{fig++}：{periods.Count}个考核期中本期得分最低的{trendUnits.Count}个单位。", new ParaOptions { Align = "center" });
            KindChangeTable(doc, ctx);
        }
        Pictures(doc, ctx, ref fig);
    }

    /// <summary>Each kind's on-time rate over all units, this period against the previous one (the cross-period analysis).</summary>
    private static void KindChangeTable(WordDocument doc, ReportContext ctx)
    {
        var changes = ctx.Periods.KindChanges.Where(c => c.Judged > 0 && c.PreviousJudged > 0).ToList();
        if (changes.Count == 0 || ctx.Periods.Previous is not string previous) return;
        int W(double mm) => PageLayout.Mm(mm);
        var before = PeriodLabel(previous);
        doc.Paragraph(WordStyles.RpCaption, $"各类事项按时率环比（全部单位，本期与{before}）");
        doc.Table([new("履职事项", W(40)), new($"{before}", W(40), "center"), new("本期", W(40), "center"), new("变化（百分点）", W(40), "center")],
            changes.Select(c => (IReadOnlyList<string>)[c.Kind.Chinese(),
                $"{OutcomeFigures.Percent(c.PreviousRate)}（{c.PreviousJudged}项）", $"{OutcomeFigures.Percent(c.Rate)}（{c.Judged}项）",
                c.Change is double d ? PeriodComparison.Points(d) : "—"]),
            WordStyles.RpTable, WordStyles.RpTableHead);
        doc.Paragraph(WordStyles.RpNote, "按时率 = 按时履行 ÷（按时履行 + 超时 + 未履行），括号内为可判定的事项数；只列出两期都有可判定事项的类别。",
            new ParaOptions { Align = "center" });
    }

    /// <summary>
    /// The pictures (ScottPlot, PNG at print resolution): units × kinds on-time rate heat map (a picture per 40 units)
    /// and the distribution of overrun time. Without a CJK font they are labelled in Latin letters and codes and the
    /// section says so; without any font there are none.
    /// </summary>
    private static void Pictures(WordDocument doc, ReportContext ctx, ref int fig)
    {
        var f = ctx.Figures;
        var w = ctx.Words;
        if (w.Font.Script != PictureScript.Chinese) doc.Paragraph(WordStyles.RpNote, w.Font.Notice + "。");
        if (w.Font.Script == PictureScript.None) return;
        var kinds = f.KindTallies.Where(k => k.Judged > 0).Select(k => k.Kind).ToList();
        var mapped = f.Ranked.Length <= MaxHeatMapUnits ? f.Ranked.ToList() : f.Ranked.TakeLast(MaxHeatMapUnits).ToList();
        var maps = KindHeatMap.Build(w, mapped, ctx.Outcome.Totals, kinds, w.Say($"图{fig} 各单位各类事项按时率", $"Fig. {fig} on-time rate by unit and kind"),
            f.Ranked.Length - mapped.Count);
        for (int i = 0; i < maps.Count; i++)
        {
            if (i > 0 || maps.Count > 1) doc.PageBreak();
            doc.Picture(maps[i]);
        }
        if (maps.Count > 0)
        {
            var key = w.Chinese ? "" : "图中单位以单位编码（无编码时以排名表中的序号 No.n）标注；" + w.KindKey(kinds);
            doc.Paragraph(WordStyles.RpNote, $"图{fig++}：单位按排名顺序排列（行首数字为名次），格中为该单位该类事项的按时率，" +
                $"按 ≥95%、90%–95%、80%–90%、60%–80%、<60% 五档着色，灰色“—”表示该单位本期没有可判定的该类事项" +
                (mapped.Count < f.Ranked.Length ? $"；只列出得分最低的{mapped.Count}个单位（共{f.Ranked.Length}个单位，各单位的分类按时率见其成绩单）" : "") +
                (maps.Count > 1 ? $"；分{maps.Count}张图" : "") + "。" + key, new ParaOptions { Align = "both" });
        }
        var overrun = OverrunHistogram.Build(w, ctx.Outcome.KeptFindings, w.Say($"图{fig} 超时时长分布", $"Fig. {fig} time past the deadline"), ctx.AsOfText);
        if (overrun is null)
        {
            doc.Paragraph(WordStyles.RpNote, "本期没有超时或未履行的有时限事项，无超时时长分布图。", new ParaOptions { Align = "center" });
            return;
        }
        doc.Picture(overrun.Picture);
        doc.Paragraph(WordStyles.RpNote, $"图{fig++}：{overrun.Note}", new ParaOptions { Align = "both" });
    }

    private static string PeriodLabel(string id) => AuditPeriod.TryParse(id, out var p) ? p!.Chinese : id;

    private static void DataQuality(WordDocument doc, ReportContext ctx)
    {
        var issues = ctx.Outcome.DataIssues;
        int W(double mm) => PageLayout.Mm(mm);
        // the office's own calendar (a year computed from the statute) is said apart from the units' ledgers
        foreach (var c in issues.Where(i => !i.Kind.AboutLedgers()))
            doc.Paragraph(WordStyles.RpBody, $"工作日历：{c.Message}。");
        int ledger = issues.Count(i => i.Kind.AboutLedgers());
        if (issues.Length == 0 || ledger == 0) doc.Paragraph(WordStyles.RpBody, "本期台账未发现数据问题。");
        if (issues.Length == 0) return;
        if (ledger > 0)
            doc.Paragraph(WordStyles.RpBody, $"各单位报送的台账中共发现数据问题{ledger}条，按类别统计如下；全部问题见 data-issues.csv 和 findings.xlsx 的 data issues 表。有问题的行未被丢弃，相关事项判定为“数据不足”或按可用信息判定。");
        doc.Table([new("问题类别", W(60)), new("条数", W(20), "center"), new("涉及文件数", W(24), "center")],
            issues.GroupBy(i => i.Kind).OrderByDescending(g => g.Count()).ThenBy(g => (int)g.Key)
                .Select(g => (IReadOnlyList<string>)[g.Key.Chinese(), g.Count().ToString(), g.Select(i => i.File).Distinct().Count().ToString()]),
            WordStyles.RpTable, WordStyles.RpTableHead);
        var listed = issues.Take(MaxListedDataIssues).ToList();
        doc.Paragraph(WordStyles.RpCaption, issues.Length <= MaxListedDataIssues ? "数据问题明细" : $"数据问题明细（前{MaxListedDataIssues}条，共{issues.Length}条）");
        doc.Table([new("文件", W(34)), new("工作表", W(16), "center"), new("行", W(10), "center"), new("列", W(18), "center"), new("案件编号", W(22), "center"), new("问题", W(66))],
            listed.Select(i => (IReadOnlyList<string>)[Path.GetFileName(i.File), i.Sheet ?? "—", i.Row?.ToString() ?? "—", i.Column ?? "—", i.CaseId ?? "—", i.Message]),
            WordStyles.RpTable, WordStyles.RpTableHead);
    }

    private static void Method(WordDocument doc, ReportContext ctx)
    {
        var o = ctx.Outcome;
        int W(double mm) => PageLayout.Mm(mm);
        doc.Paragraph(WordStyles.RpH2, "（一）计分方法");
        doc.Paragraph(WordStyles.RpBody, string.IsNullOrWhiteSpace(o.ScoringMethod) ? "得分 = 基础分 − Σ（规则权重 × 判定系数）。" : o.ScoringMethod);
        doc.Paragraph(WordStyles.RpBody, "每个单位的计分算式见各单位成绩单；并列得分名次相同（如 1、1、3）。");
        doc.Paragraph(WordStyles.RpH2, "（二）适用规则及依据条款");
        doc.Table([new("规则", W(34)), new("履职事项", W(20), "center"), new("时限", W(22), "center"), new("权重", W(11), "center"), new("依据条款", W(79))],
            o.Rules.Select(r => (IReadOnlyList<string>)[$"{r.Id}\n{r.Title}", r.Kind.Chinese(), r.WindowShown, OutcomeFigures.Points(r.Weight),
                $"{r.Clause.Short}：“{r.Clause.Quote}”"]),
            WordStyles.RpTable, WordStyles.RpTableHead);
        var assumed = o.Rules.Where(r => r.Assumption is not null).ToList();
        if (assumed.Count > 0)
        {
            doc.Paragraph(WordStyles.RpBody, "下列时限（或次数）原文没有写明，是规则包（或本单位考核办法）的设定，依据这些设定的判定在证据中注明“（本包设定）”：");
            foreach (var r in assumed)
                doc.Paragraph(WordStyles.RpBody, [new RunSpec($"{r.Title}（{r.WindowShown}）") { Bold = true }, $"：{r.Assumption}"]);
        }
        doc.Paragraph(WordStyles.RpH2, "（三）模糊表述的释义");
        if (o.Interpretations.Length == 0) doc.Paragraph(WordStyles.RpBody, "本规则包未对模糊表述作专门释义。");
        foreach (var i in o.Interpretations)
            doc.Paragraph(WordStyles.RpBody, [new RunSpec($"“{i.Term}”") { Bold = true }, $"（{i.Clause.Short}，“{i.Clause.Quote}”）：{i.Meaning}"]);
    }
}
