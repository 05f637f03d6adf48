using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Tests.Time;

/// <summary>
/// The provisional calendar against the statute (《全国年节及纪念日放假办法》 articles 2 and 6) and against every
/// announced year 2020–2026: the notices arrange 调休 around the statutory days, never take one away.
/// </summary>
public class StatutoryHolidaysTests
{
    [Fact]
    public void Provisional_2027_worked_out_by_hand()
    {
        // 2024 revision. 元旦 Fri 1-1. 春节 除夕 Fri 2-5, 初一 Sat 2-6, 初二 Sun 2-7, 初三 Mon 2-8 → Sat and Sun made up
        // on Tue 2-9 and Wed 2-10. 清明 Mon 4-5. 劳动节 Sat 5-1, Sun 5-2 → Mon 5-3, Tue 5-4. 端午 Wed 6-9. 中秋 Wed 9-15.
        // 国庆 Fri 10-1, Sat 10-2, Sun 10-3 → Mon 10-4, Tue 10-5.
        var y = StatutoryHolidays.Provisional(2027);
        Assert.True(y.Provisional);
        Assert.Empty(y.AdjustedWorkdays);
        var expected = new (string Name, string From, string To)[]
        {
            ("元旦", "2027-01-01", "2027-01-01"),
            ("春节", "2027-02-05", "2027-02-10"),
            ("清明节", "2027-04-05", "2027-04-05"),
            ("劳动节", "2027-05-01", "2027-05-04"),
            ("端午节", "2027-06-09", "2027-06-09"),
            ("中秋节", "2027-09-15", "2027-09-15"),
            ("国庆节", "2027-10-01", "2027-10-05"),
        };
        Assert.Equal(expected.Select(e => (e.Name, D(e.From), D(e.To))), y.Holidays.Select(h => (h.Name, h.From, h.To)));
        Assert.Equal("《全国年节及纪念日放假办法》（2024年修订）", y.Notice.Title);
    }

    [Fact]
    public void A_day_of_two_festivals_is_named_for_both_and_each_weekend_festival_is_made_up()
    {
        // 2020 (2013 revision): 中秋 = 国庆 10-1 (Thu); 10-3 Sat → made up Mon 10-5; 10-4 Sun stays a weekend.
        var y = StatutoryHolidays.Provisional(2020);
        Assert.Contains(y.Holidays, h => h.Name == "中秋节、国庆节" && h.From == D("2020-10-01") && h.To == D("2020-10-01"));
        Assert.Contains(y.Holidays, h => h.Name == "国庆节" && h.From == D("2020-10-02") && h.To == D("2020-10-03"));
        Assert.Contains(y.Holidays, h => h.Name == "国庆节" && h.From == D("2020-10-05") && h.To == D("2020-10-05"));
        Assert.DoesNotContain(y.Holidays, h => h.From <= D("2020-10-04") && D("2020-10-04") <= h.To);
    }

    [Theory]
    // (year, 春节 days, 劳动节 days): 2007 revision from 2008 (除夕–初二), 2013 revision from 2014 (初一–初三),
    // 2024 revision from 2025 (除夕–初三, 5-1 and 5-2).
    [InlineData(2013, "2013-02-09", 3, 1)]
    [InlineData(2014, "2014-01-31", 3, 1)]
    [InlineData(2024, "2024-02-10", 3, 1)]
    [InlineData(2025, "2025-01-28", 4, 2)]
    public void The_revision_in_force_decides_the_spring_festival_and_labour_day(int year, string firstSpringDay, int spring, int labour)
    {
        var days = StatutoryHolidays.Days(year);
        var springDays = days.Where(d => d.Festival == "春节").Select(d => d.Date).ToList();
        Assert.Equal(spring, springDays.Count);
        Assert.Equal(D(firstSpringDay), springDays.Min());
        Assert.Equal(labour, days.Count(d => d.Festival == "劳动节"));
        Assert.Equal(year >= 2025 ? 13 : 11, days.Count);
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_statutory_day_and_made_up_day_is_a_holiday_in_the_announced_calendar(int year)
    {
        var announced = TestRepo.Calendar;
        foreach (var d in StatutoryHolidays.Days(year).Concat(StatutoryHolidays.MadeUpDays(year)))
        {
            Assert.False(announced.IsProvisional(d.Date));
            Assert.True(announced.KindOf(d.Date) == DayKind.Holiday, $"{d.Date:uuuu-MM-dd} ({d.Festival}) is {announced.KindOf(d.Date)} in {year}.yaml");
            Assert.Contains(d.Festival, announced.HolidayName(d.Date));
        }
    }

    [Fact]
    public void The_2024_eve_was_not_a_statutory_day()
    {
        // 2013 revision: 春节 is 初一–初三; the 2024 notice only encouraged a day off on 除夕 (2-9), a working day.
        Assert.DoesNotContain(StatutoryHolidays.Days(2024), d => d.Date == D("2024-02-09"));
        Assert.Equal(DayKind.Workday, TestRepo.Calendar.KindOf(D("2024-02-09")));
    }

    [Fact]
    public void Years_outside_2008_to_2100_cannot_be_computed()
    {
        Assert.Equal(2007, Assert.Throws<CalendarMissingException>(() => StatutoryHolidays.Provisional(2007)).Year);
        Assert.Equal(2101, Assert.Throws<CalendarMissingException>(() => StatutoryHolidays.Provisional(2101)).Year);
        Assert.Equal(2100, StatutoryHolidays.Provisional(2100).Year);
    }

    [Fact]
    public void The_evidence_note_names_the_years_and_the_statute()
    {
        Assert.Equal("（2027年放假安排尚未收录，按《全国年节及纪念日放假办法》推定）", StatutoryHolidays.EvidenceNote([2027]));
        Assert.Equal("（2027年、2028年放假安排尚未收录，按《全国年节及纪念日放假办法》推定）", StatutoryHolidays.EvidenceNote([2028, 2027]));
    }

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
