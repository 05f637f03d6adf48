using System.Globalization;
using System.Text;
using Auditor.Reports.Text;

namespace Auditor.Reports.Docx;

/// <summary>
/// DrawingML chart part XML for a <see cref="ChartSpec"/> (bar, column, stacked column, line), with cached values
/// (what renders) and references to the embedded workbook's Sheet1 (what Word/WPS "Edit Data" opens). Element
/// order follows the schema strictly: Word and the Open XML validator refuse a chart whose elements are out of order.
/// </summary>
internal static class ChartXml
{
    private const uint CatAxisId = 500100, ValAxisId = 500200;

    public static string Build(ChartSpec spec, PublicText text)
    {
        var sb = new StringBuilder(4096);
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        sb.Append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        sb.Append("<c:date1904 val=\"0\"/><c:lang val=\"zh-CN\"/><c:roundedCorners val=\"0\"/>");
        sb.Append("<c:chart>");
        sb.Append("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>");
        sb.Append(DefRPr(1200, bold: true)).Append("</a:pPr><a:r>").Append(RPr(1200, bold: true));
        sb.Append("<a:t>").Append(Xml.Text(text.Clean(spec.Title))).Append("</a:t></a:r></a:p></c:rich></c:tx>");
        sb.Append("<c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>");
        sb.Append("<c:plotArea><c:layout/>");

        var cats = spec.Categories.Select(text.Clean).ToArray();
        bool line = spec.Type == ChartType.Line;
        sb.Append(line ? "<c:lineChart><c:grouping val=\"standard\"/>" :
            $"<c:barChart><c:barDir val=\"{(spec.Type == ChartType.HorizontalBar ? "bar" : "col")}\"/><c:grouping val=\"{(spec.Type == ChartType.StackedColumn ? "stacked" : "clustered")}\"/>");
        sb.Append("<c:varyColors val=\"0\"/>");
        for (int s = 0; s < spec.Series.Count; s++)
        {
            var ser = spec.Series[s];
            string col = ColumnName(s + 1);
            sb.Append($"<c:ser><c:idx val=\"{s}\"/><c:order val=\"{s}\"/>");
            sb.Append($"<c:tx><c:strRef><c:f>Sheet1!${col}$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>{Xml.Text(text.Clean(ser.Name))}</c:v></c:pt></c:strCache></c:strRef></c:tx>");
            if (line)
            {
                sb.Append($"<c:spPr><a:ln w=\"28575\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"{ser.Color}\"/></a:solidFill><a:round/></a:ln></c:spPr>");
                sb.Append($"<c:marker><c:symbol val=\"circle\"/><c:size val=\"5\"/><c:spPr><a:solidFill><a:srgbClr val=\"{ser.Color}\"/></a:solidFill></c:spPr></c:marker>");
            }
            else
            {
                sb.Append($"<c:spPr><a:solidFill><a:srgbClr val=\"{ser.Color}\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>");
            }
            if (spec.DataLabels)
            {
                sb.Append($"<c:dLbls><c:numFmt formatCode=\"{Xml.Attr(spec.NumberFormat)}\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>");
                sb.Append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>").Append(DefRPr(800, false)).Append("</a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr>");
                if (!line && spec.Type != ChartType.StackedColumn) sb.Append("<c:dLblPos val=\"outEnd\"/>");
                sb.Append("<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>");
            }
            sb.Append($"<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${cats.Length + 1}</c:f><c:strCache><c:ptCount val=\"{cats.Length}\"/>");
            for (int i = 0; i < cats.Length; i++) sb.Append($"<c:pt idx=\"{i}\"><c:v>{Xml.Text(cats[i])}</c:v></c:pt>");
            sb.Append("</c:strCache></c:strRef></c:cat>");
            sb.Append($"<c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${cats.Length + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"{cats.Length}\"/>");
            for (int i = 0; i < cats.Length && i < ser.Values.Count; i++)
                if (ser.Values[i] is double v) sb.Append($"<c:pt idx=\"{i}\"><c:v>{Num(v)}</c:v></c:pt>");
            sb.Append("</c:numCache></c:numRef></c:val>");
            if (line) sb.Append("<c:smooth val=\"0\"/>");
            sb.Append("</c:ser>");
        }
        if (line)
        {
            sb.Append("<c:marker val=\"1\"/>");
        }
        else
        {
            sb.Append("<c:gapWidth val=\"60\"/>");
            if (spec.Type == ChartType.StackedColumn) sb.Append("<c:overlap val=\"100\"/>");
        }
        sb.Append($"<c:axId val=\"{CatAxisId}\"/><c:axId val=\"{ValAxisId}\"/>");
        sb.Append(line ? "</c:lineChart>" : "</c:barChart>");

        bool horizontal = spec.Type == ChartType.HorizontalBar;
        sb.Append($"<c:catAx><c:axId val=\"{CatAxisId}\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>");
        sb.Append($"<c:axPos val=\"{(horizontal ? "l" : "b")}\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>");
        sb.Append("<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>");
        sb.Append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>").Append(DefRPr(cats.Length > 20 ? 700 : 900, false)).Append("</a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr>");
        sb.Append($"<c:crossAx val=\"{ValAxisId}\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/>");
        if (!horizontal) sb.Append("<c:tickLblSkip val=\"1\"/>");
        sb.Append("<c:noMultiLvlLbl val=\"0\"/></c:catAx>");

        sb.Append($"<c:valAx><c:axId val=\"{ValAxisId}\"/><c:scaling><c:orientation val=\"minMax\"/>");
        if (spec.AxisMax is double max) sb.Append($"<c:max val=\"{Num(max)}\"/>");
        if (spec.AxisMin is double min) sb.Append($"<c:min val=\"{Num(min)}\"/>");
        sb.Append($"</c:scaling><c:delete val=\"0\"/><c:axPos val=\"{(horizontal ? "b" : "l")}\"/>");
        sb.Append("<c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>");
        if (spec.ValueAxisTitle is string vt)
        {
            sb.Append("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>").Append(DefRPr(900, false)).Append("</a:pPr><a:r>").Append(RPr(900, false));
            sb.Append("<a:t>").Append(Xml.Text(text.Clean(vt))).Append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>");
        }
        sb.Append($"<c:numFmt formatCode=\"{Xml.Attr(spec.NumberFormat)}\" sourceLinked=\"0\"/>");
        sb.Append("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>");
        sb.Append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>").Append(DefRPr(900, false)).Append("</a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr>");
        sb.Append($"<c:crossAx val=\"{CatAxisId}\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>");
        sb.Append("</c:plotArea>");
        if (spec.Series.Count > 1)
            sb.Append("<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>").Append(DefRPr(900, false)).Append("</a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr></c:legend>");
        sb.Append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>");
        sb.Append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>").Append(DefRPr(900, false)).Append("</a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr>");
        sb.Append("<c:externalData r:id=\"rId1\"><c:autoUpdate val=\"0\"/></c:externalData>");
        sb.Append("</c:chartSpace>");
        return sb.ToString();
    }

    private static string DefRPr(int size, bool bold) =>
        $"<a:defRPr sz=\"{size}\" b=\"{(bold ? 1 : 0)}\"><a:solidFill><a:srgbClr val=\"262626\"/></a:solidFill><a:latin typeface=\"{WordFonts.SongTi}\"/><a:ea typeface=\"{(bold ? WordFonts.HeiTi : WordFonts.SongTi)}\"/></a:defRPr>";

    private static string RPr(int size, bool bold) =>
        $"<a:rPr lang=\"zh-CN\" altLang=\"en-US\" sz=\"{size}\" b=\"{(bold ? 1 : 0)}\"><a:solidFill><a:srgbClr val=\"262626\"/></a:solidFill><a:latin typeface=\"{WordFonts.SongTi}\"/><a:ea typeface=\"{(bold ? WordFonts.HeiTi : WordFonts.SongTi)}\"/></a:rPr>";

    internal static string Num(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>1 → B, 2 → C … (column A holds the categories).</summary>
    internal static string ColumnName(int seriesIndex)
    {
        int n = seriesIndex + 1; // 1-based column number, A = 1
        var s = "";
        while (n > 0) { n--; s = (char)('A' + n % 26) + s; n /= 26; }
        return s;
    }
}
