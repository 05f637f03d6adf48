using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Reports.Analysis;
using Auditor.Reports.Docx;
using Auditor.Reports.Templates;
using Auditor.Reports.Text;

namespace Auditor.Reports;
using Auditor.Reports.Writers;

/// <summary>
/// 自查报告.docx (a unit's self-check): the unit's score, findings, fix hints and data problems, worded by
/// rules/templates/自查报告.md. A self-check names no sanctions; its rank and the all-unit comparison are shown only
/// when the ledgers it was given held other units too (<see cref="AuditOutcome.ComparedWith"/>).
/// </summary>
public static class SelfCheckReportWriter
{
    /// <param name="outcome">The outcome of a self-check (<see cref="AuditOutcome.SelfCheck"/> names the unit).</param>
    public static void Write(AuditOutcome outcome, ReportTemplates templates, string path)
    {
        var ctx = new ReportContext(outcome, templates, office: null);
        File.WriteAllBytes(path, Build(ctx));
    }

    internal static byte[] Build(ReportContext ctx)
    {
        var o = ctx.Outcome;
        var name = o.SelfCheck?.Unit ?? throw new ArgumentException("not the outcome of a self-check", nameof(ctx));
        var score = o.Scores.FirstOrDefault(s => s.Unit == name);
        var findings = ctx.Figures.FindingsOf(name);
        var totals = o.Totals.Of(name);
        int Count(Verdict v) => totals?.Count(v) ?? 0;
        int met = Count(Verdict.Met), judged = met + Count(Verdict.Breached) + Count(Verdict.Missing);

        var values = NoticeContent.Common(ctx);
        values["单位"] = name;
        values["截止时间"] = OfficialDate.Format(ctx.AsOfLocal);
        values["得分"] = score is null ? "—" : OutcomeFigures.Points(score.Score);
        values["等次"] = score?.Grade ?? "—";
        values["判定事项数"] = judged.ToString();
        values["按时数"] = met.ToString();
        values["超时数"] = Count(Verdict.Breached).ToString();
        values["未履行数"] = Count(Verdict.Missing).ToString();
        values["未到期数"] = Count(Verdict.Pending).ToString();
        values["数据不足数"] = Count(Verdict.InsufficientData).ToString();
        values["按时率"] = OutcomeFigures.Percent(judged == 0 ? null : (double)met / judged);
        values["成绩表"] = new InsertValue(doc =>
        {
            if (score is not null)
            {
                ScorecardContent.ScoreTable(doc, ctx, score);
                ScorecardContent.KindChart(doc, ctx, score);
                ScorecardContent.Pictures(doc, ctx, score);
            }
        });
        values["问题清单"] = new InsertValue(doc => ScorecardContent.FindingsTable(doc, findings, met));
        values["整改建议"] = new InsertValue(doc => ScorecardContent.FixHints(doc, findings));
        values["数据问题"] = new InsertValue(doc => DataIssues(doc, ctx));
        var t = TemplateRenderer.Prepare(ctx.Templates, ReportTemplates.SelfCheck, values);
        var title = t.Fields.GetValueOrDefault("title", name + "自查报告");
        var doc = ctx.NewReport(title);
        doc.Paragraph(WordStyles.RpTitle, TitleLines.Break(title));
        doc.Paragraph(WordStyles.RpSubtitle, $"{o.Period.Chinese} · {o.Pack.Title}");
        TemplateRenderer.Write(doc, t, TemplateStyles.Report);
        return doc.ToBytes();
    }

    private static void DataIssues(WordDocument doc, ReportContext ctx)
    {
        var issues = ctx.Outcome.DataIssues;
        if (issues.Length == 0) { doc.Paragraph(WordStyles.RpBody, "台账未发现数据问题。"); return; }
        int W(double mm) => PageLayout.Mm(mm);
        doc.Table([new("文件", W(36)), new("工作表", W(16), "center"), new("行", W(10), "center"), new("列", W(18), "center"), new("案件编号", W(22), "center"), new("问题", W(64))],
            issues.Take(SummaryReportWriter.MaxListedDataIssues).Select(i => (IReadOnlyList<string>)[Path.GetFileName(i.File), i.Sheet ?? "—", i.Row?.ToString() ?? "—", i.Column ?? "—", i.CaseId ?? "—", i.Message]),
            WordStyles.RpTable, WordStyles.RpTableHead);
        if (issues.Length > SummaryReportWriter.MaxListedDataIssues)
            doc.Paragraph(WordStyles.RpNote, $"仅列出前{SummaryReportWriter.MaxListedDataIssues}条，共{issues.Length}条，全部见 data-issues.csv。");
    }
}
