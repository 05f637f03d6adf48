using System.IO.Compression;
using System.Text.RegularExpressions;
using Auditor.Core;

namespace Auditor.Ingest.Tests.Fuzz;

/// <summary>
/// The fuzzers' shrunk counterexamples, kept as regular tests. Each once ended in an exception other than
/// InputException (an internal error with a stack trace); each must now be a result or a clear, located error.
/// </summary>
public class FuzzRegressionTests : IDisposable
{
    private readonly TempFiles _tmp = new();

    public void Dispose() => _tmp.Dispose();

    private string Workbook(string name, params object?[]?[] rows)
    {
        var path = _tmp.PathOf(name);
        XlsxBuilder.Write(path, ("台账", rows));
        return path;
    }

    private static readonly object?[] Header = ["舆情编号", "填报单位", "发现时间"];

    /// <summary>Rewrites one part of a zip package.</summary>
    private static void Edit(string path, string part, Func<string, string> edit)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var e = zip.GetEntry(part) ?? throw new InvalidOperationException(part);
        string text;
        using (var r = new StreamReader(e.Open())) text = r.ReadToEnd();
        e.Delete();
        using var w = new StreamWriter(zip.CreateEntry(part).Open());
        w.Write(edit(text));
    }

    private static InputException Refused(string path)
    {
        var e = Assert.Throws<InputException>(() => LedgerLoader.Load([path], FuzzOutcome.Registry, null, FuzzOutcome.Options));
        Assert.Contains(path, e.Message);
        return e;
    }

    /// <summary>Shrunk: workbook #3 with one byte flipped in xl/workbook.xml (ArgumentOutOfRangeException from GetPartById).</summary>
    [Fact]
    public void Sheet_pointing_at_a_missing_part_is_a_damaged_workbook()
    {
        var path = Workbook("rid.xlsx", Header, ["A1", "城关镇", "2026-08-01 09:00"]);
        Edit(path, "xl/workbook.xml", x => Regex.Replace(x, "r:id=\"[^\"]*\"", "r:id=\"rId99\""));
        var e = Refused(path);
        Assert.Contains("rId99", e.Message);
        Assert.Contains("台账", e.Message);
    }

    /// <summary>Shrunk: one byte flipped in [Content_Types].xml (ArgumentException from System.IO.Packaging).</summary>
    [Theory]
    [InlineData("ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"", "ContentType=\"relationships\"")]
    [InlineData("PartName=\"/xl/styles.xml\"", "PartName=\"xl/styles.xml\"")]
    public void Invalid_content_types_are_not_a_valid_workbook(string from, string to)
    {
        var path = Workbook("ct.xlsx", Header, ["A1", "城关镇", "2026-08-01 09:00"]);
        bool changed = false;
        Edit(path, "[Content_Types].xml", x => { changed = x.Contains(from); return x.Replace(from, to); });
        Assert.True(changed, "the fixture's [Content_Types].xml no longer has " + from);
        Assert.Contains("不是有效的 .xlsx 工作簿", Refused(path).Message);
    }

    /// <summary>Shrunk: a cell with t="x" (FormatException from the SDK's typed enum value). Read as its text.</summary>
    [Fact]
    public void Unknown_cell_type_reads_as_text()
    {
        var path = Workbook("t.xlsx", Header, ["A1", "城关镇", "2026-08-01 09:00"]);
        bool changed = false;
        Edit(path, "xl/worksheets/sheet1.xml", x =>
        {
            var y = Regex.Replace(x, "<(\\w+:)?c r=\"B2\"[^>]*>.*?</(\\w+:)?c>", "<$1c r=\"B2\" t=\"x\"><$1v>城关镇</$1v></$1c>");
            changed = y != x;
            return y;
        });
        Assert.True(changed, "cell B2 not found in the fixture's sheet XML");
        var r = LedgerLoader.Load([path], FuzzOutcome.Registry, null, FuzzOutcome.Options);
        var c = Assert.Single(r.Cases);
        Assert.Equal("测试县城关镇人民政府", c.ReportingUnit?.Name);
    }

    /// <summary>Row numbers and cell references past Excel's limits (an int overflow, or millions of padding cells) are refused with the row.</summary>
    [Theory]
    [InlineData(" r=\"2\"", " r=\"4294967295\"", "行号“4294967295”")]
    [InlineData(" r=\"2\"", " r=\"x\"", null)]
    [InlineData("r=\"C2\"", "r=\"ZZZZZZZ2\"", "ZZZZZZZ2")]
    public void Rows_and_columns_past_excel_limits(string from, string to, string? fragment)
    {
        var path = Workbook("lim.xlsx", Header, ["A1", "城关镇", "2026-08-01 09:00"]);
        Edit(path, "xl/worksheets/sheet1.xml", x => x.Replace(from, to));
        if (fragment is null)
        {
            // r="x" is not a number: the row counts on from the previous one, as if r were absent.
            var r = LedgerLoader.Load([path], FuzzOutcome.Registry, null, FuzzOutcome.Options);
            Assert.Equal(2, Assert.Single(r.Cases).Source.Row);
            return;
        }
        var e = Refused(path);
        Assert.Contains(fragment, e.Message);
        Assert.Contains("[台账]", e.Message);
    }

    /// <summary>Found while building the corpus: three NUL bytes in a UTF-8 csv were called "UTF-16 without BOM".</summary>
    [Fact]
    public void A_few_nul_bytes_are_located_not_taken_for_utf16()
    {
        var path = _tmp.WriteBytes("nul.csv", [.. "舆情编号,发现时间\nA1,2026-08-01 09:00\n"u8.ToArray(), .. "A2,\0\0,\0\n"u8.ToArray()]);
        var e = Refused(path);
        Assert.Contains("第3行含有空字节", e.Message);
        Assert.DoesNotContain("UTF-16", e.Message);
    }

    [Fact]
    public void Utf16_without_bom_is_still_named()
    {
        var path = _tmp.WriteBytes("u16.csv", System.Text.Encoding.Unicode.GetBytes("舆情编号,发现时间\r\nA1,2026-08-01 09:00\r\n"));
        Assert.Contains("UTF-16", Refused(path).Message);
    }
}

/// <summary>Shrunk counterexamples of the csv fuzzers.</summary>
public class CsvFuzzRegressionTests : IDisposable
{
    private readonly TempFiles _tmp = new();

    public void Dispose() => _tmp.Dispose();

    /// <summary>
    /// Shrunk: header [环节, 时间, \u001F, T01, case_id, 交办时间], one row "日报". The event log has no unit column, so the
    /// daily report's "missing unit" issue had column -1 (IndexOutOfRangeException). Now a data issue without a column.
    /// </summary>
    [Fact]
    public void Daily_report_row_in_an_event_log_without_a_unit_column()
    {
        var path = _tmp.Write("daily.csv", "环节,时间,\u001F,T01,case_id,交办时间\n日报,,,,,\n");
        var r = LedgerLoader.Load([path], FuzzOutcome.Registry, null, FuzzOutcome.Options);
        var issue = Assert.Single(r.Issues);
        Assert.Equal((2, (string?)null), (issue.Row, issue.Column));
        Assert.Contains("日报行缺少报送单位", issue.Message);
        Assert.Empty(r.DailyReports);
    }

    /// <summary>
    /// Shrunk: a tab-delimited ledger whose one data cell, quoted, holds commas (",\"9\",舆0:"): the commas outvoted the
    /// tabs and the header was not found. Delimiters inside quotes no longer count.
    /// </summary>
    [Fact]
    public void Commas_inside_quoted_cells_do_not_make_a_tab_file_comma_delimited()
    {
        var path = _tmp.Write("tab.csv", "舆情编号\t发现时间\r\nA1\t\",\"\"9\"\",舆0:\"\n");
        var r = LedgerLoader.Load([path], FuzzOutcome.Registry, null, FuzzOutcome.Options);
        var c = Assert.Single(r.Cases);
        Assert.Equal("A1", c.CaseId);
        var issue = Assert.Single(r.Issues, i => i.Kind == Auditor.Core.Domain.DataIssueKind.UnparsableTime);
        Assert.Equal((2, "发现时间"), (issue.Row, issue.Column));
    }
}
