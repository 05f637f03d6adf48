using Auditor.Core.Time;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Auditor.Core.Tests.Time;

/// <summary>
/// FsCheck properties of the deadline arithmetic over the real 2020–2026 calendar. Arbitraries come with shrinkers,
/// so a failure prints a minimal (start, window) counterexample.
/// </summary>
public class DeadlineProperties
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly LocalDateTime Origin = new(2020, 1, 1, 0, 0);
    // Starts up to 2026-10-31 so that every window below (≤ 30 working days) stays inside the 2026 calendar.
    private static readonly int MaxMinute = (int)Period.Between(Origin, new LocalDateTime(2026, 10, 31, 23, 59), PeriodUnits.Minutes).Minutes;
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(400);

    /// <summary>One generated case: a start (minutes after 2020-01-01 00:00 local) and a window.</summary>
    public sealed record Sample(int StartMinute, WindowKind Kind, int Amount, int TimeMinute)
    {
        public LocalDateTime StartLocal => Origin.PlusMinutes(StartMinute);
        public Instant Start => StartLocal.InZoneLeniently(Zone).ToInstant();
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

    private static Gen<Sample> SampleGen(params WindowKind[] kinds) =>
        from minute in Gen.Choose(0, MaxMinute)
        from kind in Gen.Elements(kinds)
        from amount in kind == WindowKind.Hours ? Gen.Choose(1, 720) : Gen.Choose(1, 30)
        from tod in Gen.Choose(0, 24 * 60 - 1)
        select new Sample(minute, kind, amount, tod);

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

    private static Arbitrary<Sample> Arb(params WindowKind[] kinds) => FsCheck.Fluent.Arb.From(SampleGen(kinds), Shrink);

    private static readonly WindowKind[] All = [WindowKind.Hours, WindowKind.SameDay, WindowKind.Days, WindowKind.WorkingDays, WindowKind.ByTimeOfDay];
    private static readonly WindowKind[] CalendarKinds = [WindowKind.Days, WindowKind.WorkingDays];

    private static Deadline Compute(Sample s, IWorkCalendar? calendar = null) =>
        new DeadlineCalculator(calendar ?? TestRepo.Calendar, Zone).Compute(s.Start, s.Window);

    private static bool Working(LocalDate d) => TestRepo.Calendar.IsWorkingDay(d);

    [Fact]
    public void Deadline_is_never_before_the_start_except_a_passed_cutoff() =>
        Check.One(Cfg, Prop.ForAll(Arb(All), s =>
        {
            var d = Compute(s);
            // by-HH:mm is the only window that can lie before its start (a start after the cutoff; documented).
            return s.Kind == WindowKind.ByTimeOfDay
                ? d.At >= s.Start == (s.StartLocal.TimeOfDay <= s.Window.TimeOfDay)
                : d.At > s.Start;
        }));

    [Fact]
    public void Deadline_is_monotone_in_the_start() =>
        Check.One(Cfg, Prop.ForAll(Arb(All), FsCheck.Fluent.Arb.From(Gen.Choose(0, 20 * 1440), ShrinkInt), (s, delta) =>
        {
            var later = s with { StartMinute = Math.Min(s.StartMinute + delta, MaxMinute) };
            return Compute(s).At <= Compute(later).At;
        }));

    private static IEnumerable<int> ShrinkInt(int n)
    {
        if (n > 0) { yield return 0; yield return n / 2; yield return n - 1; }
    }

    [Fact]
    public void Hours_are_exact() =>
        Check.One(Cfg, Prop.ForAll(Arb(WindowKind.Hours), s =>
        {
            var d = Compute(s);
            return d.At - s.Start == Duration.FromHours(s.Amount) && !d.EndOfDay;
        }));

    [Fact]
    public void Same_day_ends_at_24_00_of_the_start_date() =>
        Check.One(Cfg, Prop.ForAll(Arb(WindowKind.SameDay), s =>
        {
            var d = Compute(s);
            return d.EndOfDay && d.LocalAt == s.StartLocal.Date.PlusDays(1).AtMidnight();
        }));

    [Fact]
    public void Days_and_working_days_end_at_24_00_of_a_working_day() =>
        Check.One(Cfg, Prop.ForAll(Arb(CalendarKinds), s =>
        {
            var d = Compute(s);
            var lastDay = d.LocalAt.Date.PlusDays(-1);
            return d.EndOfDay
                && d.LocalAt.TimeOfDay == LocalTime.Midnight
                && d.At == Zone.AtStartOfDay(lastDay.PlusDays(1)).ToInstant()
                && Working(lastDay);
        }));

    [Fact]
    public void Days_end_on_the_first_working_day_on_or_after_start_date_plus_n() =>
        Check.One(Cfg, Prop.ForAll(Arb(WindowKind.Days), s =>
        {
            var lastDay = Compute(s).LocalAt.Date.PlusDays(-1);
            var nominal = s.StartLocal.Date.PlusDays(s.Amount);
            if (lastDay < nominal) return false;
            for (var x = nominal; x < lastDay; x = x.PlusDays(1))
                if (Working(x)) return false; // moved past a working day
            return true;
        }));

    [Fact]
    public void Working_days_span_exactly_n_working_days() =>
        Check.One(Cfg, Prop.ForAll(Arb(WindowKind.WorkingDays), s =>
        {
            var lastDay = Compute(s).LocalAt.Date.PlusDays(-1);
            int count = 0;
            for (var x = s.StartLocal.Date.PlusDays(1); x <= lastDay; x = x.PlusDays(1))
                if (Working(x)) count++;
            return count == s.Amount && Working(lastDay);
        }));

    [Fact]
    public void One_more_working_day_ends_later() =>
        Check.One(Cfg, Prop.ForAll(Arb(WindowKind.WorkingDays), s =>
            Compute(s with { Amount = s.Amount + 1 }).At > Compute(s).At));

    [Fact]
    public void N_days_never_end_after_n_working_days() =>
        // The Nth working day after the start is on or after start + N and is a working day, so it is never before
        // the Civil Code last day (the first working day on or after start + N).
        Check.One(Cfg, Prop.ForAll(Arb(WindowKind.Days), s =>
            Compute(s).At <= Compute(s with { Kind = WindowKind.WorkingDays }).At));

    [Fact]
    public void One_more_day_never_ends_earlier() =>
        Check.One(Cfg, Prop.ForAll(Arb(WindowKind.Days), s =>
            Compute(s with { Amount = s.Amount + 1 }).At >= Compute(s).At));

    [Fact]
    public void Adding_a_holiday_never_makes_a_deadline_earlier() =>
        Check.One(Cfg, Prop.ForAll(Arb(CalendarKinds), FsCheck.Fluent.Arb.From(Gen.Choose(0, 60), ShrinkInt), (s, offset) =>
        {
            // a new holiday somewhere from the start date up to two months later
            var day = s.StartLocal.Date.PlusDays(offset);
            var withHoliday = TestRepo.Calendar.WithHoliday(day, "测试假日");
            return Compute(s, withHoliday).At >= Compute(s).At;
        }));

    [Fact]
    public void Window_text_round_trips() =>
        Check.One(Cfg, Prop.ForAll(Arb(All), s => Window.Parse(s.Window.ToString()) == s.Window));

    [Fact]
    public void Iso_text_is_the_local_time_of_the_deadline() =>
        Check.One(Cfg, Prop.ForAll(Arb(All), s =>
        {
            var d = Compute(s);
            return TimeText.Iso(d.At, Zone) == TimeText.Iso(d.LocalAt)
                && NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(TimeText.Iso(d.At, Zone)).Value.InZoneLeniently(Zone).ToInstant() == d.At;
        }));

    [Fact]
    public void A_failing_property_prints_a_shrunk_counterexample()
    {
        // Deliberately false: "every 1..30wd deadline falls within 10 calendar days". The smallest counterexample
        // needs a long window; the report must show the shrunk sample text.
        var ex = Assert.ThrowsAny<Exception>(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true),
            Prop.ForAll(Arb(WindowKind.WorkingDays), s => Compute(s).LocalAt.Date <= s.StartLocal.Date.PlusDays(10))));
        Assert.Contains("Falsifiable", ex.Message);
        Assert.Contains("shrink", ex.Message);
        Assert.Contains("window ", ex.Message);
    }
}
