using System.Text;
using Auditor.Ingest.Tables;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Auditor.Ingest.Tests;

[Properties(Arbitrary = new[] { typeof(CsvRoundTripProperties.Arbitraries) })]
public class CsvRoundTripProperties
{
    private static readonly char[] Alphabet = ['a', 'Z', '0', '舆', '情', ',', '"', '\n', '\r', ' ', '、', '\t'];

    public static class Arbitraries
    {
        /// <summary>1–6 rows × 1–5 columns of cells up to four characters from <see cref="Alphabet"/>.</summary>
        public static Arbitrary<string[][]> Tables() => Arb.From(
            from rows in Gen.Choose(1, 6)
            from cols in Gen.Choose(1, 5)
            from cells in Gen.ArrayOf(
                    Gen.ArrayOf(Gen.Elements(Alphabet), rows * cols * 4)
                        .Select(a => new string(a)),
                    1)
            from lengths in Gen.ArrayOf(Gen.Choose(0, 4), rows * cols)
            select Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, cols).Select(c =>
            {
                int i = r * cols + c;
                return cells[0].Substring(i * 4, lengths[i]);
            }).ToArray()).ToArray(),
            // a failing table shrinks by dropping one row at a time
            t => Enumerable.Range(0, t.Length > 1 ? t.Length : 0).Select(i => t.Where((_, j) => j != i).ToArray()));
    }

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";

    /// <summary>Any table written as RFC 4180 csv (every field quoted, CRLF records) reads back cell for cell,
    /// and each record's row number is its place among the records (a cell with line breaks does not add rows).</summary>
    [Property]
    public bool Quoted_csv_reads_back_cell_for_cell_with_spreadsheet_row_numbers(string[][] table)
    {
        var text = string.Concat(table.Select(r => string.Join(",", r.Select(Quote)) + "\r\n"));
        var rows = CsvTableFile.Parse(new StringReader(text), ',').ToList();
        if (rows.Count != table.Length) return false;
        for (int r = 0; r < table.Length; r++)
        {
            if (rows[r].Number != r + 1) return false;
            if (!rows[r].Cells.Select(c => c.Text ?? "").SequenceEqual(table[r])) return false;
        }
        return true;
    }
}
