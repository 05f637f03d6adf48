using Auditor.Core.Domain;
using Auditor.Core.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Auditor.Core.Tests.Time;

/// <summary>
/// FsCheck properties of the time calculations the deadline properties do not reach: the festival dates the
/// provisional calendar rests on (lunar new year, solar terms), explicit due times, the Chinese deadline text read
/// back by the parser, assessment periods, and calendar files written and read back.
/// </summary>
[Properties(Arbitrary = new[] { typeof(CalendarArithmeticArbitraries), typeof(DeadlineArbitraries), typeof(TimeTextArbitraries) })]
public class CalendarArithmeticProperties
{
    [Property(MaxTest = 200)]
    public bool Lunar_new_year_falls_between_january_21_and_february_20_and_a_lunar_year_has_353_to_385_days(LunarYear y)
    {
        var ny = LunarDates.NewYear(y.Year);
        bool inWindow = ny >= new LocalDate(y.Year, 1, 21) && ny <= new LocalDate(y.Year, 2, 20);
        if (y.Year == LunarDates.LastYear) return inWindow;
        int length = Period.DaysBetween(ny, LunarDates.NewYear(y.Year + 1));
        return inWindow && length is (>= 353 and <= 355) or (>= 383 and <= 385)
            && LunarDates.NewYearsEve(y.Year + 1) == LunarDates.NewYear(y.Year + 1).PlusDays(-1);
    }

    [Property(MaxTest = 200)]
    public bool Ordinary_lunar_months_follow_each_other_29_or_30_days_apart_or_59_with_a_leap_month_between(LunarYear y)
    {
        for (int m = 1; m < 12; m++)
        {
            int gap = Period.DaysBetween(LunarDates.Of(y.Year, m, 1), LunarDates.Of(y.Year, m + 1, 1));
            if (gap is not (29 or 30 or (>= 58 and <= 60))) return false;
        }
        return true;
    }

    [Property(MaxTest = 300)]
    public bool Consecutive_solar_terms_are_14_to_16_days_apart_and_qingming_is_april_4_to_6(SolarTermYear t)
    {
        // in a calendar year the terms run from 小寒 (285°, January) round to 冬至 (270°, December)
        int here = (285 + 15 * t.Index) % 360, next = (here + 15) % 360;
        int gap = Period.DaysBetween(SolarTerms.Date(t.Year, here), SolarTerms.Date(t.Year, next));
        var qingming = SolarTerms.Qingming(t.Year);
        return gap is >= 14 and <= 16 && qingming.Month == 4 && qingming.Day is >= 4 and <= 6;
    }

    [Property(MaxTest = 400)]
    public bool An_explicit_due_time_is_the_deadline_whatever_the_window(Sample s, DueOffset offset)
    {
        var due = s.Start + Duration.FromMinutes(offset.Minutes);
        var d = new DeadlineCalculator(TestRepo.Calendar, DeadlineProperties.Zone).Compute(s.Start, s.Window, due);
        var local = due.InZone(DeadlineProperties.Zone).LocalDateTime;
        return d.At == due && d.ExplicitDue && d.LocalAt == local && d.EndOfDay == (local.TimeOfDay == LocalTime.Midnight)
            && d.Reasoning.Count == 1 && d.Reasoning[0].Contains(TimeText.Chinese(local, d.EndOfDay, local.Year != s.StartLocal.Year), StringComparison.Ordinal);
    }

    [Property(MaxTest = 1000)]
    public bool Chinese_deadline_text_with_its_year_reads_back_as_the_same_time(LocalDateTime t, bool endOfDay)
    {
        // what the documents print ("2026年10月8日24时", "2026年7月3日14:20:05") is what the parser reads back
        var text = TimeText.Chinese(t, endOfDay, withYear: true);
        return TimeTextParser.Parse(text) is { Success: true } r && r.Value.Shape == TimeTextShape.DateTime && r.Value.DateTime == t;
    }

    [Property(MaxTest = 500)]
    public bool A_period_reads_back_from_its_id_and_follows_the_previous_one(AuditPeriod p, LocalDate d)
    {
        var previous = p.Previous();
        return AuditPeriod.Parse(p.Id) == p
            && previous.End == p.Start && previous.Start < p.Start
            && p.Contains(d) == (d >= p.Start && d < p.End)
            && !(p.Contains(d) && previous.Contains(d));
    }

    [Property(MaxTest = 100)]
    public Property A_calendar_year_written_to_a_file_reads_back_the_same(CalendarYear y)
    {
        var text = CalendarYearWriter.Write(y, "由测试生成");
        var loaded = WorkCalendarLoader.Parse(text, $"{y.Year}.yaml");
        string Show(CalendarYear c) => $"{c.Notice} | {string.Join(" | ", c.Holidays)} | {string.Join(" | ", c.AdjustedWorkdays)}";
        return (loaded.Year == y.Year && loaded.Notice == y.Notice
            && loaded.Holidays.SequenceEqual(y.Holidays) && loaded.AdjustedWorkdays.SequenceEqual(y.AdjustedWorkdays))
            .Label($"written:\n{text}\nread back: {Show(loaded)}\nexpected:  {Show(y)}");
    }
}

/// <summary>A lunar year the tables cover.</summary>
public readonly record struct LunarYear(int Year);

/// <summary>A year and the place (0–22) of a solar term in it, counted from 小寒.</summary>
public readonly record struct SolarTermYear(int Year, int Index);

/// <summary>Minutes from a start to an explicit due time: up to a day before it, up to 60 days after.</summary>
public readonly record struct DueOffset(int Minutes);

public static class CalendarArithmeticArbitraries
{
    private static IEnumerable<int> Towards(int from, int x) => x == from ? [] : new[] { from, from + (x - from) / 2, x - Math.Sign(x - from) }.Distinct();

    public static Arbitrary<LunarYear> LunarYears() =>
        Arb.From(Gen.Choose(LunarDates.FirstYear, LunarDates.LastYear), y => Towards(2000, y)).Convert(y => new LunarYear(y), y => y.Year);

    public static Arbitrary<SolarTermYear> SolarTermYears() => Arb.From(
        from y in Gen.Choose(SolarTerms.FirstYear, SolarTerms.LastYear)
        from i in Gen.Choose(0, 22)
        select new SolarTermYear(y, i),
        t => Towards(2000, t.Year).Select(y => t with { Year = y }));

    public static Arbitrary<DueOffset> DueOffsets() =>
        Arb.From(Gen.Choose(-1440, 60 * 1440), m => Towards(0, m)).Convert(m => new DueOffset(m), d => d.Minutes);

    /// <summary>Quarters, months and years from 2000 to 2099.</summary>
    public static Arbitrary<AuditPeriod> Periods() => Arb.From(
        from y in Gen.Choose(2000, 2099)
        from kind in Gen.Choose(0, 2)
        from n in Gen.Choose(1, 12)
        select AuditPeriod.Parse(kind switch { 0 => $"{y}Q{(n - 1) / 3 + 1}", 1 => $"{y}-{n:00}", _ => $"{y}" }));

    public static Arbitrary<LocalDate> Dates() =>
        Arb.From(Gen.Choose(0, 100 * 366).Select(n => new LocalDate(1999, 12, 1).PlusDays(n)));

    private const string Hostile = "国务院办公厅关于年部分节假日安排的通知\"'\\:#-[]{}|>&* \t";

    // Texts are read trimmed (a notice's wording has no meaningful outer spaces), so they are generated trimmed.
    private static Gen<string> Text() =>
        Gen.Choose(1, 30).SelectMany(n => Gen.ArrayOf(Gen.Elements(Hostile.ToCharArray()), n))
            .Select(a => new string(a).Trim()).Select(t => t.Length == 0 ? "通知" : t);

    /// <summary>
    /// A provisional year's holidays with notice titles, numbers and item texts full of characters YAML treats
    /// specially, and made-up adjusted working days; shrinks by dropping holidays and working days.
    /// </summary>
    public static Arbitrary<CalendarYear> Years() => Arb.From(
        from year in Gen.Choose(2027, 2100)
        from title in Text()
        from number in Text()
        from texts in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Text().Select(s => (string?)s))), 7)
        from adjusted in Gen.Choose(0, 3)
        let holidays = StatutoryHolidays.Provisional(year).Holidays.Select((h, i) => h with { Text = texts[i % texts.Length] }).ToList()
        select new CalendarYear(year, new CalendarNotice(title, number, new LocalDate(year - 1, 11, 1)), [],
            holidays, [.. Saturdays(year).Take(adjusted).Select(d => new AdjustedWorkday(d, holidays[0].Name))], ""),
        // the adjusted working days make up for the first holiday, which is kept
        y => Enumerable.Range(1, Math.Max(0, y.Holidays.Count - 1)).Select(i => y with { Holidays = [.. y.Holidays.Where((_, j) => j != i)] })
            .Concat(y.AdjustedWorkdays.Count > 0 ? [y with { AdjustedWorkdays = [] }] : []));

    private static IEnumerable<LocalDate> Saturdays(int year)
    {
        for (var d = new LocalDate(year, 3, 1); d.Year == year; d = d.PlusDays(1))
            if (d.DayOfWeek == IsoDayOfWeek.Saturday) yield return d;
    }
}
