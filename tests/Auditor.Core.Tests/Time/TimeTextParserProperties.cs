using System.Globalization;
using Auditor.Core.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Auditor.Core.Tests.Time;

/// <summary>
/// FsCheck properties of the time-text parser: every spelling it documents reads back the time it was written from,
/// 12-hour spellings included; no text, however mangled, gives a value outside the calendar or an exception.
/// </summary>
[Properties(MaxTest = 1000, Arbitrary = new[] { typeof(TimeTextArbitraries) })]
public class TimeTextParserProperties
{

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every 24-hour spelling of a date and time the parser documents.</summary>
    private static IEnumerable<string> Spellings(LocalDateTime t) =>
    [
        I($"{t.Year:0000}-{t.Month:00}-{t.Day:00} {t.Hour:00}:{t.Minute:00}:{t.Second:00}"),
        I($"{t.Year:0000}-{t.Month:00}-{t.Day:00}T{t.Hour:00}:{t.Minute:00}:{t.Second:00}"),
        I($"{t.Year}/{t.Month}/{t.Day} {t.Hour}:{t.Minute:00}:{t.Second:00}"),
        I($"{t.Year}.{t.Month:00}.{t.Day:00} {t.Hour:00}:{t.Minute:00}:{t.Second:00}"),
        I($"{t.Year}年{t.Month}月{t.Day}日{t.Hour}时{t.Minute}分{t.Second}秒"),
        I($"{t.Year}年{t.Month}月{t.Day}号 {t.Hour}点{t.Minute:00}分{t.Second:00}秒"),
        I($"{t.Year}年{t.Month}月{t.Day}日 {t.Hour:00}:{t.Minute:00}:{t.Second:00}"),
        I($" {t.Year} - {t.Month} - {t.Day}  {t.Hour} : {t.Minute:00} : {t.Second:00} "),
        I($"{t.Year:0000}{t.Month:00}{t.Day:00}{t.Hour:00}{t.Minute:00}{t.Second:00}"),
        FullWidth(I($"{t.Year:0000}-{t.Month:00}-{t.Day:00} {t.Hour:00}:{t.Minute:00}:{t.Second:00}")),
    ];

    private static string FullWidth(string s) => new(s.Select(c => c switch
    {
        >= '0' and <= '9' => (char)('０' + (c - '0')),
        ':' => '：',
        '-' => '－',
        ' ' => '\u3000',
        _ => c,
    }).ToArray());

    /// <summary>A 12-hour spelling: the Chinese part-of-day word a person would use for that hour, or am/pm.</summary>
    private static IEnumerable<string> TwelveHourSpellings(LocalDateTime t)
    {
        int h12 = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        string word = t.Hour switch
        {
            0 => "凌晨",      // 凌晨12:xx is 00:xx
            < 6 => "凌晨",
            < 12 => "上午",
            12 => "中午",     // 中午12:xx is 12:xx
            < 18 => "下午",
            _ => "晚上",
        };
        string ampm = t.Hour < 12 ? "am" : "pm";
        string date = I($"{t.Year}-{t.Month:00}-{t.Day:00}");
        string clock = I($"{h12}:{t.Minute:00}:{t.Second:00}");
        return
        [
            $"{date} {word}{clock}",
            $"{date}{word}{clock}",
            I($"{t.Year}年{t.Month}月{t.Day}日{word}{h12}时{t.Minute}分{t.Second}秒"),
            I($"{t.Year}年{t.Month}月{t.Day}日{word}{h12}点{t.Minute:00}分{t.Second:00}秒"),
            $"{date} {clock} {ampm}",
            $"{date} {clock} {ampm.ToUpperInvariant()}",
            $"{date} {ampm[0]}.m. {clock}",
        ];
    }

    [Property]
    public bool Every_spelling_reads_back_the_time_it_was_written_from(LocalDateTime t) =>
        Spellings(t).All(s => TimeTextParser.Parse(s) is { Success: true } r && r.Value.Shape == TimeTextShape.DateTime && r.Value.DateTime == t);

    [Property]
    public bool Twelve_hour_spellings_read_back_the_time_they_were_written_from(LocalDateTime t) =>
        TwelveHourSpellings(t).All(s => TimeTextParser.Parse(s) is { Success: true } r && r.Value.DateTime == t);

    [Property]
    public bool A_date_alone_reads_back_as_a_date_only(LocalDateTime t) =>
        new[] { I($"{t.Year:0000}-{t.Month:00}-{t.Day:00}"), I($"{t.Year}/{t.Month}/{t.Day}"), I($"{t.Year}年{t.Month}月{t.Day}日"), I($"{t.Year:0000}{t.Month:00}{t.Day:00}") }
            .All(s => TimeTextParser.Parse(s) is { Success: true } r && r.Value.Shape == TimeTextShape.DateOnly && r.Value.Date == t.Date);

    [Property]
    public bool A_time_of_day_or_a_month_day_reads_back_and_completes_to_the_same_time(LocalDateTime t)
    {
        var tod = TimeTextParser.Parse(I($"{t.Hour}点{t.Minute}分{t.Second}秒"));
        var md = TimeTextParser.Parse(I($"{t.Month}月{t.Day}日 {t.Hour:00}:{t.Minute:00}:{t.Second:00}"));
        return tod.Success && tod.Value.Shape == TimeTextShape.TimeOfDay && tod.Value.On(t.Date) == t
            && md.Success && md.Value.Shape == TimeTextShape.MonthDay && md.Value.WithYear(t.Year).Value.DateTime == t;
    }

    [Property]
    public bool The_fast_path_and_the_general_path_agree(LocalDateTime t)
    {
        var s = I($"{t.Year:0000}-{t.Month:00}-{t.Day:00} {t.Hour:00}:{t.Minute:00}:{t.Second:00}");
        // A leading space is trimmed by the general path only.
        return TimeTextParser.Parse(s).Value == TimeTextParser.Parse(" " + s).Value
            && TimeTextParser.Parse(s[..16]).Value == TimeTextParser.Parse(" " + s[..16]).Value;
    }

    private static readonly string[] Weekdays = ["一", "二", "三", "四", "五", "六", "日"];

    [Property]
    public bool A_weekday_after_a_date_is_checked_against_it(LocalDateTime t, bool right)
    {
        int iso = (int)t.Date.DayOfWeek; // Monday = 1 … Sunday = 7
        string weekday = Weekdays[(right ? iso - 1 : iso % 7)];
        var r = TimeTextParser.Parse(I($"{t.Year}年{t.Month}月{t.Day}日 星期{weekday} {t.Hour:00}:{t.Minute:00}:{t.Second:00}"));
        return right ? r.Success && r.Value.DateTime == t : r.Problem == TimeTextProblem.WeekdayMismatch;
    }

    [Property(MaxTest = 5000)]
    public bool Nothing_reads_as_a_value_outside_the_calendar(TokenSoup soup)
    {
        var r = TimeTextParser.Parse(soup.Text);
        if (!r.Success) return r.Reason.Length > 0;
        var v = r.Value;
        bool dateOk = v.Shape switch
        {
            TimeTextShape.DateTime or TimeTextShape.DateOnly =>
                v.Year is >= TimeTextParser.MinYear and <= TimeTextParser.MaxYear && v.Date.Month == v.Month && v.Date.Day == v.Day,
            TimeTextShape.MonthDay => v.Year is null && v.Month is >= 1 and <= 12 && v.Day >= 1 && v.Day <= CalendarSystem.Iso.GetDaysInMonth(2000, v.Month),
            _ => v.Year is null && v.Month == 0 && v.Day == 0,
        };
        bool timeOk = v.HasTime == (v.Shape != TimeTextShape.DateOnly && !(v.Shape == TimeTextShape.MonthDay && !v.HasTime))
            && (!v.NextDay || v.HasTime);
        bool dateTimeOk = v.Shape != TimeTextShape.DateTime || v.DateTime.Date >= v.Date;
        return dateOk && timeOk && dateTimeOk;
    }
}

/// <summary>Text made of date and time tokens, good and bad, run together.</summary>
public sealed record TokenSoup(string Text)
{
    public override string ToString() => $"\"{Text}\"";
}

public static class TimeTextArbitraries
{
    private static readonly LocalDate First = new(TimeTextParser.MinYear, 1, 1);
    private static readonly int Days = Period.Between(First, new LocalDate(TimeTextParser.MaxYear, 12, 31), PeriodUnits.Days).Days;

    /// <summary>Any second of any day the parser accepts; shrinks towards whole minutes, whole hours and 2000-01-01.</summary>
    public static Arbitrary<LocalDateTime> Times() => Arb.From(
        from day in Gen.Choose(0, Days)
        from sec in Gen.Choose(0, 86399)
        select First.PlusDays(day).AtMidnight().PlusSeconds(sec),
        t => new[]
        {
            t.With(TimeAdjusters.TruncateToMinute), t.Date.AtMidnight().PlusHours(t.Hour),
            new LocalDate(2000, t.Month, Math.Min(t.Day, 28)).At(t.TimeOfDay),
        }.Where(x => x != t));

    private static readonly string[] Tokens =
    [
        "2026", "2024", "1899", "1900", "2200", "2201", "0", "00", "1", "2", "02", "9", "11", "12", "13", "23", "24", "25",
        "28", "29", "30", "31", "59", "60", "99", "46000", "20260229", "202602291200", "-", "/", ".", ":", "年", "月", "日",
        "号", "时", "点", "分", "秒", "半", " ", "T", "上午", "下午", "中午", "晚上", "凌晨", "早上", "傍晚", "夜间", "am", "pm",
        "a.m.", "P.M.", "２", "：", "　", "－", "x", "已", "星期", "周", "六", "日", "(", "）",
    ];

    /// <summary>Up to twelve tokens run together; shrinks by dropping one character at a time.</summary>
    public static Arbitrary<TokenSoup> Soups() => Arb.From(
        from n in Gen.Choose(1, 12)
        from parts in Gen.ArrayOf(Gen.Elements(Tokens), n)
        select new TokenSoup(string.Concat(parts)),
        s => Enumerable.Range(0, s.Text.Length).Select(i => new TokenSoup(s.Text.Remove(i, 1))));
}
