using Auditor.Core;
using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Ingest.Tests;

public class CsvLedgerTests
{
    private static readonly DateTimeZone Zone = AuditorZones.Default;

    [Fact]
    public void Title_row_and_blank_rows_above_the_header_are_skipped()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv",
            "某县2026年第三季度舆情处置台账,,\n" +
            ",,\n" +
            "舆情编号,填报单位,发现时间,回应时间\n" +
            "HC-001,城关镇,2026-07-03 14:20,2026-07-04 09:00\n" +
            ",,,\n" +
            "HC-002,城关镇,2026-07-05 08:00,\n");
        var r = LedgerLoader.Load([path], UnitRegistry.Empty, null, IngestOptions.Default);
        var f = Assert.Single(r.Files);
        Assert.Equal(3, f.HeaderRow);
        Assert.Equal(TableShape.Ledger, f.Shape);
        Assert.Equal(2, r.Cases.Length);
        var c = r.Cases[0];
        Assert.Equal("HC-001", c.CaseId);
        Assert.Equal(4, c.Source.Row);
        Assert.Equal(new LocalDateTime(2026, 7, 3, 14, 20), c.DiscoveredAt!.Local);
        Assert.Equal(new LocalDateTime(2026, 7, 4, 9, 0), c.First(EventKind.Responded)!.Time.Local);
        Assert.Equal(6, r.Cases[1].Source.Row);
        Assert.Empty(r.Issues);
    }
}
