using System.Text;
using Auditor.Core.Scoring;
using Auditor.Reports.Docx;
using Auditor.Reports.Office;
using Auditor.Reports.Templates;
using Auditor.Reports.Text;
using static Auditor.Reports.Docx.WordFonts;

namespace Auditor.Reports.Writers;

/// <summary>
/// 通报批评.docx in the GB/T 9704-2012 layout: 版头 (red 发文机关标志, 发文字号, red separator), 主体 (title,
/// 主送机关, body from rules/templates/通报批评.md, 落款, 成文日期), 版记 (抄送, 印发机关 and 印发日期 between rules).
/// </summary>
internal static class NoticeWriter
{
    public static byte[] Build(ReportContext ctx)
    {
        var office = ctx.Office ?? throw new InvalidOperationException("通报批评需要发文机关配置（rules/offices/*.yaml）");
        var values = NoticeContent.Common(ctx);
        values["主要问题"] = new MarkdownValue(NoticeContent.Problems(ctx));
        // a list the audit does not decide (neither the document nor the office's policy provides it) is left out
        // with its section, never shown as "本期无"
        TemplateValue Decided(SanctionKind kind, Func<string> markdown) =>
            ctx.Decides(kind) ? new MarkdownValue(markdown()) : OmitValue.Section;
        var attachments = ctx.Attachments.ToList();
        values["处理情况"] = NoticeContent.ListsHeading(ctx);
        values["整改单位"] = NoticeContent.UnitsToRectify(ctx);
        values["通报批评单位"] = Decided(SanctionKind.Criticism, () => NoticeContent.Units(ctx, SanctionKind.Criticism, "本期无通报批评的单位。"));
        values["约谈单位"] = Decided(SanctionKind.Interview, () => NoticeContent.Units(ctx, SanctionKind.Interview, "本期无约谈的单位。",
            TemplateRenderer.Escape($"对以下单位主要负责同志进行约谈（名单见附件{attachments.IndexOf(SanctionKind.Interview) + 1}）：")));
        values["追责单位"] = Decided(SanctionKind.Accountability, () => NoticeContent.Accountability(ctx));
        values["表彰单位"] = Decided(SanctionKind.Commendation, () => NoticeContent.Commended(ctx));
        var t = TemplateRenderer.Prepare(ctx.Templates, ReportTemplates.Notice, values);
        var title = office.Title is { Length: > 0 } custom ? custom : t.Fields.GetValueOrDefault("title", "通报");

        var issueDate = office.IssueDate ?? ctx.AsOfLocal.Date;
        var printDate = office.PrintDate ?? issueDate;
        var doc = ctx.NewOfficial(title);
        int pitch = PageLayout.OfficialLinePitch;

        // 版头 — 7.2.2 发文机关标志: centred, its top 35 mm below the top of the 版心, 小标宋, red.
        Mark(doc, office);
        // 7.2.3 发文字号: two blank lines below the mark, centred; 7.2.5 red separator 4 mm below it, as wide as the 版心.
        doc.EmptyParagraph(WordStyles.GwPlain);
        doc.EmptyParagraph(WordStyles.GwPlain);
        doc.Paragraph(WordStyles.GwPlain, office.DocumentNumber(issueDate),
            new ParaOptions { Align = "center", BottomBorder = (Red, 12, 11), NoFirstLineIndent = true });
        // 7.3.1 标题: two blank lines below the separator, 2号小标宋, centred.
        doc.EmptyParagraph(WordStyles.GwPlain);
        doc.EmptyParagraph(WordStyles.GwPlain);
        doc.Paragraph(WordStyles.GwTitle, TitleLines.Break(title));
        // 7.3.2 主送机关: one blank line below the title, flush left, full-width colon.
        doc.EmptyParagraph(WordStyles.GwPlain);
        doc.Paragraph(WordStyles.GwPlain, office.MainRecipients.TrimEnd('：', ':') + "：");
        // 7.3.3 正文.
        TemplateRenderer.Write(doc, t, TemplateStyles.Official);
        // 7.3.4 附件说明: one blank line below the body, two characters in, "附件：" then the numbered names without
        // punctuation; the lists (约谈名单.docx, 表彰名单.docx) are the attachments.
        if (attachments.Count > 0) doc.EmptyParagraph(WordStyles.GwPlain);
        for (int i = 0; i < attachments.Count; i++)
            doc.Paragraph(WordStyles.GwPlain, (i == 0 ? "附件：" : "") + $"{i + 1}．" + SanctionListWriter.Title(ctx, attachments[i]).TrimEnd('。'),
                new ParaOptions { LeftChars = 700, HangingChars = i == 0 ? 500 : 200 });
        // 7.3.5.2 落款 without seal: one blank line below the body; signer two characters from the right; the date's first
        // character two characters right of the signer's first; a date longer than the signer sits two from the right.
        doc.EmptyParagraph(WordStyles.GwPlain);
        var date = OfficialDate.Format(issueDate);
        double sw = office.Signers.Max(Width), dw = Width(date);
        double signRight = 2, dateRight = sw - dw;
        if (dateRight < 2) { dateRight = 2; signRight = dw + 4 - sw; }
        foreach (var signer in office.Signers)
            doc.Paragraph(WordStyles.GwPlain, signer, new ParaOptions { Align = "right", RightChars = (int)Math.Round((signRight + sw - Width(signer)) * 100) });
        doc.Paragraph(WordStyles.GwPlain, date, new ParaOptions { Align = "right", RightChars = (int)Math.Round(dateRight * 100) });

        // 7.4 版记 at the foot of the last page.
        Record(doc, office, printDate);
        return doc.ToBytes();
    }

    /// <summary>Display width in characters: CJK and full-width = 1, ASCII = 0.5.</summary>
    internal static double Width(string s) => s.Sum(c => c < 0x2E80 ? 0.5 : 1.0);

    private static void Mark(WordDocument doc, OfficeProfile office)
    {
        const double textWidthPt = 156 / 25.4 * 72; // 版心 width
        bool joint = office.Issuers.Length > 1;
        double nameChars = office.Issuers.Max(Width) + (joint ? 0 : Width(office.MarkSuffix));
        double suffixChars = joint ? Width(office.MarkSuffix) : 0;
        double available = textWidthPt * (joint && suffixChars > 0 ? 0.78 : 0.97);
        int sizePt = 42;                                   // about 15 mm high (初号)
        int scale = (int)Math.Floor(Math.Min(100, available / (nameChars * sizePt) * 100));
        if (scale < 60) { sizePt = Math.Max(16, (int)Math.Floor(available / (nameChars * 0.6))); scale = 60; }
        int line = sizePt * 20 * 5 / 4;
        int before = PageLayout.Mm(35) - (line - sizePt * 20) / 2;
        RunSpec Red(string s) => new(s) { Font = XiaoBiaoSong, Size = sizePt * 2, Color = WordFonts.Red, Scale = scale };

        if (!joint)
        {
            doc.Paragraph(WordStyles.GwPlain, [Red(office.Issuers[0] + office.MarkSuffix)],
                new ParaOptions { Align = "center", SpaceBefore = before, ExactLine = line, NoGrid = true, NoFirstLineIndent = true });
            return;
        }
        // 联合行文: issuers stacked, aligned as one block; "文件" to their right, centred vertically.
        doc.EmptyParagraph(WordStyles.GwPlain, new ParaOptions { SpaceBefore = before - line / 2, ExactLine = line / 2, NoGrid = true });
        int total = PageLayout.Official.TextWidth;
        int suffixWidth = suffixChars > 0 ? (int)(suffixChars * sizePt * 20 * scale / 100) + 240 : 0;
        int nameWidth = (int)Math.Min(total - suffixWidth, nameChars * sizePt * 20 * scale / 100 + 240);
        var sb = new StringBuilder("<w:tbl><w:tblPr>");
        sb.Append($"<w:tblW w:w=\"{nameWidth + suffixWidth}\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>");
        sb.Append("<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>");
        sb.Append("<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>");
        sb.Append("<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>");
        sb.Append($"<w:tblGrid><w:gridCol w:w=\"{nameWidth}\"/>");
        if (suffixWidth > 0) sb.Append($"<w:gridCol w:w=\"{suffixWidth}\"/>");
        sb.Append("</w:tblGrid><w:tr>");
        sb.Append($"<w:tc><w:tcPr><w:tcW w:w=\"{nameWidth}\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>");
        foreach (var issuer in office.Issuers)
            sb.Append(doc.ParagraphXml(WordStyles.GwPlain, [Red(issuer)], new ParaOptions { Align = "distribute", ExactLine = line, NoGrid = true, NoFirstLineIndent = true }));
        sb.Append("</w:tc>");
        if (suffixWidth > 0)
        {
            sb.Append($"<w:tc><w:tcPr><w:tcW w:w=\"{suffixWidth}\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>");
            sb.Append(doc.ParagraphXml(WordStyles.GwPlain, [Red(office.MarkSuffix)], new ParaOptions { Align = "right", ExactLine = line, NoGrid = true, NoFirstLineIndent = true }));
            sb.Append("</w:tc>");
        }
        sb.Append("</w:tr></w:tbl>");
        doc.RawXml(sb.ToString());
    }

    /// <summary>
    /// 7.4 版记: 抄送 (4号仿宋, one character in from each side, wrapped lines aligned after the colon, ending with 。) and
    /// 印发机关 / 印发日期 (date in Arabic numerals + 印发), with thick first and last rules and a thin rule between,
    /// anchored to the bottom of the last page.
    /// </summary>
    private static void Record(WordDocument doc, OfficeProfile office, NodaTime.LocalDate printDate)
    {
        // Anchored horizontally to the page (at the left margin): LibreOffice keeps a margin-anchored floating table as wide
        // as the text area inline instead of at the foot of the page.
        int total = PageLayout.Official.TextWidth;
        int half = total / 2;
        var sb = new StringBuilder("<w:tbl><w:tblPr>");
        sb.Append($"<w:tblpPr w:leftFromText=\"0\" w:rightFromText=\"0\" w:topFromText=\"0\" w:bottomFromText=\"0\" w:vertAnchor=\"margin\" w:horzAnchor=\"page\" w:tblpX=\"{PageLayout.Official.Left}\" w:tblpYSpec=\"bottom\"/>");
        sb.Append("<w:tblOverlap w:val=\"never\"/>");
        sb.Append($"<w:tblW w:w=\"{total}\" w:type=\"dxa\"/>");
        sb.Append("<w:tblBorders><w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/><w:left w:val=\"nil\"/>");
        sb.Append("<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/><w:right w:val=\"nil\"/>");
        sb.Append("<w:insideH w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"nil\"/></w:tblBorders>");
        sb.Append("<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>");
        sb.Append("<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>");
        sb.Append($"<w:tblGrid><w:gridCol w:w=\"{half}\"/><w:gridCol w:w=\"{total - half}\"/></w:tblGrid>");
        if (office.CopyTo.Length > 0)
        {
            var cc = string.Join("，", office.CopyTo.Select(x => x.Trim().TrimEnd('。', '，', ','))) + "。";
            sb.Append($"<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"{total}\" w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/></w:tcPr>");
            sb.Append(doc.ParagraphXml(WordStyles.GwRecord, ["抄送：", cc],
                new ParaOptions { LeftChars = 400, RightChars = 100, HangingChars = 300, CharWidth = 280, Align = "left" }));
            sb.Append("</w:tc></w:tr>");
        }
        sb.Append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        sb.Append($"<w:tc><w:tcPr><w:tcW w:w=\"{half}\" w:type=\"dxa\"/></w:tcPr>");
        sb.Append(doc.ParagraphXml(WordStyles.GwRecord, [office.PrintingOffice], new ParaOptions { LeftChars = 100, CharWidth = 280, NoFirstLineIndent = true, Align = "left" }));
        sb.Append($"</w:tc><w:tc><w:tcPr><w:tcW w:w=\"{total - half}\" w:type=\"dxa\"/></w:tcPr>");
        sb.Append(doc.ParagraphXml(WordStyles.GwRecord, [OfficialDate.Format(printDate) + "印发"], new ParaOptions { RightChars = 100, CharWidth = 280, NoFirstLineIndent = true, Align = "right" }));
        sb.Append("</w:tc></w:tr></w:tbl>");
        doc.RawXml(sb.ToString());
        doc.EmptyParagraph(WordStyles.GwPlain);
    }
}
