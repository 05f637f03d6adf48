using System.Collections.Concurrent;
using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// The working-day calendar built from <see cref="CalendarYear"/>s (the notices on file). A date whose year has no
/// file is looked up in the provisional calendar of that year (<see cref="StatutoryHolidays.Provisional"/>), unless a
/// neighbouring year's notice names it (2023's New Year holiday began 2022-12-31); such a date is
/// <see cref="IsProvisional"/>. A year that cannot be computed either throws <see cref="CalendarMissingException"/>.
/// Holidays win over weekends; adjusted working days are working days. Safe to use from several threads.
/// </summary>
public sealed class WorkCalendar : IWorkCalendar
{
    private readonly Dictionary<LocalDate, string> _holidays;
    private readonly Dictionary<LocalDate, string> _adjusted;
    private readonly SortedSet<int> _years;
    private readonly ConcurrentDictionary<int, Dictionary<LocalDate, string>> _provisional = new();

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

    /// <summary>The years with a notice on file.</summary>
    public IReadOnlyCollection<int> Years => _years;

    public DayKind KindOf(LocalDate date)
    {
        if (_holidays.ContainsKey(date)) return DayKind.Holiday;
        if (_adjusted.ContainsKey(date)) return DayKind.AdjustedWorkday;
        if (!_years.Contains(date.Year) && ProvisionalHolidays(date.Year).ContainsKey(date)) return DayKind.Holiday;
        return date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayKind.Weekend : DayKind.Workday;
    }

    public bool IsWorkingDay(LocalDate date) => KindOf(date) is DayKind.Workday or DayKind.AdjustedWorkday;

    public string? HolidayName(LocalDate date) =>
        _holidays.TryGetValue(date, out var name) ? name
        : !_adjusted.ContainsKey(date) && !_years.Contains(date.Year) && ProvisionalHolidays(date.Year).TryGetValue(date, out name) ? name
        : null;

    public string? AdjustedWorkdayFor(LocalDate date) => _adjusted.TryGetValue(date, out var name) ? name : null;

    /// <summary>
    /// True when the date's kind comes from the provisional calendar: its year has no notice on file and no notice
    /// names the date. Throws <see cref="CalendarMissingException"/> for a year that cannot be computed.
    /// </summary>
    public bool IsProvisional(LocalDate date)
    {
        if (_years.Contains(date.Year) || _holidays.ContainsKey(date) || _adjusted.ContainsKey(date)) return false;
        ProvisionalHolidays(date.Year);
        return true;
    }

    private Dictionary<LocalDate, string> ProvisionalHolidays(int year) =>
        _provisional.GetOrAdd(year, static y =>
        {
            var days = new Dictionary<LocalDate, string>();
            foreach (var h in StatutoryHolidays.Provisional(y).Holidays)
                foreach (var d in h.Dates()) days[d] = h.Name;
            return days;
        });

    /// <summary>A copy with one more holiday (a make-up working day on that date is dropped). Used by tests and what-if checks.</summary>
    public WorkCalendar WithHoliday(LocalDate date, string name)
    {
        var holidays = new Dictionary<LocalDate, string>(_holidays) { [date] = name };
        var adjusted = new Dictionary<LocalDate, string>(_adjusted);
        adjusted.Remove(date);
        return new WorkCalendar(holidays, adjusted, new SortedSet<int>(_years), Sources);
    }
}
