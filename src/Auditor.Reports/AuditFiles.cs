using System.Text;
using Auditor.Core.Audit;
using Auditor.Reports.Csv;
using Auditor.Reports.Machine;

namespace Auditor.Reports;

/// <summary>The tables of an audit's output folder written from its outcome (the findings files are streamed as the ledgers are replayed).</summary>
public static class AuditFiles
{
    /// <summary>data-issues.csv, scores.csv, sanctions.csv: UTF-8 without BOM, like findings.csv.</summary>
    public static void WriteTables(AuditOutcome o, string dir)
    {
        Table(dir, AuditFileNames.DataIssues, w => DataIssuesCsvWriter.Write(w, o.DataIssues));
        Table(dir, AuditFileNames.Scores, w => ScoresCsvWriter.Write(w, o.Scores));
        Table(dir, AuditFileNames.Sanctions, w => SanctionsCsvWriter.Write(w, o.Sanctions));
    }

    private static void Table(string dir, string name, Action<TextWriter> write)
    {
        using var w = new StreamWriter(Path.Combine(dir, name), false, new UTF8Encoding(false));
        write(w);
    }
}
