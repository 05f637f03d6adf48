using Auditor.Reports.Text;
using Auditor.Core.Scoring;
using Auditor.Reports.Docx;

namespace Auditor.Reports.Writers;

/// <summary>单位成绩单/&lt;单位&gt;.docx: score, grade, rank, deductions with their findings, chart, findings, what to fix.</summary>
internal static class ScorecardWriter
{
    public static byte[] Build(ReportContext ctx, UnitScore s)
    {
        var o = ctx.Outcome;
        var findings = ctx.Figures.FindingsOf(s.Unit);
        var title = $"{s.Unit}政务舆情回应处置工作成绩单";
        var doc = ctx.NewReport(title);
        doc.Paragraph(WordStyles.RpTitle, TitleLines.Break(title));
        doc.Paragraph(WordStyles.RpSubtitle, $"{o.Period.Chinese}（{ctx.PeriodRange}）· {o.Pack.Title}");
        doc.Paragraph(WordStyles.RpH1, "一、考核结果");
        ScorecardContent.ScoreTable(doc, ctx, s);
        doc.Paragraph(WordStyles.RpH1, "二、扣分明细");
        ScorecardContent.Deductions(doc, s, findings);
        doc.Paragraph(WordStyles.RpH1, "三、各类事项按时率");
        ScorecardContent.KindChart(doc, ctx, s);
        ScorecardContent.Pictures(doc, ctx, s);
        doc.Paragraph(WordStyles.RpH1, "四、案件判定明细");
        ScorecardContent.FindingsTable(doc, findings, s.Count(Core.Domain.Verdict.Met));
        doc.Paragraph(WordStyles.RpH1, "五、整改建议");
        ScorecardContent.FixHints(doc, findings);
        return doc.ToBytes();
    }
}
