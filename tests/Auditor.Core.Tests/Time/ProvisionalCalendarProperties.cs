using Auditor.Core.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Auditor.Core.Tests.Time;

/// <summary>
/// FsCheck properties of the provisional calendar over 2027–2100 (no notice on file past 2026): the statutory days
/// are holidays, weekends rest, no made-up working days, every other weekday works, and deadlines over those years
/// never move backwards as the start moves forwards and always say they are provisional.
/// </summary>
[Properties(MaxTest = 300, Arbitrary = new[] { typeof(ProvisionalCalendarArbitraries) })]
public class ProvisionalCalendarProperties
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static WorkCalendar Calendar => TestRepo.Calendar;

    [Property]
    public bool Statutory_days_are_provisional_holidays(ProvisionalYear year) =>
        StatutoryHolidays.Days(year.Year).All(d =>
            Calendar.IsProvisional(d.Date) && Calendar.KindOf(d.Date) == DayKind.Holiday
            && Calendar.HolidayName(d.Date)!.Split('、').Contains(d.Festival));

    [Property]
    public bool Every_weekend_festival_day_is_made_up_by_a_later_weekday_off(ProvisionalYear year)
    {
        int y = year.Year;
        var days = StatutoryHolidays.Days(y);
        var made = StatutoryHolidays.MadeUpDays(y);
        return days.GroupBy(d => d.Festival).All(f =>
                made.Count(m => m.Festival == f.Key) == f.Count(d => d.Date.DayOfWeek >= IsoDayOfWeek.Saturday)
                && made.Where(m => m.Festival == f.Key).All(m => m.Date > f.Max(d => d.Date)))
            && made.All(m => m.Date.DayOfWeek < IsoDayOfWeek.Saturday && Calendar.KindOf(m.Date) == DayKind.Holiday)
            && made.Select(m => m.Date).Distinct().Count() == made.Count;
    }

    [Property]
    public bool Weekends_rest_there_are_no_make_up_working_days_and_other_weekdays_work(LocalDate d)
    {
        var off = StatutoryHolidays.Days(d.Year).Concat(StatutoryHolidays.MadeUpDays(d.Year)).Any(x => x.Date == d);
        var kind = Calendar.KindOf(d);
        bool weekend = d.DayOfWeek >= IsoDayOfWeek.Saturday;
        return Calendar.IsProvisional(d)
            && kind != DayKind.AdjustedWorkday
            && Calendar.AdjustedWorkdayFor(d) is null
            && (off ? kind == DayKind.Holiday : weekend ? kind == DayKind.Weekend : kind == DayKind.Workday)
            && Calendar.IsWorkingDay(d) == (!off && !weekend);
    }

    [Property]
    public bool Deadlines_never_move_backwards_as_the_start_moves_forwards(LocalDate day, StartShift delta, Window w)
    {
        var start = day.AtMidnight().PlusMinutes(delta.Minutes % 1440);
        var later = start.PlusMinutes(delta.Minutes);
        if (later.Date > new LocalDate(2100, 10, 31)) return true;
        var calc = new DeadlineCalculator(Calendar, Zone);
        var a = calc.Compute(start.InZoneLeniently(Zone).ToInstant(), w);
        var b = calc.Compute(later.InZoneLeniently(Zone).ToInstant(), w);
        return a.At <= b.At;
    }

    [Property]
    public bool Calendar_windows_over_provisional_years_are_marked_and_end_on_a_working_day(LocalDate day, Window w)
    {
        var start = day.At(new LocalTime(10, 0)).InZoneLeniently(Zone).ToInstant();
        var d = new DeadlineCalculator(Calendar, Zone).Compute(start, w);
        if (w.Kind is not (WindowKind.Days or WindowKind.WorkingDays)) return d.ProvisionalYears.Count == 0;
        var last = d.LocalAt.Date.PlusDays(-1);
        return d.ProvisionalYears.Contains(last.Year)
            && Calendar.IsWorkingDay(last)
            && d.Reasoning.Any(r => r.Contains(StatutoryHolidays.StatuteFor(last.Year), StringComparison.Ordinal));
    }
}

/// <summary>A year past the last holiday notice on file (2027–2100).</summary>
public readonly record struct ProvisionalYear(int Year);

public static class ProvisionalCalendarArbitraries
{
    private static readonly LocalDate Origin = new(2027, 1, 1);
    // Starts up to 2100-10-31 so that every window below (≤ 30 working days) stays inside 2100.
    private static readonly int MaxDay = Period.Between(Origin, new LocalDate(2100, 10, 31), PeriodUnits.Days).Days;

    public static Arbitrary<ProvisionalYear> Years() =>
        Arb.From(Gen.Choose(2027, 2100), y => y > 2027 ? [2027, (2027 + y) / 2, y - 1] : [])
            .Convert(y => new ProvisionalYear(y), y => y.Year);

    /// <summary>A day from 2027-01-01 to 2100-10-31; shrinks towards 2027-01-01.</summary>
    public static Arbitrary<LocalDate> Days() =>
        Arb.From(Gen.Choose(0, MaxDay), d => d > 0 ? [0, d / 2, d - 1] : [])
            .Convert(Origin.PlusDays, d => Period.Between(Origin, d, PeriodUnits.Days).Days);

    public static Arbitrary<StartShift> Shifts() => Arb.From(Gen.Choose(0, 20 * 1440).Select(m => new StartShift(m)));

    public static Arbitrary<Window> Windows() => Arb.From(
        from kind in Gen.Elements(WindowKind.Hours, WindowKind.SameDay, WindowKind.Days, WindowKind.WorkingDays)
        from amount in Gen.Choose(1, 30)
        select kind switch
        {
            WindowKind.Hours => Window.Hours(amount * 24),
            WindowKind.SameDay => Window.SameDay,
            WindowKind.Days => Window.Days(amount),
            _ => Window.WorkingDays(amount),
        });
}
