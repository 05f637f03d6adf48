using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Auditor.Tests;

namespace Auditor.Cli.Tests.BadInput;

/// <summary>Checks on an audit's output folder: no live formula, no personal data in .docx, every .docx well-formed XML.</summary>
internal static class OutputSafety
{
    private static bool Formulaic(string s) => s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>No csv field a spreadsheet would run (numbers such as -1.5 aside); no formula element in any .xlsx.</summary>
    public static void AssertNoFormula(string outDir)
    {
        foreach (var csv in Directory.GetFiles(outDir, "*.csv", SearchOption.AllDirectories))
            foreach (var row in CsvRecords.Read(csv))
                foreach (var field in row)
                    Assert.False(Formulaic(field) && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                        $"{Path.GetFileName(csv)}: field “{field}” would run as a formula");
        var findings = File.ReadAllText(Path.Combine(outDir, "findings.csv"));
        Assert.Contains("'=HYPERLINK", findings); // the titles did reach the file, neutralised
        Assert.Contains("'@SUM(A1:A9)", findings);
        foreach (var xlsx in Directory.GetFiles(outDir, "*.xlsx", SearchOption.AllDirectories))
        {
            using var zip = ZipFile.OpenRead(xlsx);
            foreach (var e in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/") && e.FullName.EndsWith(".xml")))
            {
                using var r = XmlReader.Create(e.Open());
                while (r.Read())
                    Assert.False(r.NodeType == XmlNodeType.Element && r.LocalName == "f", $"{Path.GetFileName(xlsx)} {e.FullName}: a formula cell");
            }
        }
    }

    public static void AssertNoPersonalData(string outDir, IReadOnlyList<string> secrets)
    {
        var docs = DocxTexts(outDir);
        Assert.NotEmpty(docs);
        foreach (var (name, text) in docs)
            foreach (var s in secrets)
                Assert.False(text.Contains(s), $"{name} shows “{s}”");
    }

    /// <summary>Every XML part of every .docx parses with character checking on (no C0 control characters, raw or as references).</summary>
    public static void AssertDocxValid(string outDir)
    {
        var docs = Directory.GetFiles(outDir, "*.docx", SearchOption.AllDirectories);
        Assert.NotEmpty(docs);
        foreach (var docx in docs)
        {
            using var zip = ZipFile.OpenRead(docx);
            foreach (var e in zip.Entries.Where(e => e.FullName.EndsWith(".xml") || e.FullName.EndsWith(".rels")))
            {
                using var r = XmlReader.Create(e.Open(), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
                try { while (r.Read()) { } }
                catch (XmlException x) { Assert.Fail($"{Path.GetFileName(docx)} {e.FullName}: {x.Message}"); }
            }
        }
    }

    /// <summary>The text of every XML part of every .docx in the folder, by file name.</summary>
    public static List<(string Name, string Text)> DocxTexts(string outDir)
    {
        var list = new List<(string, string)>();
        foreach (var docx in Directory.GetFiles(outDir, "*.docx", SearchOption.AllDirectories))
        {
            using var zip = ZipFile.OpenRead(docx);
            var sb = new StringBuilder();
            foreach (var e in zip.Entries.Where(e => e.FullName.EndsWith(".xml")))
            {
                using var r = new StreamReader(e.Open());
                sb.Append(r.ReadToEnd());
            }
            list.Add((Path.GetRelativePath(outDir, docx), sb.ToString()));
        }
        return list;
    }
}
