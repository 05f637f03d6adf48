using Auditor.Core.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Auditor.Core.Tests.Time;

/// <summary>
/// FsCheck properties of the deadline arithmetic over the real 2020–2026 calendar. Arbitraries come with shrinkers,
/// so a failure prints a minimal (start, window) counterexample.
/// </summary>
[Properties(MaxTest = 400, Arbitrary = new[] { typeof(DeadlineArbitraries) })]
public class DeadlineProperties
{
    internal static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    internal static readonly LocalDateTime Origin = new(2020, 1, 1, 0, 0);
    // Starts up to 2026-10-31 so that every window below (≤ 30 working days) stays inside the 2026 calendar.
    internal static readonly int MaxMinute = (int)Period.Between(Origin, new LocalDateTime(2026, 10, 31, 23, 59), PeriodUnits.Minutes).Minutes;

    private static Deadline Compute(Sample s, IWorkCalendar? calendar = null) =>
        new DeadlineCalculator(calendar ?? TestRepo.Calendar, Zone).Compute(s.Start, s.Window);

    private static bool Working(LocalDate d) => TestRepo.Calendar.IsWorkingDay(d);

    [Property]
    public bool Deadline_is_never_before_the_start_except_a_passed_cutoff(Sample s)
    {
        var d = Compute(s);
        // by-HH:mm is the only window that can lie before its start (a start after the cutoff; documented).
        return s.Kind == WindowKind.ByTimeOfDay
            ? d.At >= s.Start == (s.StartLocal.TimeOfDay <= s.Window.TimeOfDay)
            : d.At > s.Start;
    }

    [Property]
    public bool Deadline_is_monotone_in_the_start(Sample s, StartShift delta)
    {
        var later = s with { StartMinute = Math.Min(s.StartMinute + delta.Minutes, MaxMinute) };
        return Compute(s).At <= Compute(later).At;
    }

    [Property]
    public bool Hours_are_exact(HoursSample h)
    {
        var (s, d) = (h.S, Compute(h.S));
        return d.At - s.Start == Duration.FromHours(s.Amount) && !d.EndOfDay;
    }

    [Property]
    public bool Same_day_ends_at_24_00_of_the_start_date(SameDaySample h)
    {
        var d = Compute(h.S);
        return d.EndOfDay && d.LocalAt == h.S.StartLocal.Date.PlusDays(1).AtMidnight();
    }

    [Property]
    public bool Days_and_working_days_end_at_24_00_of_a_working_day(CalendarSample c)
    {
        var d = Compute(c.S);
        var lastDay = d.LocalAt.Date.PlusDays(-1);
        return d.EndOfDay
            && d.LocalAt.TimeOfDay == LocalTime.Midnight
            && d.At == Zone.AtStartOfDay(lastDay.PlusDays(1)).ToInstant()
            && Working(lastDay);
    }

    [Property]
    public bool Days_end_on_the_first_working_day_on_or_after_start_date_plus_n(DaysSample c)
    {
        var s = c.S;
        var lastDay = Compute(s).LocalAt.Date.PlusDays(-1);
        var nominal = s.StartLocal.Date.PlusDays(s.Amount);
        if (lastDay < nominal) return false;
        for (var x = nominal; x < lastDay; x = x.PlusDays(1))
            if (Working(x)) return false; // moved past a working day
        return true;
    }

    [Property]
    public bool Working_days_span_exactly_n_working_days(WorkingDaysSample c)
    {
        var s = c.S;
        var lastDay = Compute(s).LocalAt.Date.PlusDays(-1);
        int count = 0;
        for (var x = s.StartLocal.Date.PlusDays(1); x <= lastDay; x = x.PlusDays(1))
            if (Working(x)) count++;
        return count == s.Amount && Working(lastDay);
    }

    [Property]
    public bool One_more_working_day_ends_later(WorkingDaysSample c) =>
        Compute(c.S with { Amount = c.S.Amount + 1 }).At > Compute(c.S).At;

    // The Nth working day after the start is on or after start + N and is a working day, so it is never before
    // the Civil Code last day (the first working day on or after start + N).
    [Property]
    public bool N_days_never_end_after_n_working_days(DaysSample c) =>
        Compute(c.S).At <= Compute(c.S with { Kind = WindowKind.WorkingDays }).At;

    [Property]
    public bool One_more_day_never_ends_earlier(DaysSample c) =>
        Compute(c.S with { Amount = c.S.Amount + 1 }).At >= Compute(c.S).At;

    [Property]
    public bool Adding_a_holiday_never_makes_a_deadline_earlier(CalendarSample c, HolidayOffset offset)
    {
        // a new holiday somewhere from the start date up to two months later
        var day = c.S.StartLocal.Date.PlusDays(offset.Days);
        var withHoliday = TestRepo.Calendar.WithHoliday(day, "测试假日");
        return Compute(c.S, withHoliday).At >= Compute(c.S).At;
    }

    [Property]
    public bool Window_text_round_trips(Sample s) => Window.Parse(s.Window.ToString()) == s.Window;

    [Property]
    public bool Iso_text_is_the_local_time_of_the_deadline(Sample s)
    {
        var d = Compute(s);
        return TimeText.Iso(d.At, Zone) == TimeText.Iso(d.LocalAt)
            && NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(TimeText.Iso(d.At, Zone)).Value.InZoneLeniently(Zone).ToInstant() == d.At;
    }

    [Fact]
    public void A_failing_property_prints_a_shrunk_counterexample()
    {
        // Deliberately false: "every 1..30wd deadline falls within 10 calendar days". The smallest counterexample
        // needs a long window; the report must show the shrunk sample text. (A [Property] cannot assert that it
        // fails, so this one runs the arbitrary through FsCheck's checker directly.)
        var ex = Assert.ThrowsAny<Exception>(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true),
            Prop.ForAll(DeadlineArbitraries.WorkingDays(), c => Compute(c.S).LocalAt.Date <= c.S.StartLocal.Date.PlusDays(10))));
        Assert.Contains("Falsifiable", ex.Message);
        Assert.Contains("shrink", ex.Message);
        Assert.Contains("window ", ex.Message);
    }
}

/// <summary>One generated case: a start (minutes after 2020-01-01 00:00 local) and a window.</summary>
public sealed record Sample(int StartMinute, WindowKind Kind, int Amount, int TimeMinute)
{
    public LocalDateTime StartLocal => DeadlineProperties.Origin.PlusMinutes(StartMinute);
    public Instant Start => StartLocal.InZoneLeniently(DeadlineProperties.Zone).ToInstant();
    public Window Window => Kind switch
    {
        WindowKind.Hours => Window.Hours(Amount),
        WindowKind.Days => Window.Days(Amount),
        WindowKind.WorkingDays => Window.WorkingDays(Amount),
        WindowKind.SameDay => Window.SameDay,
        _ => Window.By(LocalTime.Midnight.PlusMinutes(TimeMinute)),
    };
    public override string ToString() => $"start {TimeText.Iso(StartLocal)}, window {Window}";
}

/// <summary>A sample whose window is of the kinds its type names.</summary>
public abstract record KindSample(Sample S)
{
    public sealed override string ToString() => S.ToString();
}
public sealed record HoursSample(Sample S) : KindSample(S);
public sealed record SameDaySample(Sample S) : KindSample(S);
public sealed record DaysSample(Sample S) : KindSample(S);
public sealed record WorkingDaysSample(Sample S) : KindSample(S);
/// <summary>Days or working days: the windows the calendar decides.</summary>
public sealed record CalendarSample(Sample S) : KindSample(S);

/// <summary>How far a start moves later, in minutes (0 to 20 days).</summary>
public readonly record struct StartShift(int Minutes);

/// <summary>Days after a start (0 to 60) where a new holiday is put.</summary>
public readonly record struct HolidayOffset(int Days);

public static class DeadlineArbitraries
{
    private static readonly WindowKind[] All = [WindowKind.Hours, WindowKind.SameDay, WindowKind.Days, WindowKind.WorkingDays, WindowKind.ByTimeOfDay];
    private static int MaxMinute => DeadlineProperties.MaxMinute;

    public static Arbitrary<Sample> Any() => Of(All);
    public static Arbitrary<HoursSample> Hours() => Of(WindowKind.Hours).Convert(s => new HoursSample(s), h => h.S);
    public static Arbitrary<SameDaySample> SameDay() => Of(WindowKind.SameDay).Convert(s => new SameDaySample(s), h => h.S);
    public static Arbitrary<DaysSample> Days() => Of(WindowKind.Days).Convert(s => new DaysSample(s), h => h.S);
    public static Arbitrary<WorkingDaysSample> WorkingDays() => Of(WindowKind.WorkingDays).Convert(s => new WorkingDaysSample(s), h => h.S);
    public static Arbitrary<CalendarSample> Calendar() => Of(WindowKind.Days, WindowKind.WorkingDays).Convert(s => new CalendarSample(s), h => h.S);

    public static Arbitrary<StartShift> Shifts() =>
        Arb.From(Gen.Choose(0, 20 * 1440), ShrinkInt).Convert(m => new StartShift(m), s => s.Minutes);

    public static Arbitrary<HolidayOffset> Offsets() =>
        Arb.From(Gen.Choose(0, 60), ShrinkInt).Convert(d => new HolidayOffset(d), o => o.Days);

    private static IEnumerable<int> ShrinkInt(int n)
    {
        if (n > 0) { yield return 0; yield return n / 2; yield return n - 1; }
    }

    private static Arbitrary<Sample> Of(params WindowKind[] kinds) => Arb.From(
        from minute in Gen.Choose(0, MaxMinute)
        from kind in Gen.Elements(kinds)
        from amount in kind == WindowKind.Hours ? Gen.Choose(1, 720) : Gen.Choose(1, 30)
        from tod in Gen.Choose(0, 24 * 60 - 1)
        select new Sample(minute, kind, amount, tod),
        Shrink);

    private static IEnumerable<Sample> Shrink(Sample s)
    {
        if (s.Amount > 1)
        {
            yield return s with { Amount = 1 };
            if (s.Amount / 2 > 1) yield return s with { Amount = s.Amount / 2 };
            yield return s with { Amount = s.Amount - 1 };
            // same nominal end day, shorter window: start one day later
            if (s.Kind != WindowKind.Hours && s.StartMinute + 1440 <= MaxMinute)
                yield return s with { StartMinute = s.StartMinute + 1440, Amount = s.Amount - 1 };
        }
        if (s.StartMinute % 1440 != 0) yield return s with { StartMinute = s.StartMinute - s.StartMinute % 1440 };
        if (s.StartMinute >= 1440)
        {
            yield return s with { StartMinute = s.StartMinute / 2 };
            yield return s with { StartMinute = s.StartMinute - 1440 };
        }
        if (s.Kind == WindowKind.ByTimeOfDay && s.TimeMinute > 0) yield return s with { TimeMinute = s.TimeMinute / 60 * 60 == s.TimeMinute ? s.TimeMinute / 2 : s.TimeMinute / 60 * 60 };
    }
}
