using Auditor.Core;
using Auditor.Ingest.Tables;
using Auditor.Ingest.Times;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Auditor.Ingest.Tests;

/// <summary>
/// What is particular to ledger cells: Excel serials (in number, date and date-time cells, and as plain numbers in
/// text cells), the run's zone, and which parsed shapes a cell turns into. The spellings of time text are tested
/// with the parser itself (Auditor.Core.Tests, TimeTextParserTests).
/// </summary>
[Properties(Arbitrary = new[] { typeof(TimeValueParserTests.Arbitraries) })]
public class TimeValueParserTests
{
    private static readonly DateTimeZone Zone = AuditorZones.Default;

    [Theory]
    [InlineData("2026-07-03 14:20", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026年7月3日14时20分05秒", 2026, 7, 3, 14, 20, 5)]
    [InlineData("2026.7.4 下午2:22", 2026, 7, 4, 14, 22, 0)]
    [InlineData("2026-07-03 24:00", 2026, 7, 4, 0, 0, 0)]
    public void Text_with_date_and_time_is_a_precise_time(string text, int y, int mo, int d, int h, int mi, int s)
    {
        var t = TimeValueParser.Parse(text, Zone)!;
        Assert.False(t.DateOnly);
        Assert.Equal(new LocalDateTime(y, mo, d, h, mi, s), t.Local);
    }

    [Theory]
    [InlineData("2026-07-03")]
    [InlineData("2026年7月3日")]
    [InlineData("20260703")]
    public void Text_with_a_date_alone_is_marked_date_only_not_midnight(string text)
    {
        var t = TimeValueParser.Parse(text, Zone)!;
        Assert.True(t.DateOnly);
        Assert.Equal(new LocalDate(2026, 7, 3), t.Date);
    }

    [Theory]
    [InlineData("46213.9166666667", 2026, 7, 10, 22, 0, 0)]
    [InlineData("46206.5", 2026, 7, 3, 12, 0, 0)]
    public void A_decimal_number_in_a_text_cell_is_an_excel_serial(string text, int y, int mo, int d, int h, int mi, int s)
    {
        var t = TimeValueParser.Parse(text, Zone)!;
        Assert.False(t.DateOnly);
        Assert.Equal(new LocalDateTime(y, mo, d, h, mi, s), t.Local);
    }

    [Theory]
    [InlineData("46206")]
    [InlineData("４６２０６")]
    public void A_whole_number_in_a_text_cell_is_a_serial_date_only(string text)
    {
        var t = TimeValueParser.Parse(text, Zone)!;
        Assert.True(t.DateOnly);
        Assert.Equal(new LocalDate(2026, 7, 3), t.Date);
    }

    [Theory]
    [InlineData("123456789")] // an id, not a serial: more than 7 digits
    [InlineData("20:23")] // a time of day without a date
    [InlineData("7月5日14:23")] // a date without a year
    [InlineData("上午15:00")]
    [InlineData("已回应")]
    [InlineData("   ")]
    public void Text_that_is_not_a_complete_time_is_null(string text) => Assert.Null(TimeValueParser.Parse(text, Zone));

    [Fact]
    public void Cells_of_each_kind()
    {
        Assert.Null(TimeValueParser.Parse(default(RawCell), Zone));
        Assert.Equal(new LocalDateTime(2026, 7, 3, 14, 20), TimeValueParser.Parse(RawCell.OfText("2026/7/3 14:20"), Zone)!.Local);
        Assert.True(TimeValueParser.Parse(RawCell.OfNumber(46206, RawCellKind.Date), Zone)!.DateOnly);
        Assert.True(TimeValueParser.Parse(RawCell.OfNumber(46206, RawCellKind.Number), Zone)!.DateOnly);
        // A date-time cell at midnight is a time (00:00), not a date alone.
        var midnight = TimeValueParser.Parse(RawCell.OfNumber(46206, RawCellKind.DateTime), Zone)!;
        Assert.False(midnight.DateOnly);
        Assert.Equal(new LocalDateTime(2026, 7, 3, 0, 0), midnight.Local);
        Assert.Null(TimeValueParser.Parse(RawCell.OfNumber(1, RawCellKind.Boolean), Zone));
    }

    [Fact]
    public void Local_times_are_read_in_the_run_zone()
    {
        // 14:20 in Shanghai (UTC+8, no DST) is 06:20 UTC.
        var t = TimeValueParser.Parse("2026-07-03 14:20", Zone)!;
        Assert.Equal(Instant.FromUtc(2026, 7, 3, 6, 20), t.Instant);
        var utc = TimeValueParser.Parse("2026-07-03 14:20", DateTimeZone.Utc)!;
        Assert.Equal(Instant.FromUtc(2026, 7, 3, 14, 20), utc.Instant);
    }

    [Fact]
    public void Serial_numbers_round_to_the_nearest_second()
    {
        // 22:00 is 0.91666… of a day; Excel stores 46213.9166666667, a hair over or under 22:00:00.
        Assert.Equal(new LocalDateTime(2026, 7, 10, 22, 0, 0), TimeValueParser.FromSerial(46213.9166666667, Zone, true)!.Local);
        Assert.Equal(new LocalDateTime(2026, 7, 10, 22, 0, 0), TimeValueParser.FromSerial(46213.91666666, Zone, true)!.Local);
        // Serial 1 is 1900-01-01 in Excel's 1900 date system (epoch 1899-12-30 for serials after 60).
        Assert.Equal(new LocalDate(2026, 1, 1), TimeValueParser.FromSerial(46023, Zone, true)!.Date);
    }

    public static class Arbitraries
    {
        /// <summary>Any second from 2000 to 2059; shrinks towards whole minutes and whole hours.</summary>
        public static Arbitrary<LocalDateTime> Times() => Arb.From(
            from day in Gen.Choose(0, 365 * 60)
            from sec in Gen.Choose(0, 86399)
            select new LocalDate(2000, 1, 1).PlusDays(day).AtMidnight().PlusSeconds(sec),
            t => new[] { t.With(TimeAdjusters.TruncateToMinute), t.Date.AtMidnight().PlusHours(t.Hour) }.Where(x => x != t));
    }

    [Property]
    public bool Excel_serials_round_trip_to_the_second(LocalDateTime t)
    {
        // serial = days since 1899-12-30 + fraction of the day, as Excel stores it (15 significant digits).
        double serial = Period.Between(new LocalDate(1899, 12, 30), t.Date, PeriodUnits.Days).Days + t.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerDay;
        serial = double.Parse(serial.ToString("G15", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        var r = TimeValueParser.FromSerial(serial, Zone, dateOnlyIfWhole: false)!;
        return r.Local == t;
    }

    [Property]
    public bool Serial_text_reads_as_the_serial_does(LocalDateTime t)
    {
        double serial = Period.Between(new LocalDate(1899, 12, 30), t.Date, PeriodUnits.Days).Days + t.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerDay;
        var text = serial.ToString("G15", System.Globalization.CultureInfo.InvariantCulture);
        return TimeValueParser.Parse(text, Zone) == TimeValueParser.FromSerial(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), Zone, true);
    }
}
