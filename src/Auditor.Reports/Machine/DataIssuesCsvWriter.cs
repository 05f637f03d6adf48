using System.Globalization;
using Auditor.Core.Domain;

namespace Auditor.Reports.Machine;

/// <summary>data-issues.csv: file, sheet, row, column, case_id, kind, message.</summary>
public static class DataIssuesCsvWriter
{
    public static void Write(TextWriter w, IEnumerable<DataIssue> issues)
    {
        CsvField.WriteRow(w, "file", "sheet", "row", "column", "case_id", "kind", "message");
        foreach (var i in issues)
        {
            CsvField.WriteRow(w,
                CsvField.Text(i.File),
                CsvField.Text(i.Sheet),
                i.Row?.ToString(CultureInfo.InvariantCulture) ?? "",
                CsvField.Text(i.Column),
                CsvField.Text(i.CaseId),
                CsvField.Plain(i.Kind.Id()),
                CsvField.Text(i.Message));
        }
    }
}
