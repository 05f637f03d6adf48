using System.Text;
using static Auditor.Reports.Docx.WordFonts;

namespace Auditor.Reports.Docx;

/// <summary>The styles part shared by every document: official (Gw*) and working-report (Rp*) paragraph styles.</summary>
internal static class WordStyles
{
    // Official document (GB/T 9704-2012 7.3.x).
    public const string GwBody = "GwBody";       // 正文 3号仿宋, first line indented two characters
    public const string GwPlain = "GwPlain";     // 3号仿宋 without indent (主送机关, 落款)
    public const string GwH1 = "GwH1";           // 一、 黑体
    public const string GwH2 = "GwH2";           // （一） 楷体
    public const string GwH3 = "GwH3";           // 1. 仿宋 bold
    public const string GwTitle = "GwTitle";     // 标题 2号小标宋
    public const string GwTable = "GwTable";     // table text 4号仿宋 single spacing
    public const string GwTableHead = "GwTableHead";
    public const string GwRecord = "GwRecord";   // 版记 4号仿宋
    // Working reports.
    public const string RpTitle = "RpTitle";
    public const string RpSubtitle = "RpSubtitle";
    public const string RpH1 = "RpH1";
    public const string RpH2 = "RpH2";
    public const string RpBody = "RpBody";
    public const string RpTable = "RpTable";
    public const string RpTableHead = "RpTableHead";
    public const string RpCaption = "RpCaption";
    public const string RpNote = "RpNote";
    public const string Chart = "ChartPara";
    public const string Footer = "FooterPara";

    public static string Xml { get; } = Build();

    private static string Build()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        sb.Append("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        sb.Append("<w:docDefaults><w:rPrDefault><w:rPr>");
        sb.Append(Fonts(FangSong)).Append("<w:kern w:val=\"2\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>");
        sb.Append("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>");
        sb.Append("<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>");

        sb.Append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>");
        sb.Append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>");
        sb.Append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");

        int pitch = PageLayout.OfficialLinePitch;
        string exact = $"<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{pitch}\" w:lineRule=\"exact\"/>";
        string indent2 = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>";
        Official(sb, GwBody, "公文正文", exact + indent2, Fonts(FangSong), Size(SanHao));
        Official(sb, GwPlain, "公文无缩进", exact, Fonts(FangSong), Size(SanHao));
        Official(sb, GwH1, "公文一级标题", exact + indent2, Fonts(HeiTi), Size(SanHao), outline: 0, keepNext: true);
        Official(sb, GwH2, "公文二级标题", exact + indent2, Fonts(KaiTi), Size(SanHao), outline: 1, keepNext: true);
        Official(sb, GwH3, "公文三级标题", exact + indent2, Fonts(FangSong) + "<w:b/><w:bCs/>", Size(SanHao), outline: 2, keepNext: true);
        Official(sb, GwTitle, "公文标题", $"<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{pitch}\" w:lineRule=\"atLeast\"/><w:jc w:val=\"center\"/>",
            Fonts(XiaoBiaoSong), Size(ErHao), outline: 0, keepNext: true, condense: false);
        Official(sb, GwTable, "公文表格", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
            Fonts(FangSong), Size(XiaoSi), condense: false);
        Official(sb, GwTableHead, "公文表头", "<w:keepNext/><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
            Fonts(HeiTi), Size(XiaoSi), condense: false);
        Official(sb, GwRecord, "版记", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"60\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/>",
            Fonts(FangSong), Size(SiHao), condense: false);

        string rpLine = "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"360\" w:lineRule=\"auto\"/>";
        Para(sb, RpTitle, "报告标题", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"240\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
            Fonts(HeiTi) + Size(ErHao), outline: 0, keepNext: true);
        Para(sb, RpSubtitle, "报告副标题", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"240\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
            Fonts(KaiTi) + Size(SiHao));
        Para(sb, RpH1, "报告一级标题", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"240\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>",
            Fonts(HeiTi) + Size(SanHao), outline: 0, keepNext: true);
        Para(sb, RpH2, "报告二级标题", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"120\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/>",
            Fonts(KaiTi) + "<w:b/><w:bCs/>" + Size(SiHao), outline: 1, keepNext: true);
        Para(sb, RpBody, "报告正文", rpLine + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/>", Fonts(SongTi) + Size(XiaoSi));
        Para(sb, RpTable, "报告表格", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
            Fonts(SongTi) + Size(XiaoWu));
        Para(sb, RpTableHead, "报告表头", "<w:keepNext/><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
            Fonts(HeiTi) + Size(XiaoWu));
        Para(sb, RpCaption, "题注", "<w:keepNext/><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"120\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
            Fonts(HeiTi) + Size(WuHao));
        Para(sb, RpNote, "注释", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"60\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/>",
            Fonts(SongTi) + Size(XiaoWu));
        Para(sb, Chart, "图表段落", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"60\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
            Fonts(SongTi) + Size(XiaoWu));
        Para(sb, Footer, "页脚", "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
            Fonts(SongTi) + Size(SiHao));
        return sb.Append("</w:styles>").ToString();
    }

    internal static string Fonts(string face) =>
        $"<w:rFonts w:ascii=\"{face}\" w:eastAsia=\"{face}\" w:hAnsi=\"{face}\" w:cs=\"{face}\"/>";

    private static string Size(int halfPoints) => $"<w:sz w:val=\"{halfPoints}\"/><w:szCs w:val=\"{halfPoints}\"/>";

    /// <summary>
    /// −0.25 pt after each 3号 character: 28 characters fill the 156 mm 版心 line (16 pt × 28 = 448 pt would not),
    /// the way the standard's 22 × 28 grid is met in Word, WPS and LibreOffice alike.
    /// </summary>
    internal const string OfficialCondense = "<w:spacing w:val=\"-5\"/>";

    private const string NoAutoSpace = "<w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>";

    private static void Official(StringBuilder sb, string id, string name, string pPr, string fonts, string size, int? outline = null, bool keepNext = false, bool condense = true)
    {
        if (pPr.StartsWith("<w:keepNext/>", StringComparison.Ordinal)) pPr = "<w:keepNext/>" + NoAutoSpace + pPr["<w:keepNext/>".Length..];
        else pPr = NoAutoSpace + pPr;
        Para(sb, id, name, pPr, fonts + (condense ? OfficialCondense : "") + size, outline, keepNext);
    }

    private static void Para(StringBuilder sb, string id, string name, string pPr, string rPr, int? outline = null, bool keepNext = false)
    {
        // pPr children must keep schema order: keepNext … snapToGrid, spacing, ind, jc, outlineLvl.
        if (keepNext && !pPr.StartsWith("<w:keepNext/>", StringComparison.Ordinal)) pPr = "<w:keepNext/>" + pPr;
        if (outline is int o) pPr += $"<w:outlineLvl w:val=\"{o}\"/>";
        sb.Append($"<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>");
        sb.Append("<w:pPr>").Append(pPr).Append("</w:pPr><w:rPr>").Append(rPr).Append("</w:rPr></w:style>");
    }
}
