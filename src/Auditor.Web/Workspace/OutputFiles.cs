using System.IO.Compression;
using Auditor.Reports;

namespace Auditor.Web.Workspace;

/// <summary>
/// The files of an output folder as a front end offers them: listed by their path relative to the folder ("通报批评.docx",
/// "单位成绩单/某单位.docx"), and found again only by an exact match with that list — a requested name is never joined
/// onto a path. Which of them a unit may download after sign-off is decided here too.
/// </summary>
public static class OutputFiles
{
    /// <summary>The documents a signed-off period makes public to every unit: the notice and the lists.</summary>
    public static IReadOnlyList<string> Public { get; } = [AuditFileNames.Notice, AuditFileNames.InterviewList, AuditFileNames.CommendationList];

    public static IReadOnlyList<string> List(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith('.'))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The full path of a listed file; null when <paramref name="name"/> is not one of them.</summary>
    public static string? Find(string folder, string name)
    {
        var match = List(folder).FirstOrDefault(f => f == name);
        return match is null ? null : Path.Combine(folder, match);
    }

    /// <summary>A unit's own scorecard in the output folder.</summary>
    public static string Scorecard(string unit) => $"{AuditFileNames.ScorecardFolder}/{Auditor.Reports.Text.SafeFileName.Stem(unit)}.docx";

    /// <summary>Whether a unit may download a file of a signed-off audit: the public documents and its own scorecard.</summary>
    public static bool UnitMay(string name, string unit) => Public.Contains(name) || name == Scorecard(unit);

    /// <summary>
    /// The documents (every .docx, scorecards included) as one zip in a temporary file under <paramref name="tempDir"/>,
    /// opened for reading and removed when closed (the response stream takes only asynchronous writes; a zip writer
    /// flushes synchronously).
    /// </summary>
    public static FileStream DocumentsZip(string folder, string tempDir)
    {
        Directory.CreateDirectory(tempDir);
        var path = Path.Combine(tempDir, $"documents-{Guid.NewGuid():N}.zip");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var name in List(folder).Where(n => n.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)))
                    zip.CreateEntryFromFile(Path.Combine(folder, name), name, CompressionLevel.Fastest);
            file.Position = 0;
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
