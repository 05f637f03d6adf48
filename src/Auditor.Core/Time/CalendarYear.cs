using NodaTime;

namespace Auditor.Core.Time;

/// <summary>A State Council notice a calendar year rests on: title, document number (e.g. 国办发明电〔2025〕7号), date issued.</summary>
public sealed record CalendarNotice(string Title, string Number, LocalDate Issued);

/// <summary>A holiday period as announced (放假调休), both ends included.</summary>
public sealed record HolidayPeriod(string Name, LocalDate From, LocalDate To)
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
/// previous year (2023's New Year holiday began 2022-12-31).
/// </summary>
public sealed record CalendarYear(
    int Year,
    CalendarNotice Notice,
    IReadOnlyList<CalendarNotice> Amendments,
    IReadOnlyList<HolidayPeriod> Holidays,
    IReadOnlyList<AdjustedWorkday> AdjustedWorkdays,
    string SourceFile);
