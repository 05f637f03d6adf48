using NodaTime;

namespace Auditor.Core.Time;

/// <summary>A day off under article 2 of 《全国年节及纪念日放假办法》: the date and the festival (元旦, 春节 …).</summary>
public sealed record StatutoryDay(LocalDate Date, string Festival);

/// <summary>
/// The holidays 《全国年节及纪念日放假办法》 itself grants in a year, for a year whose State Council notice is not on
/// file (a provisional calendar, marked wherever it is used). Article 2 as revised
/// <list type="bullet">
/// <item>2007-12-14 (years 2008–2013): 元旦 1月1日; 春节 农历除夕、正月初一、初二; 清明节 清明当日; 劳动节 5月1日;
/// 端午节 农历五月初五; 中秋节 农历八月十五; 国庆节 10月1日至3日.</item>
/// <item>2013-12-11 (2014–2024): 春节 正月初一至初三 instead.</item>
/// <item>2024-11-10 (from 2025): 春节 农历除夕、正月初一至初三 (4 days); 劳动节 5月1日、2日.</item>
/// </list>
/// Article 6: a holiday falling on a Saturday or Sunday is made up on a working day (补假) — here the next Monday to
/// Friday after the festival that is no other holiday. Weekends are rest days; the make-up working days (调休上班) a
/// notice arranges cannot be foreseen and there are none. Lunar dates come from <see cref="LunarDates"/>, 清明 from
/// <see cref="SolarTerms"/>; years outside 2008–2100 cannot be computed.
/// </summary>
public static class StatutoryHolidays
{
    public const int FirstYear = 2008, LastYear = 2100;

    /// <summary>The statute's short name, as the evidence of a provisional deadline cites it.</summary>
    public const string Statute = "《全国年节及纪念日放假办法》";

    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>The statute with the revision in force in the year: "《全国年节及纪念日放假办法》（2024年修订）".</summary>
    public static string StatuteFor(int year) => $"{Statute}（{Revision(year).Year}年修订）";

    /// <summary>The revision in force: its date.</summary>
    public static LocalDate Revision(int year) =>
        year >= 2025 ? new LocalDate(2024, 11, 10) : year >= 2014 ? new LocalDate(2013, 12, 11) : new LocalDate(2007, 12, 14);

    /// <summary>Article 2 in the revision in force, in one Chinese sentence (for reasoning texts).</summary>
    public static string Article2(int year)
    {
        var springFestival = year >= 2025 ? "农历除夕至正月初三" : year >= 2014 ? "农历正月初一至初三" : "农历除夕、正月初一、初二";
        var labourDay = year >= 2025 ? "5月1日、2日" : "5月1日";
        return $"元旦1月1日，春节{springFestival}，清明节清明当日，劳动节{labourDay}，端午节农历五月初五，中秋节农历八月十五，国庆节10月1日至3日";
    }

    /// <summary>The article-2 days of the year, in the order of the article (a day of two festivals appears twice).</summary>
    public static IReadOnlyList<StatutoryDay> Days(int year)
    {
        if (!Covers(year)) throw new CalendarMissingException(year);
        var days = new List<StatutoryDay> { new(new LocalDate(year, 1, 1), "元旦") };
        var newYear = LunarDates.NewYear(year);
        var (first, count) = year >= 2025 ? (-1, 4) : year >= 2014 ? (0, 3) : (-1, 3);
        for (int i = 0; i < count; i++) days.Add(new(newYear.PlusDays(first + i), "春节"));
        days.Add(new(SolarTerms.Qingming(year), "清明节"));
        days.Add(new(new LocalDate(year, 5, 1), "劳动节"));
        if (year >= 2025) days.Add(new(new LocalDate(year, 5, 2), "劳动节"));
        days.Add(new(LunarDates.Of(year, 5, 5), "端午节"));
        days.Add(new(LunarDates.Of(year, 8, 15), "中秋节"));
        for (int d = 1; d <= 3; d++) days.Add(new(new LocalDate(year, 10, d), "国庆节"));
        return days;
    }

    /// <summary>Article 6: the working day given for each article-2 day that falls on a weekend, with its festival.</summary>
    public static IReadOnlyList<StatutoryDay> MadeUpDays(int year)
    {
        var days = Days(year);
        var taken = days.Select(d => d.Date).ToHashSet();
        var result = new List<StatutoryDay>();
        foreach (var festival in days.GroupBy(d => d.Festival))
        {
            var last = festival.Max(d => d.Date);
            var next = last;
            foreach (var _ in festival.Where(d => IsWeekend(d.Date)))
            {
                do next = next.PlusDays(1); while (IsWeekend(next) || taken.Contains(next));
                taken.Add(next);
                result.Add(new(next, festival.Key));
            }
        }
        return result;
    }

    /// <summary>
    /// The provisional calendar of a year: article-2 days and their article-6 make-up days as holiday periods (a day
    /// of two festivals is named "中秋节、国庆节"), no adjusted working days. Throws
    /// <see cref="CalendarMissingException"/> for a year outside <see cref="FirstYear"/>–<see cref="LastYear"/>.
    /// </summary>
    public static CalendarYear Provisional(int year)
    {
        var names = new SortedDictionary<LocalDate, List<string>>();
        foreach (var d in Days(year).Concat(MadeUpDays(year)))
        {
            if (!names.TryGetValue(d.Date, out var list)) names[d.Date] = list = [];
            if (!list.Contains(d.Festival)) list.Add(d.Festival);
        }
        var periods = new List<HolidayPeriod>();
        foreach (var (date, festivals) in names)
        {
            var name = string.Join("、", festivals);
            if (periods.Count > 0 && periods[^1].Name == name && periods[^1].To.PlusDays(1) == date)
                periods[^1] = periods[^1] with { To = date };
            else
                periods.Add(new HolidayPeriod(name, date, date));
        }
        var notice = new CalendarNotice(StatuteFor(year), "", Revision(year));
        return new CalendarYear(year, notice, [], periods, [], "") { Provisional = true };
    }

    /// <summary>
    /// The note that ends the evidence of a deadline that used provisional days:
    /// "（2027年放假安排尚未收录，按《全国年节及纪念日放假办法》推定）".
    /// </summary>
    public static string EvidenceNote(IReadOnlyCollection<int> years) =>
        $"（{string.Join("、", years.Order().Select(y => $"{y}年"))}放假安排尚未收录，按{Statute}推定）";

    private static bool IsWeekend(LocalDate d) => d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
