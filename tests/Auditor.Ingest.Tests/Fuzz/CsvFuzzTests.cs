using System.Text;
using Auditor.Core;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Auditor.Ingest.Tests.Fuzz;

/// <summary>A generated csv export: header, rows, encoding (FuzzValues.Encode) and writing style.</summary>
public sealed record CsvExport(string[] Header, string[][] Rows, int Encoding, int Style)
{
    /// <summary>0 every field quoted, 1 quoted when needed, 2 tab-delimited quoted when needed, 3 raw (no quoting at all).</summary>
    public static readonly string[] Styles = ["quoted", "as-needed", "tab", "raw"];

    public char Delimiter => Style == 2 ? '\t' : ',';

    private string Field(string s) => Style switch
    {
        0 => Quote(s),
        1 or 2 => s.IndexOfAny([Delimiter, '"', '\n', '\r']) >= 0 || s.StartsWith(' ') ? Quote(s) : s,
        _ => s,
    };

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";

    /// <summary>The csv text and, per data row, the row Excel shows it on (records count, not editor lines).</summary>
    public (string Text, int[] Lines) Render()
    {
        var sb = new StringBuilder();
        var lines = new int[Rows.Length];
        sb.Append(string.Join(Delimiter, Header.Select(Field))).Append("\r\n");
        for (int r = 0; r < Rows.Length; r++)
        {
            lines[r] = r + 2;
            sb.Append(string.Join(Delimiter, Rows[r].Select(Field))).Append(r % 2 == 0 ? "\r\n" : "\n");
        }
        return (sb.ToString(), lines);
    }

    public override string ToString() =>
        $"{Styles[Style]} {FuzzValues.EncodingNames[Encoding]} header=[{string.Join(",", Header.Select(FuzzValues.Show))}] rows=[{string.Join(" | ", Rows.Select(r => string.Join(",", r.Select(FuzzValues.Show))))}]";
}

/// <summary>
/// Fuzzing the csv path of LedgerLoader: random cells (unicode, quotes, separators, line breaks, long
/// cells), header permutations with synonyms, five encodings and four writing styles.
/// </summary>
[Properties(MaxTest = 300, Arbitrary = new[] { typeof(CsvFuzzTests.Arbitraries) })]
public class CsvFuzzTests : IDisposable
{
    /// <summary>Any export: junk headers, NULs and raw (unquoted) writing included.</summary>
    public sealed record AnyCsv(CsvExport Export)
    {
        public override string ToString() => Export.ToString();
    }

    /// <summary>An export with 舆情编号 and 发现时间 among shuffled headers, properly quoted.</summary>
    public sealed record WellFormedCsv(CsvExport Export)
    {
        public override string ToString() => Export.ToString();
    }

    public static class Arbitraries
    {
        public static Arbitrary<AnyCsv> Any() =>
            Arb.From(Exports(structured: false), Shrink).Convert(e => new AnyCsv(e), a => a.Export);

        public static Arbitrary<WellFormedCsv> WellFormed() =>
            Arb.From(Exports(structured: true), Shrink).Convert(e => new WellFormedCsv(e), a => a.Export);
    }

    private readonly TempFiles _tmp = new();
    private int _n;

    public void Dispose() => _tmp.Dispose();

    private static Gen<CsvExport> Exports(bool structured) =>
        from header in structured
            ? Gen.Shuffle(FuzzValues.Headers.Where(h => h.Length > 0 && h != "环节")).SelectMany(all =>
                Gen.Choose(0, 8).Select(k => new[] { "舆情编号", "发现时间" }.Concat(all.Take(k)).Distinct().ToArray()))
                .SelectMany(h => Gen.Shuffle(h)).Select(h => h.ToArray())
            : Gen.Choose(0, 9).SelectMany(n => Gen.ArrayOf(Gen.Frequency((4, Gen.Elements(FuzzValues.Headers)), (1, FuzzValues.Cell(true))), n))
        from rowCount in Gen.Choose(0, 7)
        from rows in Gen.ArrayOf(Gen.ArrayOf(FuzzValues.Cell(allowNul: !structured), header.Length), rowCount)
        from encoding in Gen.Choose(0, 4)
        from style in structured ? Gen.Choose(0, 2) : Gen.Choose(0, 3)
        select new CsvExport(header, rows, encoding, style);

    private static IEnumerable<CsvExport> Shrink(CsvExport e)
    {
        for (int r = 0; r < e.Rows.Length; r++)
            yield return e with { Rows = [.. e.Rows.Take(r), .. e.Rows.Skip(r + 1)] };
        if (e.Encoding != 0) yield return e with { Encoding = 0 };
        for (int r = 0; r < e.Rows.Length; r++)
            for (int c = 0; c < e.Rows[r].Length; c++)
                foreach (var s in FuzzValues.ShrinkText(e.Rows[r][c]))
                {
                    var rows = e.Rows.Select(x => x.ToArray()).ToArray();
                    rows[r][c] = s;
                    yield return e with { Rows = rows };
                }
    }

    private string Write(CsvExport e, out int[] lines)
    {
        var (text, l) = e.Render();
        lines = l;
        return _tmp.WriteBytes($"fuzz{Interlocked.Increment(ref _n)}.csv", FuzzValues.Encode(text, e.Encoding));
    }

    /// <summary>Whatever the cells, encoding or quoting: a result with data issues, or an InputException naming the file.</summary>
    [Property]
    public void Any_csv_ends_in_a_result_or_a_clear_error(AnyCsv e) => FuzzOutcome.Load(Write(e.Export, out _));

    /// <summary>
    /// A well-formed ledger (舆情编号 and 发现时间 among shuffled headers, proper quoting) is always read, and no row is
    /// silently dropped: every non-blank data row becomes a case or has a data issue on its own line.
    /// </summary>
    [Property]
    public void Well_formed_csv_is_read_and_every_row_is_accounted_for(WellFormedCsv w)
    {
        var e = w.Export;
        var path = Write(e, out var lines);
        IngestResult r;
        try { r = LedgerLoader.Load([path], FuzzOutcome.Registry, null, FuzzOutcome.Options); }
        catch (InputException x) { throw new Xunit.Sdk.XunitException($"a well-formed ledger was refused: {x.Message}"); }
        for (int i = 0; i < e.Rows.Length; i++)
        {
            if (e.Rows[i].All(string.IsNullOrWhiteSpace)) continue;
            int line = lines[i];
            if (!r.Cases.Any(c => c.Source.Row == line) && !r.Issues.Any(x => x.Row == line))
                throw new Xunit.Sdk.XunitException($"row on line {line} was dropped without a data issue");
        }
    }
}
