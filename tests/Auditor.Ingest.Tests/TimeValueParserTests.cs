using Auditor.Core;
using Auditor.Core.Domain;
using Auditor.Ingest.Times;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Auditor.Ingest.Tests;

public class TimeValueParserTests
{
    private static readonly DateTimeZone Zone = AuditorZones.Default;

    [Theory]
    [InlineData("2026-07-03 14:20", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026-07-03 14:20:05", 2026, 7, 3, 14, 20, 5)]
    [InlineData("2026/7/3 14:20:05", 2026, 7, 3, 14, 20, 5)]
    [InlineData("2026/7/3 14:20", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026.07.03 14:20", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026年7月3日14时20分", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026年7月3日 14:20", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026年7月3日14时20分05秒", 2026, 7, 3, 14, 20, 5)]
    [InlineData("2026年07月03日 14时", 2026, 7, 3, 14, 0, 0)]
    [InlineData("2026-07-03T14:20:00", 2026, 7, 3, 14, 20, 0)]
    [InlineData("  2026-7-3  9:05 ", 2026, 7, 3, 9, 5, 0)]
    [InlineData("２０２６－０７－０３　１４：２０", 2026, 7, 3, 14, 20, 0)]
    [InlineData("202607031420", 2026, 7, 3, 14, 20, 0)]
    [InlineData("20260703142005", 2026, 7, 3, 14, 20, 5)]
    [InlineData("2026-07-03 24:00", 2026, 7, 4, 0, 0, 0)]
    [InlineData("46213.9166666667", 2026, 7, 10, 22, 0, 0)]
    [InlineData("46206.5", 2026, 7, 3, 12, 0, 0)]
    public void Parses_every_listed_format_as_a_precise_local_time(string text, int y, int mo, int d, int h, int mi, int s)
    {
        var t = TimeValueParser.Parse(text, Zone);
        Assert.NotNull(t);
        Assert.False(t!.DateOnly);
        Assert.Equal(new LocalDateTime(y, mo, d, h, mi, s), t.Local);
    }

    [Theory]
    [InlineData("2026-07-03", 2026, 7, 3)]
    [InlineData("2026/7/3", 2026, 7, 3)]
    [InlineData("2026.07.03", 2026, 7, 3)]
    [InlineData("2026年7月3日", 2026, 7, 3)]
    [InlineData("20260703", 2026, 7, 3)]
    [InlineData("46206", 2026, 7, 3)]
    public void A_date_without_time_is_marked_date_only_not_midnight(string text, int y, int mo, int d)
    {
        var t = TimeValueParser.Parse(text, Zone)!;
        Assert.True(t.DateOnly);
        Assert.Equal(new LocalDate(y, mo, d), t.Date);
    }

    [Theory]
    [InlineData("8月15日上午")]
    [InlineData("2026-09-31 10:00")]
    [InlineData("2026年8月35日10时")]
    [InlineData("2026-13-01 10:00")]
    [InlineData("2026-07-03 25:00")]
    [InlineData("2026-07-03 14:61")]
    [InlineData("当日已答复")]
    [InlineData("2026-08-2 下午")]
    [InlineData("已回应")]
    public void Rejects_what_is_not_a_time(string text) => Assert.Null(TimeValueParser.Parse(text, Zone));

    [Fact]
    public void Blank_is_no_time() => Assert.Null(TimeValueParser.Parse("   ", Zone));

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

    private static readonly Arbitrary<LocalDateTime> Times = Arb.From(
        from day in Gen.Choose(0, 365 * 60)
        from sec in Gen.Choose(0, 86399)
        select new LocalDate(2000, 1, 1).PlusDays(day).AtMidnight().PlusSeconds(sec),
        t => new[] { t.With(TimeAdjusters.TruncateToMinute), t.Date.AtMidnight().PlusHours(t.Hour) }.Where(x => x != t));

    [Fact]
    public void Every_text_format_round_trips_a_time() =>
        Prop.ForAll(Times, t =>
        {
            string[] texts =
            [
                $"{t.Year:0000}-{t.Month:00}-{t.Day:00} {t.Hour:00}:{t.Minute:00}:{t.Second:00}",
                $"{t.Year}/{t.Month}/{t.Day} {t.Hour}:{t.Minute:00}:{t.Second:00}",
                $"{t.Year}.{t.Month:00}.{t.Day:00} {t.Hour:00}:{t.Minute:00}:{t.Second:00}",
                $"{t.Year}年{t.Month}月{t.Day}日{t.Hour}时{t.Minute}分{t.Second}秒",
                $"{t.Year}年{t.Month}月{t.Day}日 {t.Hour:00}:{t.Minute:00}:{t.Second:00}",
            ];
            return texts.All(x => TimeValueParser.Parse(x, Zone) is { DateOnly: false } r && r.Local == t);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Excel_serials_round_trip_to_the_second() =>
        Prop.ForAll(Times, t =>
        {
            // serial = days since 1899-12-30 + fraction of the day, as Excel stores it (15 significant digits).
            double serial = Period.Between(new LocalDate(1899, 12, 30), t.Date, PeriodUnits.Days).Days + t.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerDay;
            serial = double.Parse(serial.ToString("G15", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
            var r = TimeValueParser.FromSerial(serial, Zone, dateOnlyIfWhole: false)!;
            return r.Local == t;
        }).QuickCheckThrowOnFailure();
}
