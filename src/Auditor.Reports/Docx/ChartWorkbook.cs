using System.IO.Compression;
using System.Text;
using Auditor.Reports.Text;

namespace Auditor.Reports.Docx;

/// <summary>
/// The minimal .xlsx embedded in a chart (categories in column A, one column per series) so that "Edit Data" works
/// in Word and WPS. Written directly with inline strings and fixed zip timestamps: fast and byte-stable.
/// </summary>
internal static class ChartWorkbook
{
    public static byte[] Build(ChartSpec spec, PublicText text)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            Put(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Put(zip, "_rels/.rels", DocxPackage.Relationships([
                ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml")]));
            Put(zip, "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Put(zip, "xl/_rels/workbook.xml.rels", DocxPackage.Relationships([
                ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet1.xml")]));
            Put(zip, "xl/worksheets/sheet1.xml", Sheet(spec, text));
        }
        return ms.ToArray();
    }

    private static string Sheet(ChartSpec spec, PublicText text)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        sb.Append("<row r=\"1\">").Append(Str("A1", "类别"));
        for (int s = 0; s < spec.Series.Count; s++) sb.Append(Str(ChartXml.ColumnName(s + 1) + "1", text.Clean(spec.Series[s].Name)));
        sb.Append("</row>");
        for (int i = 0; i < spec.Categories.Count; i++)
        {
            int r = i + 2;
            sb.Append($"<row r=\"{r}\">").Append(Str($"A{r}", text.Clean(spec.Categories[i])));
            for (int s = 0; s < spec.Series.Count; s++)
            {
                var vals = spec.Series[s].Values;
                if (i < vals.Count && vals[i] is double v) sb.Append($"<c r=\"{ChartXml.ColumnName(s + 1)}{r}\"><v>{ChartXml.Num(v)}</v></c>");
            }
            sb.Append("</row>");
        }
        return sb.Append("</sheetData></worksheet>").ToString();
    }

    private static string Str(string cellRef, string value) =>
        $"<c r=\"{cellRef}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{Xml.Text(value)}</t></is></c>";

    private static void Put(ZipArchive zip, string path, string xml) => DocxPackage.Write(zip, path, Encoding.UTF8.GetBytes(xml));
}
