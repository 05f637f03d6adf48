using Auditor.Core.Audit;

namespace Auditor.Reports;

/// <summary>
/// findings.xlsx of a whole outcome, through <see cref="FindingsWorkbook"/> (which also writes it finding by finding
/// for a streamed audit): sheets 说明, findings (findings_2 … past Excel's row limit), scores, sanctions, data issues.
/// </summary>
public static class FindingsWorkbookWriter
{
    /// <summary>Excel's row limit (header included).</summary>
    public const int ExcelMaxRows = 1_048_576;

    public static void Write(AuditOutcome outcome, string path)
    {
        using var fs = File.Create(path);
        Write(outcome, fs, ExcelMaxRows);
    }

    internal static byte[] Build(AuditOutcome o, int maxRowsPerSheet)
    {
        using var ms = new MemoryStream();
        Write(o, ms, maxRowsPerSheet);
        return ms.ToArray();
    }

    internal static void Write(AuditOutcome o, Stream output, int maxRowsPerSheet)
    {
        using var workbook = new FindingsWorkbook(output, o.Period, o.Pack, o.AsOf, o.Zone, maxRowsPerSheet);
        foreach (var f in o.Findings) workbook.Add(f);
        workbook.Finish(o.Scores, o.Sanctions, o.DataIssues);
    }
}
