using Auditor.Core.Domain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Auditor.Ingest.Tests;

/// <summary>Times as offices split and spell them: a date column beside a time-of-day column, 12-hour words, no year.</summary>
public class SplitTimeTests
{
    private static readonly AuditPeriod Q3 = AuditPeriod.Parse("2026Q3"), Q4 = AuditPeriod.Parse("2026Q4");

    private static IngestResult Load(string path, AuditPeriod? period = null) =>
        LedgerLoader.Load([path], UnitRegistry.Empty, null, new IngestOptions { Period = period });

    [Fact]
    public void Xlsx_date_cells_and_time_only_cells_in_separate_columns_make_one_time()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("a.xlsx");
        // 0.849305555555556 of a day is 20:23 (Excel stores a time-only cell so).
        XlsxBuilder.Write(path, new XSheet("台账", [
            ["舆情编号", "发现日期", "发现时间", "回应日期", "回应时间"],
            ["A1", new XDate(new DateTime(2026, 7, 15)), new XTime(0.849305555555556), new XDate(new DateTime(2026, 7, 17)), new XTime(22.5 / 24)],
        ]));
        var r = Load(path);
        var c = Assert.Single(r.Cases);
        Assert.Equal(new LocalDateTime(2026, 7, 15, 20, 23), c.DiscoveredAt!.Local);
        Assert.False(c.DiscoveredAt.DateOnly);
        Assert.Equal(new LocalDateTime(2026, 7, 17, 22, 30), c.First(EventKind.Responded)!.Time.Local);
        Assert.Empty(r.Issues);
        var targets = r.Files[0].Columns.ToDictionary(x => x.Header, x => x.Target);
        Assert.Equal(("discovered.date", "discovered"), (targets["发现日期"], targets["发现时间"]));
    }

    [Fact]
    public void Csv_date_and_time_text_columns_combine_whatever_the_spelling_of_the_time()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv",
            "舆情编号,发现日期,发现时间,回应日期,回应时间\n" +
            "A1,2026-07-15,20:23,2026年7月17日,晚上10:30\n" +
            "A2,2026/8/2,下午2:26,2026.8.3,上午10时05分\n" +
            "A3,2026-09-10,14点26分,,\n");
        var r = Load(path);
        Assert.Equal([new LocalDateTime(2026, 7, 15, 20, 23), new LocalDateTime(2026, 8, 2, 14, 26), new LocalDateTime(2026, 9, 10, 14, 26)],
            r.Cases.Select(c => c.DiscoveredAt!.Local));
        Assert.Equal([new LocalDateTime(2026, 7, 17, 22, 30), new LocalDateTime(2026, 8, 3, 10, 5)],
            r.Cases.Take(2).Select(c => c.First(EventKind.Responded)!.Time.Local));
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void A_time_of_day_without_its_date_is_shown_as_a_time_and_located()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("a.xlsx");
        XlsxBuilder.Write(path, new XSheet("台账", [
            ["舆情编号", "发现日期", "发现时间", "回应时间"],
            ["A1", new XDate(new DateTime(2026, 7, 15)), new XTime(0.849305555555556), new XTime(0.5)],   // 回应时间 has no date column
            ["A2", null, new XTime(0.849305555555556), null],                                             // 发现日期 left empty
        ]));
        var r = Load(path);
        var noDate = Assert.Single(r.Issues, i => i.Row == 2 && i.Column == "回应时间");
        Assert.Equal(DataIssueKind.UnparsableTime, noDate.Kind);
        Assert.Contains("12:00", noDate.Message);
        var emptyDate = Assert.Single(r.Issues, i => i.Row == 3 && i.Column == "发现时间" && i.Kind == DataIssueKind.UnparsableTime);
        Assert.Contains("20:23", emptyDate.Message);
        Assert.Contains("发现日期", emptyDate.Message);
        Assert.DoesNotContain(r.Issues, i => i.Message.Contains("0.849"));
        Assert.Equal("12:00", r.Cases[0].Unreadable["responded"]);
    }

    [Fact]
    public void A_date_column_alone_is_the_events_column_and_its_dates_have_no_time()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "舆情编号,发现日期,回应时间\nA1,2026-07-15,2026-07-16 09:00\n");
        var r = Load(path);
        var c = Assert.Single(r.Cases);
        Assert.True(c.DiscoveredAt!.DateOnly);
        Assert.Equal(new LocalDate(2026, 7, 15), c.DiscoveredAt.Date);
        Assert.Equal((DataIssueKind.DateWithoutTime, "发现日期"), (Assert.Single(r.Issues).Kind, r.Issues[0].Column));
    }

    [Fact]
    public void An_event_log_with_date_and_time_columns_combines_them()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "舆情编号,环节,日期,时间\nL1,发现,2026-07-03,9:12\nL1,回应,2026-07-03,下午4:40\n");
        var r = Load(path);
        Assert.Equal([new LocalDateTime(2026, 7, 3, 9, 12), new LocalDateTime(2026, 7, 3, 16, 40)], Assert.Single(r.Cases).Events.Select(e => e.Time.Local));
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void Twelve_hour_spellings_in_one_cell_are_read()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "舆情编号,发现时间,回应时间\nA1,2026.7.4 下午2:22,2026年7月5日上午9时34分\nA2,2026-07-06 9:40 PM,2026/7/7 凌晨1:05\n");
        var r = Load(path);
        Assert.Equal([new LocalDateTime(2026, 7, 4, 14, 22), new LocalDateTime(2026, 7, 6, 21, 40)], r.Cases.Select(c => c.DiscoveredAt!.Local));
        Assert.Equal([new LocalDateTime(2026, 7, 5, 9, 34), new LocalDateTime(2026, 7, 7, 1, 5)], r.Cases.Select(c => c.First(EventKind.Responded)!.Time.Local));
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void Dates_without_a_year_take_the_periods_year_with_one_note_per_file()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "舆情编号,发现时间,回应时间\nA1,7月5日14:23,7月6日 9:00\nA2,8月1日 8:00,8月2日 10:00\n");
        var r = Load(path, Q3);
        Assert.Equal([new LocalDateTime(2026, 7, 5, 14, 23), new LocalDateTime(2026, 8, 1, 8, 0)], r.Cases.Select(c => c.DiscoveredAt!.Local));
        Assert.Equal(new LocalDateTime(2026, 7, 6, 9, 0), r.Cases[0].First(EventKind.Responded)!.Time.Local);
        var note = Assert.Single(r.Issues);
        Assert.Equal((DataIssueKind.YearFromPeriod, 2, "发现时间"), (note.Kind, note.Row!.Value, note.Column));
        Assert.Contains("2026年第三季度", note.Message);
    }

    [Fact]
    public void A_fourth_quarters_january_dates_belong_to_the_next_year()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "舆情编号,发现时间,回应时间\nA1,12月31日 20:00,1月2日 9:00\n");
        var c = Assert.Single(Load(path, Q4).Cases);
        Assert.Equal(new LocalDateTime(2026, 12, 31, 20, 0), c.DiscoveredAt!.Local);
        Assert.Equal(new LocalDateTime(2027, 1, 2, 9, 0), c.First(EventKind.Responded)!.Time.Local);
    }

    [Fact]
    public void Without_a_period_a_date_without_a_year_is_reported_with_the_way_to_complete_it()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "舆情编号,发现时间\nA1,7月5日14:23\n");
        var r = Load(path);
        var i = Assert.Single(r.Issues, i => i.Kind == DataIssueKind.UnparsableTime);
        Assert.Contains("--period", i.Message);
        Assert.Contains("没有写年份", i.Message);
    }

    [Fact]
    public void A_text_the_parser_refuses_is_reported_with_its_reason()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("a.csv", "舆情编号,发现时间\nA1,2026-07-03 上午15:00\n");
        var i = Assert.Single(Load(path).Issues, i => i.Kind == DataIssueKind.UnparsableTime);
        Assert.StartsWith("无法识别的时间“2026-07-03 上午15:00”：", i.Message);
        Assert.True(i.Message.Length > "无法识别的时间“2026-07-03 上午15:00”：".Length + 4);
    }

    /// <summary>
    /// For any period and any month-day, the completed date is a valid date, inside the period when a year puts it there,
    /// and never farther from the period than the same day a year earlier or later.
    /// </summary>
    [Property(Arbitrary = new[] { typeof(MonthDayArbitraries) })]
    public bool The_year_given_to_a_month_day_puts_it_nearest_the_period(AuditPeriod period, MonthDay md)
    {
        var (month, day) = md;
        if (day > CalendarSystem.Iso.GetDaysInMonth(2024, month)) return true; // no such day in any year
        int year = SheetContext.NearestYear(period, month, day);
        if (day > CalendarSystem.Iso.GetDaysInMonth(year, month)) return month == 2 && day == 29; // no leap year near
        var date = new LocalDate(year, month, day);
        long Distance(LocalDate d) => d < period.Start ? Period.DaysBetween(d, period.Start) : d >= period.End ? Period.DaysBetween(period.End, d) + 1 : 0;
        foreach (int other in new[] { year - 1, year + 1 })
            if (day <= CalendarSystem.Iso.GetDaysInMonth(other, month) && Distance(new LocalDate(other, month, day)) < Distance(date)) return false;
        bool canBeInside = Enumerable.Range(period.Start.Year, period.End.Year - period.Start.Year + 1)
            .Any(y => day <= CalendarSystem.Iso.GetDaysInMonth(y, month) && period.Contains(new LocalDate(y, month, day)));
        return !canBeInside || period.Contains(date);
    }
}

/// <summary>A month and a day number 1–31 (not every pair is a date).</summary>
public sealed record MonthDay(int Month, int Day);

public static class MonthDayArbitraries
{
    /// <summary>Quarters, months and whole years 2020–2030: 2026Q4, 2026-01, 2026.</summary>
    public static Arbitrary<AuditPeriod> Periods() =>
        Gen.Elements("Q1", "Q2", "Q3", "Q4", "-01", "-06", "-12", "").SelectMany(p => Gen.Choose(2020, 2030).Select(y => AuditPeriod.Parse($"{y}{p}"))).ToArbitrary();

    public static Arbitrary<MonthDay> MonthDays() =>
        Gen.Choose(1, 12).SelectMany(m => Gen.Choose(1, 31).Select(d => new MonthDay(m, d))).ToArbitrary();
}
