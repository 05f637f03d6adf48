using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// Every reason text of <see cref="TimeTextParser"/>, in one place. A reason follows the quoted text it is about
/// ("“2026-02-29 10:00”：2026年2月没有 29 日（该月只有 28 天）"), so it never repeats the text and names the fix.
/// </summary>
internal static class TimeTextMessages
{
    /// <summary>Spellings shown when a text is not recognised at all.</summary>
    public const string Examples = "2026-07-03 14:20、2026/7/3 下午2:22、2026年7月3日14时20分、7月5日14:23、20:23";

    public static string Reason(TimeTextProblem problem, int a, int b, int c, string? word) => problem switch
    {
        TimeTextProblem.None => "",
        TimeTextProblem.Blank => "是空的",
        TimeTextProblem.Unrecognised => $"不是可识别的日期或时间（应如 {Examples}）",
        TimeTextProblem.BareNumber =>
            "是一个数字，不是日期时间（应如 2026-07-03 14:20；只有 8、12、14 位数字按 20260703、202607031420、20260703142005 读）",
        TimeTextProblem.TwoDigitYear => "年份只写了两位：请写全四位（如 2026-07-03）",
        TimeTextProblem.YearLast => "年份写在最后，分不清是“月/日/年”还是“日/月/年”：请写成 2026-07-03 这样年份在前的日期",
        TimeTextProblem.YearOutOfRange => $"年份 {a} 不在 {TimeTextParser.MinYear}–{TimeTextParser.MaxYear} 年之间",
        TimeTextProblem.MonthOutOfRange => $"没有 {a} 月（月份应为 1–12）",
        TimeTextProblem.DayOutOfRange => a > 0
            ? $"{a}年{b}月没有 {c} 日（该月只有 {CalendarSystem.Iso.GetDaysInMonth(a, b)} 天）"
            : $"{b}月没有 {c} 日（该月最多 {CalendarSystem.Iso.GetDaysInMonth(2000, b)} 天）",
        TimeTextProblem.WeekdayMismatch =>
            $"{a}年{b}月{c}日是{TimeText.ChineseWeekday(new LocalDate(a, b, c))}，不是“{word}”：日期和星期至少有一个写错了，请核对",
        TimeTextProblem.HourOutOfRange => $"没有 {a} 时（小时应为 0–23；当日结束可写 24:00）",
        TimeTextProblem.MinuteOutOfRange => $"没有 {a} 分（分钟应为 0–59）",
        TimeTextProblem.SecondOutOfRange => $"没有 {a} 秒（秒应为 0–59）",
        TimeTextProblem.PeriodContradictsHour => a == 24
            ? $"24 时不与“{word}”连用：当日结束请只写 24:00"
            : $"“{word}”与 {a} 时矛盾（{word}{RangeOf(word)}）：请核对后改写，或只写 24 小时制的时刻",
        TimeTextProblem.AmbiguousPeriodHour => a == 12
            ? $"“{word}12时”有两种读法：软件常把零点写作“上午12:00”，口语却指中午12时；请写成 24 小时制（0:{b:00} 或 12:{b:00}）"
            : $"“{word}{a}时”不能确定是哪一天的几点：过了零点请写“凌晨{a}时”，或写成 24 小时制",
        TimeTextProblem.PeriodWithoutTime => $"只写了“{word}”，没有具体时刻（应如 {word}9:30）",
        TimeTextProblem.TwoPeriods => "写了两个时段词（如“下午2:22 PM”）：只写一个",
        TimeTextProblem.MonthDayWithoutTime => $"“{a}-{b}”没有年份也没有时刻，不能确定是日期：请写成 {a}月{b}日，或写上年份",
        TimeTextProblem.CannotCombine => $"无法合并成一个日期时间：{word}",
        _ => problem.ToString(),
    };

    private static string RangeOf(string? word) => word switch
    {
        "上午" or "早上" or "早晨" or "清晨" or "凌晨" or "AM" => "在中午12时以前",
        "下午" or "PM" => "在中午12时以后",
        "中午" => "指11时至14时",
        "傍晚" => "指16时至20时",
        _ => "指17时至24时",
    };
}
