using Auditor.Core.Audit;
using Auditor.Reports.Csv;
using Auditor.Reports.Machine;
using Auditor.Reports.Office;
using Auditor.Reports.Templates;

namespace Auditor.Reports;

/// <summary>Every file of an audit's output folder: the machine files, the documents, and the manifest last.</summary>
public static class AuditFiles
{
    /// <summary>findings.csv, findings.json, data-issues.csv, scores.csv, sanctions.csv — from an outcome that holds every finding.</summary>
    public static void WriteMachine(AuditOutcome o, string dir)
    {
        o.RequireAllFindings($"{FindingsCsvFile}/{FindingsJsonFile}");
        Directory.CreateDirectory(dir);
        using (var csv = new FindingsCsvWriter(Path.Combine(dir, FindingsCsvFile), o.Zone))
        using (var json = new FindingsJsonWriter(Path.Combine(dir, FindingsJsonFile), o.Pack.Id, o.Period.Id, o.AsOf, o.Zone))
        {
            foreach (var f in o.Findings)
            {
                csv.Write(f);
                json.Write(f);
            }
        }
        WriteTables(o, dir);
    }

    public const string FindingsCsvFile = "findings.csv";
    public const string FindingsJsonFile = "findings.json";

    /// <summary>data-issues.csv, scores.csv, sanctions.csv (the findings files are streamed separately).</summary>
    public static void WriteTables(AuditOutcome o, string dir)
    {
        DataIssuesCsvWriter.Write(Path.Combine(dir, "data-issues.csv"), o.DataIssues);
        ScoresCsvWriter.Write(Path.Combine(dir, "scores.csv"), o.Scores);
        SanctionsCsvWriter.Write(Path.Combine(dir, "sanctions.csv"), o.Sanctions);
    }

    /// <summary>The machine files, every document of <see cref="ReportSet"/>, then manifest.json (digests of all of them).</summary>
    public static void WriteAll(AuditOutcome o, OfficeProfile office, ReportTemplates templates, string dir, IProgress<string>? progress = null)
    {
        progress?.Report("写出 findings.csv / findings.json / scores.csv / sanctions.csv / data-issues.csv");
        WriteMachine(o, dir);
        ReportSet.WriteAll(o, office, templates, dir, progress: progress);
        ManifestWriter.Write(dir, o);
    }
}
