using System.Globalization;
using System.Text;
using Auditor.Reports.Pictures;
using Auditor.Reports.Text;

namespace Auditor.Reports.Docx;

/// <summary>A run of text with optional direct formatting.</summary>
internal sealed record RunSpec(string Text)
{
    public string? Font { get; init; }
    public int? Size { get; init; }
    public bool Bold { get; init; }
    public string? Color { get; init; }
    /// <summary>Character width scale in percent (w:w), for the 发文机关标志.</summary>
    public int? Scale { get; init; }
    public static implicit operator RunSpec(string text) => new(text);
}

/// <summary>Direct paragraph properties on top of the style.</summary>
internal sealed record ParaOptions
{
    public string? Align { get; init; }
    public int? SpaceBefore { get; init; }
    public int? SpaceAfter { get; init; }
    /// <summary>Exact line height in twips.</summary>
    public int? ExactLine { get; init; }
    public int? LeftChars { get; init; }
    public int? RightChars { get; init; }
    /// <summary>Hanging indent in hundredths of a character (回行与冒号后首字对齐).</summary>
    public int? HangingChars { get; init; }
    public bool NoFirstLineIndent { get; init; }
    public (string Color, int EighthsPt, int SpacePt)? BottomBorder { get; init; }
    public bool KeepNext { get; init; }
    public bool PageBreakBefore { get; init; }
    public bool NoGrid { get; init; }
    /// <summary>Width of one character in twips for the *Chars indents (3号 = 320, 4号 = 280).</summary>
    public int CharWidth { get; init; } = 320;
}

internal sealed record TableColumn(string Header, int Width, string Align = "left");

/// <summary>
/// Writes one .docx: body XML built directly (fast, fixed ids), the shared styles part, settings, footers with
/// page numbers, native charts with their embedded workbooks, and core properties from the audit's as-of time.
/// Every text goes through <see cref="PublicText"/>.
/// </summary>
internal sealed class WordDocument(PublicText text, PageLayout layout, string title, DateTimeOffset created)
{
    private const string Ns =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"";

    private readonly StringBuilder _body = new(16 * 1024);
    private readonly List<ChartSpec> _charts = [];
    private readonly List<Picture> _pictures = [];
    // wp:docPr ids are unique across the charts and pictures of a document
    private int _drawings;

    public PublicText Text => text;

    public void Paragraph(string style, string content, ParaOptions? o = null) => Paragraph(style, [new RunSpec(content)], o);

    public void Paragraph(string style, IEnumerable<RunSpec> runs, ParaOptions? o = null) => AppendParagraph(_body, style, runs, o);

    /// <summary>Paragraph XML for hand-built structures (版记 table, joint 发文机关标志).</summary>
    public string ParagraphXml(string style, IEnumerable<RunSpec> runs, ParaOptions? o = null)
    {
        var sb = new StringBuilder();
        AppendParagraph(sb, style, runs, o);
        return sb.ToString();
    }

    private void AppendParagraph(StringBuilder sb, string style, IEnumerable<RunSpec> runs, ParaOptions? o)
    {
        sb.Append("<w:p>");
        ParagraphProperties(sb, style, o);
        foreach (var r in runs) Run(sb, r);
        sb.Append("</w:p>");
    }

    public void EmptyParagraph(string style, ParaOptions? o = null)
    {
        _body.Append("<w:p>");
        ParagraphProperties(_body, style, o);
        _body.Append("</w:p>");
    }

    public void PageBreak() => _body.Append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");

    /// <summary>A bordered table with a repeated header row; widths in twips must add up to the text width or less.</summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, string cellStyle, string headStyle)
    {
        int total = columns.Sum(c => c.Width);
        var sb = _body;
        sb.Append("<w:tbl><w:tblPr>");
        sb.Append($"<w:tblW w:w=\"{total}\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>");
        sb.Append("<w:tblBorders>");
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
            sb.Append($"<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        sb.Append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/>");
        sb.Append("<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>");
        sb.Append("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>");
        sb.Append("</w:tblPr><w:tblGrid>");
        foreach (var c in columns) sb.Append($"<w:gridCol w:w=\"{c.Width}\"/>");
        sb.Append("</w:tblGrid>");
        sb.Append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        foreach (var c in columns) Cell(sb, c.Width, c.Header, headStyle, "center", shade: true);
        sb.Append("</w:tr>");
        foreach (var row in rows)
        {
            sb.Append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int i = 0; i < columns.Count; i++)
                Cell(sb, columns[i].Width, i < row.Count ? row[i] : "", cellStyle, columns[i].Align, shade: false);
            sb.Append("</w:tr>");
        }
        sb.Append("</w:tbl>");
    }

    /// <summary>A native chart in its own paragraph (auto line spacing: exact spacing clips the drawing).</summary>
    public void Chart(ChartSpec spec, int widthMm, int heightMm)
    {
        _charts.Add(spec);
        int n = _charts.Count;
        InlineDrawing(widthMm * 36000L, heightMm * 36000L, $"图表 {n}", spec.Title, "<wp:cNvGraphicFramePr/>",
            "http://schemas.openxmlformats.org/drawingml/2006/chart", (_, _) => _body.Append($"<c:chart r:id=\"rIdChart{n}\"/>"));
    }

    /// <summary>
    /// A picture (PNG) in its own paragraph at its stated size, with its alt text in wp:docPr descr (what a screen reader
    /// reads, and what Word shows as 替换文字).
    /// </summary>
    public void Picture(Picture picture)
    {
        _pictures.Add(picture);
        int n = _pictures.Count;
        long cx = (long)Math.Round(picture.WidthMm * 36000), cy = (long)Math.Round(picture.HeightMm * 36000);
        InlineDrawing(cx, cy, $"图片 {n}", picture.AltText, "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>",
            "http://schemas.openxmlformats.org/drawingml/2006/picture", (id, alt) =>
            {
                _body.Append($"<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"{id}\" name=\"image{n}.png\" descr=\"{alt}\"/><pic:cNvPicPr/></pic:nvPicPr>");
                _body.Append($"<pic:blipFill><a:blip r:embed=\"rIdImage{n}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>");
                _body.Append($"<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>");
            });
    }

    /// <summary>
    /// An inline drawing in a paragraph of its own: extent (EMU), wp:docPr with an id unique in the document and the alt
    /// text, then the graphic data that <paramref name="graphic"/> writes (given the id and the escaped alt text).
    /// </summary>
    private void InlineDrawing(long cx, long cy, string name, string altText, string frameProperties, string uri, Action<int, string> graphic)
    {
        int id = ++_drawings;
        var alt = Xml.Attr(text.Clean(altText));
        _body.Append("<w:p>");
        ParagraphProperties(_body, WordStyles.Chart, new ParaOptions { NoFirstLineIndent = true });
        _body.Append("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">");
        _body.Append($"<wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>");
        _body.Append($"<wp:docPr id=\"{id}\" name=\"{name}\" descr=\"{alt}\"/>").Append(frameProperties);
        _body.Append($"<a:graphic><a:graphicData uri=\"{uri}\">");
        graphic(id, alt);
        _body.Append("</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
    }

    /// <summary>Raw body XML (already escaped) for the rare element the methods above do not cover.</summary>
    public void RawXml(string xml) => _body.Append(xml);

    public byte[] ToBytes()
    {
        var pkg = new DocxPackage();
        pkg.AddDefault("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        if (_pictures.Count > 0) pkg.AddDefault("png", "image/png");
        pkg.Add("_rels/.rels", null, DocxPackage.Relationships([
            ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ]));
        pkg.Add("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", DocumentXml());
        var rels = new List<(string, string, string)>
        {
            ("rIdStyles", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"),
            ("rIdSettings", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", "settings.xml"),
            ("rIdFooterOdd", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", "footer1.xml"),
        };
        if (layout.PageNumbers == PageNumberStyle.OfficialOddEven)
            rels.Add(("rIdFooterEven", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", "footer2.xml"));
        for (int i = 1; i <= _charts.Count; i++)
            rels.Add(($"rIdChart{i}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart", $"charts/chart{i}.xml"));
        for (int i = 1; i <= _pictures.Count; i++)
            rels.Add(($"rIdImage{i}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", $"media/image{i}.png"));
        pkg.Add("word/_rels/document.xml.rels", null, DocxPackage.Relationships(rels));
        pkg.Add("word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", WordStyles.Xml);
        pkg.Add("word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml", SettingsXml());
        const string footerType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
        if (layout.PageNumbers == PageNumberStyle.OfficialOddEven)
        {
            pkg.Add("word/footer1.xml", footerType, FooterXml("right", rightChars: 100, leftChars: 0));
            pkg.Add("word/footer2.xml", footerType, FooterXml("left", rightChars: 0, leftChars: 100));
        }
        else
        {
            pkg.Add("word/footer1.xml", footerType, FooterXml("center", 0, 0));
        }
        for (int i = 1; i <= _charts.Count; i++)
        {
            var spec = _charts[i - 1];
            pkg.Add($"word/charts/chart{i}.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", ChartXml.Build(spec, text));
            pkg.Add($"word/charts/_rels/chart{i}.xml.rels", null, DocxPackage.Relationships([
                ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package", $"../embeddings/Microsoft_Excel_Worksheet{i}.xlsx"),
            ]));
            pkg.Add($"word/embeddings/Microsoft_Excel_Worksheet{i}.xlsx", null, ChartWorkbook.Build(spec, text));
        }
        for (int i = 1; i <= _pictures.Count; i++) pkg.Add($"word/media/image{i}.png", null, _pictures[i - 1].Png, stored: true);
        pkg.Add("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", CoreXml());
        pkg.Add("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Auditor</Application></Properties>");
        return pkg.ToBytes();
    }

    private string DocumentXml()
    {
        var sb = new StringBuilder(_body.Length + 2048);
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        sb.Append("<w:document ").Append(Ns).Append("><w:body>");
        sb.Append(_body);
        sb.Append("<w:sectPr>");
        sb.Append("<w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>");
        if (layout.PageNumbers == PageNumberStyle.OfficialOddEven) sb.Append("<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>");
        sb.Append($"<w:pgSz w:w=\"{layout.Width}\" w:h=\"{layout.Height}\"/>");
        sb.Append($"<w:pgMar w:top=\"{layout.Top}\" w:right=\"{layout.Right}\" w:bottom=\"{layout.Bottom}\" w:left=\"{layout.Left}\" w:header=\"{layout.HeaderDistance}\" w:footer=\"{layout.FooterDistance}\" w:gutter=\"0\"/>");
        sb.Append("<w:pgNumType w:start=\"1\"/><w:cols w:space=\"425\"/>");
        if (layout.LinePitch is int lp)
            sb.Append(layout.CharSpace is int cs
                ? $"<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"{lp}\" w:charSpace=\"{cs}\"/>"
                : $"<w:docGrid w:type=\"lines\" w:linePitch=\"{lp}\"/>");
        else
            sb.Append("<w:docGrid w:linePitch=\"312\"/>");
        sb.Append("</w:sectPr></w:body></w:document>");
        return sb.ToString();
    }

    private string SettingsXml()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        sb.Append("<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        sb.Append("<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/>");
        if (layout.PageNumbers == PageNumberStyle.OfficialOddEven) sb.Append("<w:evenAndOddHeaders/>");
        sb.Append("<w:characterSpacingControl w:val=\"compressPunctuation\"/>");
        sb.Append("<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>");
        return sb.Append("</w:settings>").ToString();
    }

    private static string FooterXml(string align, int rightChars, int leftChars)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        sb.Append("<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:pPr>");
        sb.Append($"<w:pStyle w:val=\"{WordStyles.Footer}\"/>");
        if (rightChars > 0 || leftChars > 0)
            sb.Append($"<w:ind w:leftChars=\"{leftChars}\" w:left=\"{leftChars * 280 / 100}\" w:rightChars=\"{rightChars}\" w:right=\"{rightChars * 280 / 100}\"/>");
        sb.Append($"<w:jc w:val=\"{align}\"/></w:pPr>");
        bool official = align != "center";
        // GB/T 9704-2012 7.5: 4号半角宋体阿拉伯数字, 左右各放一条一字线 "— 1 —".
        sb.Append(official ? "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>" : "<w:r><w:t xml:space=\"preserve\">第 </w:t></w:r>");
        sb.Append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>");
        sb.Append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        sb.Append(official ? "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r>" : "<w:r><w:t xml:space=\"preserve\"> 页</w:t></w:r>");
        return sb.Append("</w:p></w:ftr>").ToString();
    }

    private string CoreXml()
    {
        string when = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
               "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
               $"<dc:title>{Xml.Text(text.Clean(title))}</dc:title><dc:creator>Auditor</dc:creator><cp:lastModifiedBy>Auditor</cp:lastModifiedBy>" +
               $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created>" +
               $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified></cp:coreProperties>";
    }

    private void Cell(StringBuilder sb, int width, string content, string style, string align, bool shade)
    {
        sb.Append($"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>");
        if (shade) sb.Append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>");
        sb.Append("<w:vAlign w:val=\"center\"/></w:tcPr>");
        var lines = (content ?? "").Split('\n');
        foreach (var line in lines)
        {
            sb.Append("<w:p>");
            ParagraphProperties(sb, style, new ParaOptions { Align = align, NoFirstLineIndent = true });
            Run(sb, new RunSpec(line));
            sb.Append("</w:p>");
        }
        sb.Append("</w:tc>");
    }

    private static void ParagraphProperties(StringBuilder sb, string style, ParaOptions? o)
    {
        sb.Append("<w:pPr>").Append("<w:pStyle w:val=\"").Append(style).Append("\"/>");
        if (o is not null)
        {
            if (o.KeepNext) sb.Append("<w:keepNext/>");
            if (o.PageBreakBefore) sb.Append("<w:pageBreakBefore/>");
            if (o.BottomBorder is var (color, size, space))
                sb.Append($"<w:pBdr><w:bottom w:val=\"single\" w:sz=\"{size}\" w:space=\"{space}\" w:color=\"{color}\"/></w:pBdr>");
            if (o.NoGrid) sb.Append("<w:snapToGrid w:val=\"0\"/>");
            if (o.SpaceBefore is not null || o.SpaceAfter is not null || o.ExactLine is not null)
            {
                sb.Append("<w:spacing");
                if (o.SpaceBefore is int b) sb.Append($" w:before=\"{b}\"");
                if (o.SpaceAfter is int a) sb.Append($" w:after=\"{a}\"");
                if (o.ExactLine is int l) sb.Append($" w:line=\"{l}\" w:lineRule=\"exact\"");
                sb.Append("/>");
            }
            if (o.NoFirstLineIndent || o.LeftChars is not null || o.RightChars is not null || o.HangingChars is not null)
            {
                sb.Append("<w:ind");
                int cw = o.CharWidth;
                if (o.LeftChars is int lc) sb.Append($" w:leftChars=\"{lc}\" w:left=\"{lc * cw / 100}\"");
                if (o.RightChars is int rc) sb.Append($" w:rightChars=\"{rc}\" w:right=\"{rc * cw / 100}\"");
                if (o.HangingChars is int hc) sb.Append($" w:hangingChars=\"{hc}\" w:hanging=\"{hc * cw / 100}\"");
                else sb.Append(" w:firstLineChars=\"0\" w:firstLine=\"0\"");
                sb.Append("/>");
            }
            if (o.Align is string al) sb.Append($"<w:jc w:val=\"{al}\"/>");
        }
        sb.Append("</w:pPr>");
    }

    private void Run(StringBuilder sb, RunSpec r)
    {
        var clean = text.Clean(r.Text);
        if (clean.Length == 0) return;
        sb.Append("<w:r>");
        if (r.Font is not null || r.Size is not null || r.Bold || r.Color is not null || r.Scale is not null)
        {
            sb.Append("<w:rPr>");
            if (r.Font is string f) sb.Append(WordStyles.Fonts(f));
            if (r.Bold) sb.Append("<w:b/><w:bCs/>");
            if (r.Color is string c) sb.Append($"<w:color w:val=\"{c}\"/>");
            if (r.Scale is int w) sb.Append($"<w:w w:val=\"{w}\"/>");
            if (r.Size is int s) sb.Append($"<w:sz w:val=\"{s}\"/><w:szCs w:val=\"{s}\"/>");
            sb.Append("</w:rPr>");
        }
        var parts = clean.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0) sb.Append("<w:br/>");
            if (parts[i].Length == 0) continue;
            sb.Append("<w:t xml:space=\"preserve\">").Append(Xml.Text(parts[i].Replace('\t', ' ').Replace('\r', ' '))).Append("</w:t>");
        }
        sb.Append("</w:r>");
    }
}
