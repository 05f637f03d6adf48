using System.Globalization;
using System.Text;
using Auditor.Core.Domain;

namespace Auditor.Reports.Machine;

/// <summary>data-issues.csv: file, sheet, row, column, case_id, kind, message (UTF-8, no BOM).</summary>
public static class DataIssuesCsvWriter
{
    public static void Write(string path, IEnumerable<DataIssue> issues)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
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
