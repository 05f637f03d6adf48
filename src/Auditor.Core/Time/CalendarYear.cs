using NodaTime;

namespace Auditor.Core.Time;

/// <summary>A State Council notice a calendar year rests on: title, document number (e.g. 国办发明电〔2025〕7号), date issued.</summary>
public sealed record CalendarNotice(string Title, string Number, LocalDate Issued);

/// <summary>A holiday period as announced (放假调休), both ends included; Text is the notice's item, when known.</summary>
public sealed record HolidayPeriod(string Name, LocalDate From, LocalDate To, string? Text = null)
{
    public IEnumerable<LocalDate> Dates()
    {
        for (var d = From; d <= To; d = d.PlusDays(1)) yield return d;
    }
}

/// <summary>A weekend day worked to make up for a holiday (调休上班).</summary>
public sealed record AdjustedWorkday(LocalDate Date, string For);

/// <summary>
/// One file of rules/calendars/: the year, the notice (and any later notice amending it, e.g. the 2020 Spring
/// Festival extension), the holidays and the adjusted working days. A holiday of the notice may fall in the
/// previous year (2023's New Year holiday began 2022-12-31). A provisional year (no notice on file) is computed from
/// 《全国年节及纪念日放假办法》 by <see cref="StatutoryHolidays.Provisional"/>: its Notice names the statute, it has no
/// source file and no adjusted working days.
/// </summary>
public sealed record CalendarYear(
    int Year,
    CalendarNotice Notice,
    IReadOnlyList<CalendarNotice> Amendments,
    IReadOnlyList<HolidayPeriod> Holidays,
    IReadOnlyList<AdjustedWorkday> AdjustedWorkdays,
    string SourceFile)
{
    /// <summary>True for a year computed from the statute rather than read from a notice.</summary>
    public bool Provisional { get; init; }
}
