using Auditor.Core.Scoring;
using Auditor.Reports.Docx;
using Auditor.Reports.Templates;

namespace Auditor.Reports.Writers;

/// <summary>
/// 约谈名单.docx and 表彰名单.docx: official attachments (附件N, 2号小标宋 title, table of 序号, 单位, 主要负责人, 事由,
/// 依据, 涉及案件) with the wording of rules/templates/约谈名单.md and 表彰名单.md.
/// </summary>
internal static class SanctionListWriter
{
    public const int MaxCaseIds = 20;

    /// <summary>The list's title as its template words it (for the notice's 附件说明).</summary>
    public static string Title(ReportContext ctx, SanctionKind kind) => Prepare(ctx, kind).Title;

    private static (RenderedTemplate Template, string Title) Prepare(ReportContext ctx, SanctionKind kind)
    {
        string templateName = kind == SanctionKind.Commendation ? ReportTemplates.CommendationList : ReportTemplates.InterviewList;
        var units = ctx.Figures.SanctionsByKind[kind]
            .OrderBy(s => ctx.Outcome.Scores.FirstOrDefault(x => x.Unit == s.Unit)?.Rank ?? int.MaxValue)
            .ThenBy(s => s.Unit, StringComparer.Ordinal).ToList();
        var values = NoticeContent.Common(ctx);
        values["名单单位数"] = units.Count.ToString();
        values["名单依据"] = ctx.ListBasis(kind);
        values["名单表格"] = new InsertValue(doc => Table(doc, ctx, units));
        var t = TemplateRenderer.Prepare(ctx.Templates, templateName, values);
        return (t, t.Fields.GetValueOrDefault("title", kind.Chinese() + "名单"));
    }

    public static byte[] Build(ReportContext ctx, SanctionKind kind)
    {
        var (t, title) = Prepare(ctx, kind);
        var doc = ctx.NewOfficial(title);
        int n = ctx.Attachments.ToList().IndexOf(kind) + 1;
        if (n > 0) doc.Paragraph(WordStyles.GwPlain, [new RunSpec($"附件{n}") { Font = WordFonts.HeiTi }]);
        doc.EmptyParagraph(WordStyles.GwPlain);
        doc.Paragraph(WordStyles.GwTitle, Text.TitleLines.Break(title));
        doc.EmptyParagraph(WordStyles.GwPlain);
        TemplateRenderer.Write(doc, t, TemplateStyles.Official);
        return doc.ToBytes();
    }

    private static void Table(WordDocument doc, ReportContext ctx, IReadOnlyList<Sanction> units)
    {
        int W(double mm) => PageLayout.Mm(mm);
        var cols = new List<TableColumn>
        {
            new("序号", W(10), "center"), new("单位", W(26), "center"), new("主要负责人", W(18), "center"),
            new("事由", W(56)), new("依据", W(20), "center"), new("涉及案件", W(26), "center"),
        };
        var rows = new List<IReadOnlyList<string>>();
        int i = 1;
        foreach (var s in units)
        {
            rows.Add([
                (i++).ToString(), s.Unit, ctx.Figures.HeadOf(s.Unit) ?? "—",
                NoticeContent.Reasons(s), ClauseLines(s), NoticeContent.Cases(s, MaxCaseIds).Replace("、", "\n"),
            ]);
        }
        if (rows.Count == 0) rows.Add(["—", "本期无", "—", "—", "—", "—"]);
        doc.Table(cols, rows, WordStyles.GwTable, WordStyles.GwTableHead);
        doc.EmptyParagraph(WordStyles.GwPlain);
    }

    /// <summary>One clause per line. Clause numbers may themselves contain 、 (002 四、3), so never split on it.</summary>
    private static string ClauseLines(Sanction s)
    {
        var c = s.Reasons.Select(r => r.Clause.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        return c.Count == 0 ? "—" : string.Join("\n", c);
    }
}
