using Auditor.Ingest.Tables;
using FsCheck;
using FsCheck.Fluent;

namespace Auditor.Ingest.Tests;

/// <summary><see cref="CsvRecordReader"/> against the reference parser, on any text and across buffer ends.</summary>
public class CsvRecordReaderTests
{
    private static readonly char[] Alphabet = ['a', '舆', ',', ',', '"', '"', '\r', '\n', '\t', ' ', '\uD83D', '\uDE00'];

    private static List<(int Number, string[] Cells)> Rows(IEnumerable<RawRow> rows) =>
        [.. rows.Select(r => (r.Number, r.Cells.Select(c => c.AsText() ?? "").ToArray()))];

    /// <summary>The rows read, or the row a quote never closed is refused at (as "!N").</summary>
    private static string Outcome(Func<List<RawRow>> read)
    {
        try
        {
            var rows = Rows(read());
            return string.Join("\n", rows.Select(r => $"{r.Number}:{string.Join("|", r.Cells.Select(c => c.Replace("\\", "\\\\").Replace("|", "\\|")))}"));
        }
        catch (Auditor.Core.InputException e) when (e.Message.Contains("引号未闭合"))
        {
            return "!" + e.Message[(e.Message.IndexOf('第') + 1)..e.Message.IndexOf('行')];
        }
    }

    private static string Reference(string text, char delimiter) =>
        Outcome(() => [.. CsvReferenceParser.Parse(new StringReader(text), delimiter)]);

    private static string Read(string text, char delimiter, int bufferChars) => Outcome(() =>
    {
        var reader = new CsvRecordReader(new StringReader(text), delimiter, "csv", bufferChars);
        var rows = new List<RawRow>();
        while (reader.Next() is { } row) rows.Add(row);
        return rows; // read after all rows: each row's cells must outlive the buffers read after it
    });

    [Fact]
    public void Any_text_reads_as_the_reference_parser_reads_it_whatever_the_buffer_size() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(
            Arb.From(from chars in Gen.ArrayOf(Gen.Elements(Alphabet))
                     from buffer in Gen.Choose(1, 12)
                     from tab in Gen.Elements(false, true)
                     select (Text: new string(chars), Buffer: buffer, Delimiter: tab ? '\t' : ',')),
            x => Reference(x.Text, x.Delimiter) == Read(x.Text, x.Delimiter, x.Buffer)));

    [Theory]
    [InlineData("a,b\r\nc,d\r\n")]
    [InlineData("\"a\"\"b\",\"x\r\ny\",\"\"\n\n\r\rz")]
    [InlineData("\"ab\"c,\"x\"\n1,\"unclosed, refused\nat row 2")]
    [InlineData("ab\"c,d\"e\"\n\"\"\"\"")]
    [InlineData(",\n,,\r\n\"")]
    [InlineData("")]
    public void Edge_cases_read_as_the_reference_parser_reads_them(string text)
    {
        foreach (var buffer in new[] { 1, 2, 3, 5, 64, 32 * 1024 })
            Assert.Equal(Reference(text, ','), Read(text, ',', buffer));
    }

    [Fact]
    public void Unquoted_and_plainly_quoted_cells_are_slices_of_the_buffer_not_new_strings()
    {
        var row = new CsvRecordReader(new StringReader("abc,\"d,e\",\"f\"\"g\"\n"), ',', "csv").Next()!;
        Assert.Equal(["abc", "d,e", "f\"g"], row.Cells.Select(c => c.AsText()));
        // "d,e" starts five chars after "abc" in the same buffer; "f"g" (a doubled quote) had to be copied elsewhere
        Assert.Equal(5 * sizeof(char), Offset(row.Cells[0], row.Cells[1]));
        Assert.NotEqual(11 * sizeof(char), Offset(row.Cells[0], row.Cells[2]));
    }

    private static long Offset(RawCell a, RawCell b) =>
        (long)System.Runtime.CompilerServices.Unsafe.ByteOffset(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(a.Span), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(b.Span));
}
