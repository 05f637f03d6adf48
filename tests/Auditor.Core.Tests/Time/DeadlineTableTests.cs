using Auditor.Core.Time;
using NodaTime;
using NodaTime.Text;

namespace Auditor.Core.Tests.Time;

/// <summary>
/// Deadlines worked out by hand from the State Council notices (rules/calendars/) and the Civil Code arts. 201–203.
/// Expected values are local ISO times in Asia/Shanghai; 24:00 of a day is written as 00:00 of the next.
/// </summary>
public class DeadlineTableTests
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly DeadlineCalculator Calc = new(TestRepo.Calendar, Zone);

    internal static Instant At(string local) =>
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Parse(local).Value.InZoneStrictly(Zone).ToInstant();

    private static string Iso(Deadline d) => TimeText.Iso(d.At, Zone);

    [Theory]
    // Worked example: last day 10-02 falls in 国庆节 (10-01..10-07, 国办发明电〔2025〕7号) → moves to Thu 10-08.
    [InlineData("2026-09-29 09:00", "3d", "2026-10-09T00:00:00")]
    // Worked example: 10-01..10-07 holiday; 10-08 Thu (1), 10-09 Fri (2), 10-10 make-up Saturday (3).
    [InlineData("2026-09-30 16:00", "3wd", "2026-10-11T00:00:00")]
    // Plain days: Mon 03-02 + 3 = Thu 03-05, a working day.
    [InlineData("2026-03-02 10:00", "3d", "2026-03-06T00:00:00")]
    // Spring Festival 2026 (02-15..02-23): last day Sun 02-15 is a holiday → Tue 02-24.
    [InlineData("2026-02-12 10:00", "3d", "2026-02-25T00:00:00")]
    // Spring Festival: Fri 02-13 (1), make-up Sat 02-14 (2), holiday 02-15..02-23 skipped, 02-24 (3), 02-25 (4), 02-26 (5).
    [InlineData("2026-02-12 10:00", "5wd", "2026-02-27T00:00:00")]
    // Spring Festival 2025 (01-28..02-04, make-up Sun 01-26 and Sat 02-08): Fri 01-24 + 2 = Sun 01-26, a make-up day.
    [InlineData("2025-01-24 09:00", "2d", "2025-01-27T00:00:00")]
    // New Year crossing two calendar years: 2025-12-30 + 3 = 2026-01-02 (元旦 01-01..01-03) → 01-04, a make-up Sunday.
    [InlineData("2025-12-30 15:00", "3d", "2026-01-05T00:00:00")]
    // New Year crossing: 01-01..01-03 holiday; make-up Sun 01-04 (1), Mon 01-05 (2).
    [InlineData("2025-12-31 15:00", "2wd", "2026-01-06T00:00:00")]
    // 2023's New Year holiday starts 2022-12-31 (国办发明电〔2022〕16号): 12-31, 01-01, 01-02 rest → Tue 2023-01-03.
    [InlineData("2022-12-30 11:00", "1d", "2023-01-04T00:00:00")]
    // Make-up Sunday 2026-09-20 (国庆节 调休) counts as a working day: Fri 09-18 + 2 = Sun 09-20, no move.
    [InlineData("2026-09-18 09:00", "2d", "2026-09-21T00:00:00")]
    // The ordinary Sunday before it does move: Fri 09-11 + 2 = Sun 09-13 → Mon 09-14.
    [InlineData("2026-09-11 09:00", "2d", "2026-09-15T00:00:00")]
    // 2020 Spring Festival extended to 02-02 (国办发明电〔2020〕1号): 01-31..02-02 rest → Mon 02-03.
    [InlineData("2020-01-30 12:00", "1d", "2020-02-04T00:00:00")]
    // Labour Day 2026 (05-01..05-05): Thu 04-30 + 1 = 05-01 → Wed 05-06.
    [InlineData("2026-04-30 17:30", "1d", "2026-05-07T00:00:00")]
    // Working days over a weekend: Fri 2026-03-06 → Mon 03-09 (1), Tue 03-10 (2).
    [InlineData("2026-03-06 23:59", "2wd", "2026-03-11T00:00:00")]
    // Hours are exact and ignore holidays.
    [InlineData("2026-09-30 16:20", "5h", "2026-09-30T21:20:00")]
    [InlineData("2026-09-30 16:20", "24h", "2026-10-01T16:20:00")]
    [InlineData("2026-09-30 16:20", "48h", "2026-10-02T16:20:00")]
    [InlineData("2026-12-31 22:00", "8h", "2027-01-01T06:00:00")]
    // Same day: 24:00 of the start's local date, holiday or not.
    [InlineData("2026-09-30 16:20", "same-day", "2026-10-01T00:00:00")]
    [InlineData("2026-10-03 00:00", "same-day", "2026-10-04T00:00:00")]
    // by-17:00 on the start's date; a start after 17:00 still gets that day's 17:00 (documented behaviour).
    [InlineData("2026-09-30 09:00", "by-17:00", "2026-09-30T17:00:00")]
    [InlineData("2026-09-30 18:00", "by-17:00", "2026-09-30T17:00:00")]
    public void Deadline_from_the_notices(string start, string window, string expected) =>
        Assert.Equal(expected, Iso(Calc.Compute(At(start), Window.Parse(window))));

    [Fact]
    public void Days_reasoning_names_the_skipped_holiday()
    {
        var d = Calc.Compute(At("2026-09-29 09:00"), Window.Parse("3d"));
        Assert.True(d.EndOfDay);
        Assert.Equal("10月8日24时", TimeText.Chinese(d));
        var all = string.Join("\n", d.Reasoning);
        Assert.Contains("9月29日", all);
        Assert.Contains("不计入", all);
        Assert.Contains("10月2日至10月7日为国庆节假日", all);
        Assert.Contains("顺延至10月8日", all);
        Assert.Contains("10月8日24时", all);
    }

    [Fact]
    public void Working_days_reasoning_names_the_make_up_saturday()
    {
        var d = Calc.Compute(At("2026-09-30 16:00"), Window.Parse("3wd"));
        var all = string.Join("\n", d.Reasoning);
        Assert.Contains("10月1日至10月7日为国庆节假日", all);
        Assert.Contains("10月10日（星期六，国庆节调休上班日）", all);
    }

    [Fact]
    public void Days_reasoning_says_a_make_up_sunday_is_not_moved()
    {
        var d = Calc.Compute(At("2026-09-18 09:00"), Window.Parse("2d"));
        Assert.Contains(d.Reasoning, r => r.Contains("9月20日是国庆节调休上班日"));
        Assert.DoesNotContain(d.Reasoning, r => r.Contains("顺延至"));
    }

    [Fact]
    public void Crossing_into_the_next_year_shows_the_year()
    {
        var d = Calc.Compute(At("2025-12-30 15:00"), Window.Parse("3d"));
        var all = string.Join("\n", d.Reasoning);
        Assert.Contains("2026年1月2日至2026年1月3日为元旦假日", all);
        Assert.Contains("顺延至2026年1月4日", all);
    }

    [Fact]
    public void Long_working_day_windows_summarise_weekends_but_name_holidays()
    {
        // 2026-09-01 + 30 working days reaches 10-19 and skips many plain weekends (09-05/06, 09-12/13, 09-19,
        // 10-11, 10-17/18; make-up Sunday 09-20 is worked) besides 中秋节 09-25..27 and 国庆节 10-01..07:
        // the summary counts the weekends but still names both holidays.
        var d = Calc.Compute(At("2026-09-01 09:00"), Window.Parse("30wd"));
        var all = string.Join("\n", d.Reasoning);
        Assert.Contains("中秋节假日", all);
        Assert.Contains("10月1日至10月7日为国庆节假日", all);
        Assert.Contains("不计入的休息日：共 18 天，其中周末 8 天，9月25日至9月27日为中秋节假日", all);
    }

    [Fact]
    public void By_time_after_the_start_is_flagged()
    {
        var d = Calc.Compute(At("2026-09-30 18:00"), Window.Parse("by-17:00"));
        Assert.False(d.EndOfDay);
        Assert.Contains(d.Reasoning, r => r.Contains("已晚于当日17:00"));
    }

    [Fact]
    public void Explicit_due_overrides_the_window()
    {
        var due = At("2026-10-20 12:00");
        var d = Calc.Compute(At("2026-09-29 09:00"), Window.Parse("3d"), due);
        Assert.Equal(due, d.At);
        Assert.True(d.ExplicitDue);
        Assert.Contains(d.Reasoning, r => r.Contains("002 三.2"));
        // A null explicit due leaves the window in charge.
        Assert.Equal("2026-10-09T00:00:00", Iso(Calc.Compute(At("2026-09-29 09:00"), Window.Parse("3d"), null)));
    }

    [Fact]
    public void A_year_between_files_is_provisional_and_a_year_outside_the_statute_range_is_named()
    {
        var dir = Directory.CreateTempSubdirectory("auditor-cal-");
        try
        {
            foreach (var y in new[] { 2024, 2026 })
                File.Copy(Path.Combine(TestRepo.Calendars, $"{y}.yaml"), Path.Combine(dir.FullName, $"{y}.yaml"));
            var calc = new DeadlineCalculator(WorkCalendarLoader.LoadDirectory(dir.FullName), Zone);
            // Needs no 2025 day: announced, not provisional.
            var announced = calc.Compute(At("2026-09-29 09:00"), Window.Parse("3d"));
            Assert.Equal("2026-10-09T00:00:00", Iso(announced));
            Assert.Empty(announced.ProvisionalYears);
            // 2024-12-30 + 3 = 2025-01-02, a Thursday and no statutory day: the provisional 2025 gives it as a working
            // day (the real notice agrees: 元旦 2025 was 1 day).
            var d = calc.Compute(At("2024-12-30 09:00"), Window.Parse("3d"));
            Assert.Equal("2025-01-03T00:00:00", Iso(d));
            Assert.Equal([2025], d.ProvisionalYears);
            Assert.Contains(d.Reasoning, r => r.Contains("2025年的放假安排尚未收录") && r.Contains("《全国年节及纪念日放假办法》（2024年修订）"));
            // 2024-12-31 + 1 working day: 2025-01-01 元旦 (statute) → Thu 01-02.
            var wd = calc.Compute(At("2024-12-31 09:00"), Window.Parse("1wd"));
            Assert.Equal("2025-01-03T00:00:00", Iso(wd));
            Assert.Contains(wd.Reasoning, r => r.Contains("1月1日为元旦假日"));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void The_real_calendar_computes_2027_provisionally()
    {
        // 2026-12-30 + 3 = Sat 2027-01-02; Sat and Sun rest → Mon 2027-01-04 (元旦 2027-01-01 is a Friday: no 补假).
        var d = Calc.Compute(At("2026-12-30 10:00"), Window.Parse("3d"));
        Assert.Equal("2027-01-05T00:00:00", Iso(d));
        Assert.Equal([2027], d.ProvisionalYears);
        Assert.Contains(d.Reasoning, r => r.Contains("《全国年节及纪念日放假办法》（2024年修订）") && r.Contains("第六条"));
        // A deadline inside 2026 only is not provisional.
        Assert.Empty(Calc.Compute(At("2026-12-20 10:00"), Window.Parse("3d")).ProvisionalYears);
    }

    [Fact]
    public void A_year_the_statute_cannot_be_applied_to_is_named()
    {
        var ex = Assert.Throws<CalendarMissingException>(() => Calc.Compute(At("2100-12-30 09:00"), Window.Parse("3d")));
        Assert.Equal(2101, ex.Year);
        Assert.Contains("2101", ex.Message);
        Assert.Equal(ExitCodes.RulePack, ex.ExitCode);
        Assert.Equal(2007, Assert.Throws<CalendarMissingException>(() => Calc.Compute(At("2007-12-28 09:00"), Window.Parse("3d"))).Year);
    }
}
