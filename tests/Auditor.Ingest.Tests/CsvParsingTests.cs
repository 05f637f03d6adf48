using Auditor.Core.Domain;

namespace Auditor.Ingest.Tests;

public class CsvParsingTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_are_spreadsheet_rows()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv",
            "舆情编号,舆情标题,发现时间\r\n" +                       // row 1
            "A1,\"标题，含逗号, 和 \"\"引号\"\"\",2026-07-03 14:20\r\n" + // row 2
            "A2,\"第一行\r\n第二行\",2026-07-03 15:00\r\n" +          // row 3 (editor lines 3-4)
            "A3,普通,2026-07-03 16:00\r\n");                          // row 4 (editor line 5), as Excel shows it
        var r = LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default);
        Assert.Equal(["A1", "A2", "A3"], r.Cases.Select(c => c.CaseId));
        Assert.Equal("标题，含逗号, 和 \"引号\"", r.Cases[0].Title);
        Assert.Equal("第一行\r\n第二行", r.Cases[1].Title);
        Assert.Equal([2, 3, 4], r.Cases.Select(c => c.Source.Row));
    }

    [Fact]
    public void Tab_separated_exports_are_read()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.txt", "舆情编号\t填报单位\t发现时间\nT1\t城关镇\t2026-07-03 14:20\n");
        var r = LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default);
        Assert.Equal("城关镇", Assert.Single(r.Cases).ReportingUnit!.Raw);
    }

    [Fact]
    public void Last_line_without_newline_and_short_rows_are_read()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "舆情编号,发现时间,回应时间\nA1,2026-07-03 14:20\nA2,2026-07-03 15:00,2026-07-04 10:00");
        var r = LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default);
        Assert.Equal(2, r.Cases.Length);
        Assert.Single(r.Cases[0].Events);
        Assert.Equal(2, r.Cases[1].Events.Length);
    }
}
