using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Auditor.Reports.Tests;

internal static class TestFiles
{
    public static string RepoRoot
    {
        get
        {
            var d = new DirectoryInfo(AppContext.BaseDirectory);
            while (d is not null && !File.Exists(Path.Combine(d.FullName, "Auditor.sln"))) d = d.Parent;
            return d?.FullName ?? throw new InvalidOperationException("Auditor.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Rules => Path.Combine(RepoRoot, "rules");

    public static string TempDir(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "auditor-reports-tests", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Validation errors of a .docx under Office 2016 rules, as readable lines.</summary>
    public static List<string> ValidationErrors(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var v = new OpenXmlValidator(FileFormatVersions.Office2016);
        return v.Validate(doc).Select(e => $"{Path.GetFileName(path)} {e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>Every XML part of a package (and of packages embedded in it) as text; pictures (word/media) are binary and left out.</summary>
    public static string AllXml(byte[] package)
    {
        var sb = new StringBuilder();
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        foreach (var e in zip.Entries)
        {
            if (e.FullName.EndsWith(".png", StringComparison.Ordinal)) continue;
            using var s = e.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            var bytes = ms.ToArray();
            if (e.FullName.EndsWith(".xlsx", StringComparison.Ordinal) || e.FullName.EndsWith(".docx", StringComparison.Ordinal)) sb.Append(AllXml(bytes));
            else sb.Append(Encoding.UTF8.GetString(bytes)).Append('\n');
        }
        return sb.ToString();
    }

    public static string AllXml(string path) => AllXml(File.ReadAllBytes(path));

    /// <summary>The visible text of the main document (paragraphs joined by newlines).</summary>
    public static string BodyText(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
