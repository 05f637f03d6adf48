using Auditor.Core.Audit;
using Auditor.Reports.Csv;
using Auditor.Reports.Machine;

namespace Auditor.Reports;

/// <summary>The machine files of an audit's output folder: names, and the tables written from the outcome.</summary>
public static class AuditFiles
{
    public const string FindingsCsvFile = "findings.csv";
    public const string FindingsJsonFile = "findings.json";

    /// <summary>data-issues.csv, scores.csv, sanctions.csv (the findings files are streamed as the ledgers are replayed).</summary>
    public static void WriteTables(AuditOutcome o, string dir)
    {
        DataIssuesCsvWriter.Write(Path.Combine(dir, "data-issues.csv"), o.DataIssues);
        ScoresCsvWriter.Write(Path.Combine(dir, "scores.csv"), o.Scores);
        SanctionsCsvWriter.Write(Path.Combine(dir, "sanctions.csv"), o.Sanctions);
    }
}
