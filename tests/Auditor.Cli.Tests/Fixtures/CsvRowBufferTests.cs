using Auditor.Cli.Fixtures;

namespace Auditor.Cli.Tests.Fixtures;

public class CsvRowBufferTests
{
    [Fact]
    public void Writes_fields_times_and_dates_and_quotes_only_when_needed()
    {
        var row = new CsvRowBuffer();
        row.Numbered("YQ2026Q3-", 42, "D7");
        row.Text("甲镇");
        row.Text("停水，居民投诉");        // a Chinese comma is not a separator
        row.Text("a,b \"c\"");
        row.Empty();
        row.Time(new DateTime(2026, 7, 3, 14, 5, 0), dateOnly: false);
        row.Time(new DateTime(2026, 12, 31, 9, 0, 0), dateOnly: true);
        row.EndRow();
        Assert.Equal("YQ2026Q3-0000042,甲镇,停水，居民投诉,\"a,b \"\"c\"\"\",,2026-07-03 14:05,2026-12-31\n", row.Row.ToString());
        row.Clear();
        row.Text("x");
        Assert.Equal("x", row.Row.ToString());
    }
}
