using Auditor.Reports.Docx;
using Auditor.Reports.Text;

namespace Auditor.Reports.Writers;

/// <summary>
/// 待核查名单（内部）.docx: the findings the governing document sanctions only on facts a ledger cannot show (002 四、3:
/// 追究相关人员责任 when 导致隐患问题久拖不决或造成严重后果). For the office alone: it names the unit the finding is
/// attributed to (for a leak, the unit that leaked), says what is still to be established, and that any 追责 concerns the
/// persons responsible — never a unit's sanction. No public document and no file a unit receives carries it.
/// </summary>
internal static class InternalReviewWriter
{
    public static byte[] Build(ReportContext ctx)
    {
        var o = ctx.Outcome;
        var title = $"{o.Period.Chinese}政务舆情处置待核查名单（内部）";
        var doc = ctx.NewReport(title);
        int W(double mm) => PageLayout.Mm(mm);
        doc.Paragraph(WordStyles.RpSubtitle, "内部资料　不得外传　不得作为处理决定印发");
        doc.Paragraph(WordStyles.RpTitle, TitleLines.Break(title));
        doc.Paragraph(WordStyles.RpBody,
            $"依据{ctx.BasisDocument}，下列事项须由{(ctx.Office is { } office ? string.Join("、", office.Issuers) : o.Pack.Issuer)}核查认定原文规定的后果和情节后，" +
            "方可依照有关规定追究相关人员的责任。台账只能说明事项本身，不能说明这些后果；本名单不是处理决定，不列入通报，不发送被考核单位。");
        doc.Table([new("序号", W(10), "center"), new("单位", W(30)), new("事项与待核查内容", W(70)), new("依据", W(32)), new("涉及案件", W(24), "center")],
            o.InternalReview.OrderBy(s => s.Unit, StringComparer.Ordinal).Select((s, i) => (IReadOnlyList<string>)[
                (i + 1).ToString(), s.Unit, NoticeContent.Reasons(s),
                string.Join("\n", s.Reasons.Select(r => r.Quote is null ? r.Clause : $"{r.Clause}：“{r.Quote}”").Distinct()),
                NoticeContent.Cases(s, 20).Replace("、", "\n")]),
            WordStyles.RpTable, WordStyles.RpTableHead);
        doc.Paragraph(WordStyles.RpNote, "追究责任的对象是相关人员，由办公室按有关规定另行认定；“单位”一栏为事项所归属的单位（外传事项为外传的单位）。");
        return doc.ToBytes();
    }
}
