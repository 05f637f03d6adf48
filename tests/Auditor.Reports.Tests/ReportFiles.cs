using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Reports.Machine;
using Auditor.Reports.Office;
using Auditor.Reports.Templates;
using Auditor.Reports.Writers;

namespace Auditor.Reports.Tests;

/// <summary>
/// The writers of this project driven the way an audit drives them: documents from the outcome, the findings files
/// and findings.xlsx from every finding one at a time, the manifest last.
/// </summary>
internal static class ReportFiles
{
    public static ReportTemplates Templates => ReportTemplates.Load(Path.Combine(TestFiles.Rules, "templates"));

    public static OfficeProfile Office(string name) => OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", name + ".yaml"));

    /// <summary>Every document and findings.xlsx (from <paramref name="all"/>, else the kept findings).</summary>
    public static IReadOnlyList<string> WriteSet(AuditOutcome o, OfficeProfile office, string dir, IEnumerable<Finding>? all = null)
    {
        var written = ReportSet.WriteDocuments(o, office, Templates, dir).ToList();
        var xlsx = Path.Combine(dir, AuditFileNames.FindingsWorkbook);
        File.WriteAllBytes(xlsx, Workbook(o, all ?? o.KeptFindings));
        written.Add(xlsx);
        return written;
    }

    /// <summary>findings.xlsx: every finding added as the audit replays them, then the outcome's sheets.</summary>
    public static byte[] Workbook(AuditOutcome o, IEnumerable<Finding> all, int maxRowsPerSheet = FindingsWorkbook.ExcelMaxRows, int? maxSharedStrings = null)
    {
        using var ms = new MemoryStream();
        using (var w = maxSharedStrings is { } m
                   ? new FindingsWorkbook(ms, o.Period, o.Pack, o.AsOf, o.Zone, maxRowsPerSheet, m)
                   : new FindingsWorkbook(ms, o.Period, o.Pack, o.AsOf, o.Zone, maxRowsPerSheet))
        {
            foreach (var f in all) w.Add(f);
            w.Finish(o.Scores, o.Sanctions, o.DataIssues);
        }
        return ms.ToArray();
    }

    /// <summary>findings.csv, findings.json (from every finding), the tables, then manifest.json.</summary>
    public static void WriteMachine(AuditOutcome o, IEnumerable<Finding> all, string dir)
    {
        using (var csv = new FindingsCsvWriter(File.Create(Path.Combine(dir, AuditFileNames.FindingsCsv)), o.Zone))
        using (var json = new FindingsJsonWriter(File.Create(Path.Combine(dir, AuditFileNames.FindingsJson)), o.Pack.Id, o.Period.Id, o.AsOf, o.Zone))
        {
            foreach (var f in all)
            {
                csv.Write(f);
                json.Write(f);
            }
        }
        AuditFiles.WriteTables(o, dir);
        ManifestWriter.Write(dir, o);
    }

    /// <summary>自查报告.docx of <paramref name="unit"/>, from the audit's outcome cut to the unit (<see cref="SampleOutcome.SelfCheckOf"/>).</summary>
    public static void WriteSelfCheck(AuditOutcome audit, string unit, string path, bool alone = false) =>
        SelfCheckReportWriter.Write(SampleOutcome.SelfCheckOf(audit, unit, alone), Templates, path);

    public static void WriteNotice(AuditOutcome o, OfficeProfile office, string path) =>
        File.WriteAllBytes(path, NoticeWriter.Build(new ReportContext(o, Templates, office)));
}
