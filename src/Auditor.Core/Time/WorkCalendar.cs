using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// The working-day calendar built from <see cref="CalendarYear"/>s. A date whose year has no file throws
/// <see cref="CalendarMissingException"/>. Holidays win over weekends; adjusted working days are working days.
/// </summary>
public sealed class WorkCalendar : IWorkCalendar
{
    private readonly Dictionary<LocalDate, string> _holidays;
    private readonly Dictionary<LocalDate, string> _adjusted;
    private readonly SortedSet<int> _years;

    public WorkCalendar(IEnumerable<CalendarYear> years)
    {
        _holidays = [];
        _adjusted = [];
        _years = [];
        var list = years.ToList();
        Sources = list;
        foreach (var y in list)
        {
            _years.Add(y.Year);
            foreach (var h in y.Holidays)
                foreach (var d in h.Dates()) _holidays[d] = h.Name;
            foreach (var a in y.AdjustedWorkdays) _adjusted[a.Date] = a.For;
        }
    }

    private WorkCalendar(Dictionary<LocalDate, string> holidays, Dictionary<LocalDate, string> adjusted, SortedSet<int> years, IReadOnlyList<CalendarYear> sources)
    {
        _holidays = holidays;
        _adjusted = adjusted;
        _years = years;
        Sources = sources;
    }

    /// <summary>The files this calendar was built from.</summary>
    public IReadOnlyList<CalendarYear> Sources { get; }

    public IReadOnlyCollection<int> Years => _years;

    public DayKind KindOf(LocalDate date)
    {
        if (!_years.Contains(date.Year)) throw new CalendarMissingException(date.Year);
        if (_holidays.ContainsKey(date)) return DayKind.Holiday;
        if (_adjusted.ContainsKey(date)) return DayKind.AdjustedWorkday;
        return date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayKind.Weekend : DayKind.Workday;
    }

    public bool IsWorkingDay(LocalDate date) => KindOf(date) is DayKind.Workday or DayKind.AdjustedWorkday;

    public string? HolidayName(LocalDate date) => KindOf(date) == DayKind.Holiday ? _holidays[date] : null;

    public string? AdjustedWorkdayFor(LocalDate date) => KindOf(date) == DayKind.AdjustedWorkday ? _adjusted[date] : null;

    /// <summary>A copy with one more holiday (a make-up working day on that date is dropped). Used by tests and what-if checks.</summary>
    public WorkCalendar WithHoliday(LocalDate date, string name)
    {
        var holidays = new Dictionary<LocalDate, string>(_holidays) { [date] = name };
        var adjusted = new Dictionary<LocalDate, string>(_adjusted);
        adjusted.Remove(date);
        return new WorkCalendar(holidays, adjusted, new SortedSet<int>(_years), Sources);
    }

    /// <summary>A copy without the given year (dates in it become unknown).</summary>
    public WorkCalendar WithoutYear(int year)
    {
        var years = new SortedSet<int>(_years);
        years.Remove(year);
        return new WorkCalendar(new(_holidays), new(_adjusted), years, Sources.Where(s => s.Year != year).ToList());
    }
}
