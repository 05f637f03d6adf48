using Auditor.Ingest.Tables;

namespace Auditor.Ingest;

/// <summary>
/// The records of a csv file as text, read by the same reader as the ledgers (encoding detected, quotes, line breaks in
/// cells): for a front end that reads back a csv the tool wrote (findings.csv, scores.csv).
/// </summary>
public static class CsvRecords
{
    /// <summary>Every record, the header first; a cell missing at the end of a short record is "".</summary>
    public static IEnumerable<string[]> Read(string path)
    {
        using var file = CsvTableFile.Open(path);
        foreach (var sheet in file.Sheets())
            foreach (var row in sheet.Rows)
            {
                if (row.IsBlank) continue;
                var cells = new string[row.Cells.Length];
                for (int i = 0; i < cells.Length; i++) cells[i] = row.Cells[i].AsText() ?? "";
                yield return cells;
            }
    }
}
