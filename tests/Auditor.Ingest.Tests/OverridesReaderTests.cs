using System.Text;
using Auditor.Core;
using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Ingest.Tests;

/// <summary>The overrides file (申诉/豁免) reads through the ledgers' table reader: every encoding, delimiter and workbook a ledger may come in.</summary>
public class OverridesReaderTests
{
    private const string Header = "舆情编号,规则编号,新判定,理由,批准人,批准日期";
    private const string Line = "HC-001,R-release,按时履行,系统时间错误，以平台截图为准,张三,2026年10月12日";

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("gb18030")]
    public void Every_encoding_of_a_ledger_reads(string encoding)
    {
        using var tmp = new TempFiles();
        Encoding enc = encoding switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le-bom" => new UnicodeEncoding(false, true),
            _ => TempFiles.Gb18030,
        };
        var path = tmp.Write("申诉.csv", $"{Header}\r\n{Line}\r\n", enc);
        var e = Assert.Single(OverridesReader.Read(path));
        Assert.Equal(("HC-001", "R-release", Verdict.Met, "系统时间错误，以平台截图为准", "张三", new LocalDate(2026, 10, 12), 2),
            (e.CaseId, e.RuleId, e.NewVerdict, e.Justification, e.Approver, e.Date, e.Line));
    }

    [Fact]
    public void A_tab_delimited_file_reads()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("申诉.txt", $"{Header.Replace(',', '\t')}\n{Line.Replace(',', '\t')}\n");
        Assert.Equal("张三", Assert.Single(OverridesReader.Read(path)).Approver);
    }

    [Fact]
    public void Row_numbers_are_the_rows_excel_shows_even_after_a_cell_with_line_breaks()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("o.csv", $"{Header}\n# 第一条\nHC-001,R-release,met,\"第一行\n第二行\",张三,2026-10-12\nHC-001,R-review,met,理由,张三,2026/10/12\n");
        var entries = OverridesReader.Read(path);
        Assert.Equal("第一行\n第二行", entries[0].Justification);
        Assert.Equal([3, 4], entries.Select(e => e.Line));
    }

    [Fact]
    public void A_bad_row_names_file_row_and_column()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("o.csv", $"{Header}\nHC-001,R-release,通过,理由,张三,2026-10-12\n");
        var ex = Assert.Throws<InputException>(() => OverridesReader.Read(path));
        Assert.StartsWith("申诉/豁免文件 o.csv 第2行“新判定”列：新判定“通过”无法识别", ex.Message);
        Assert.Equal(ExitCodes.Input, ex.ExitCode);
    }

    [Fact]
    public void A_quote_never_closed_is_refused_at_its_row()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("o.csv", $"{Header}\nHC-001,R-release,met,理由,张三,2026-10-12\nHC-002,R-release,met,\"理由,张三,2026-10-12\nHC-003,R-release,met,理由,张三,2026-10-12\n");
        var ex = Assert.Throws<InputException>(() => OverridesReader.Read(path));
        Assert.StartsWith($"{path} 第3行：引号未闭合", ex.Message);
    }

    [Fact]
    public void A_workbook_reads_its_overrides_sheet_with_date_cells()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("申诉.xlsx");
        XlsxBuilder.Write(path,
            ("填报说明", [["本表用于登记经批准的申诉和豁免"]]),
            ("申诉", [
                ["2026年第三季度申诉登记表"],
                null,
                ["舆情编号", "规则编号", "新判定", "理由", "批准人", "批准日期"],
                ["HC-001", "R-release", "按时履行", "平台截图为准", "张三", new XDate(new DateTime(2026, 10, 12))],
                ["HC-002", "R-review", "数据不足", "材料在档案室", "李四", new XDateTime(new DateTime(2026, 10, 13, 15, 30, 0))],
                [new XNumber(20260003), "R-review", "met", "补录", "王五", "2026-10-14"],
            ]));
        var entries = OverridesReader.Read(path);
        Assert.Equal([("HC-001", 4, new LocalDate(2026, 10, 12)), ("HC-002", 5, new LocalDate(2026, 10, 13)), ("20260003", 6, new LocalDate(2026, 10, 14))],
            entries.Select(e => (e.CaseId, e.Line, e.Date)));
        Assert.All(entries, e => Assert.Equal("申诉", e.Sheet));
        Assert.Equal("申诉/豁免文件 申诉.xlsx [申诉] 第5行", entries[1].Where);
    }

    [Fact]
    public void A_missing_or_empty_file_is_an_input_error_naming_it()
    {
        using var tmp = new TempFiles();
        Assert.Contains("申诉.csv", Assert.Throws<InputException>(() => OverridesReader.Read(tmp.PathOf("申诉.csv"))).Message);
        var comments = tmp.Write("空.csv", "# 没有任何申诉\n\n");
        Assert.Contains("是空的", Assert.Throws<InputException>(() => OverridesReader.Read(comments)).Message);
    }
}
