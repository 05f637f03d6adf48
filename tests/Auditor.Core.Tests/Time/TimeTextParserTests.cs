using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Tests.Time;

/// <summary>Every spelling and every refusal of the one time-text parser, written by hand: text → what it says.</summary>
public class TimeTextParserTests
{
    private static TimeTextValue Ok(string text)
    {
        var r = TimeTextParser.Parse(text);
        Assert.True(r.Success, $"“{text}”：{r.Reason}");
        return r.Value;
    }

    [Theory]
    // Spellings of exports and of people typing a time.
    [InlineData("2026-07-03 14:20", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026-07-03 14:20:05", 2026, 7, 3, 14, 20, 5)]
    [InlineData("2026/7/3 14:20:05", 2026, 7, 3, 14, 20, 5)]
    [InlineData("2026/7/3 14:20", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026.07.03 14:20", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026-07-03T14:20", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026-07-03T14:20:00", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026年7月3日14时20分", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026年7月3日14时", 2026, 7, 3, 14, 0, 0)]
    [InlineData("2026年7月3日14点", 2026, 7, 3, 14, 0, 0)]
    [InlineData("2026年7月3日 14:20", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026年7月3日9时5分30秒", 2026, 7, 3, 9, 5, 30)]
    [InlineData("2026年7月3日14时20分05秒", 2026, 7, 3, 14, 20, 5)]
    [InlineData("2026年07月03日 14时", 2026, 7, 3, 14, 0, 0)]
    [InlineData("2026年7月3号 14:20", 2026, 7, 3, 14, 20, 0)]
    [InlineData("2026年7月4日14点26分", 2026, 7, 4, 14, 26, 0)]
    [InlineData("  2026-7-3 9:00  ", 2026, 7, 3, 9, 0, 0)]
    [InlineData("  2026-7-3  9:05 ", 2026, 7, 3, 9, 5, 0)]
    [InlineData("2026 - 7 - 3 9:05", 2026, 7, 3, 9, 5, 0)]
    [InlineData("2026-7-3 9:5", 2026, 7, 3, 9, 5, 0)]
    [InlineData("2026-07-03 14:20:05.789", 2026, 7, 3, 14, 20, 5)]
    [InlineData("2026年7月3日 14:20分05秒", 2026, 7, 3, 14, 20, 5)]
    [InlineData("２０２６－０７－０３　１４：２０", 2026, 7, 3, 14, 20, 0)]
    [InlineData("２０２６／７／３ １４：２０：０５", 2026, 7, 3, 14, 20, 5)]
    [InlineData("202607031420", 2026, 7, 3, 14, 20, 0)]
    [InlineData("20260703142005", 2026, 7, 3, 14, 20, 5)]
    [InlineData("2024-02-29 10:00", 2024, 2, 29, 10, 0, 0)]
    // 24:00 is the end of the written day: 00:00 of the next.
    [InlineData("2026-07-03 24:00", 2026, 7, 4, 0, 0, 0)]
    [InlineData("2026年7月3日24时", 2026, 7, 4, 0, 0, 0)]
    [InlineData("2026-12-31 24:00:00", 2027, 1, 1, 0, 0, 0)]
    // Part-of-day words and AM/PM.
    [InlineData("2026.7.4 下午2:22", 2026, 7, 4, 14, 22, 0)]
    [InlineData("2026.7.4下午2:22", 2026, 7, 4, 14, 22, 0)]
    [InlineData("2026-07-04 PM 2:22", 2026, 7, 4, 14, 22, 0)]
    [InlineData("2026-07-04 2:22 PM", 2026, 7, 4, 14, 22, 0)]
    [InlineData("2026/7/4 2:22:05 p.m.", 2026, 7, 4, 14, 22, 5)]
    [InlineData("2026-07-04 A.M. 9:05", 2026, 7, 4, 9, 5, 0)]
    [InlineData("2026-07-04 9:05am", 2026, 7, 4, 9, 5, 0)]
    [InlineData("2026-07-04 ＰＭ２：２２", 2026, 7, 4, 14, 22, 0)]
    [InlineData("2026年7月4日上午9时34分", 2026, 7, 4, 9, 34, 0)]
    [InlineData("2026年7月4日晚上8点", 2026, 7, 4, 20, 0, 0)]
    [InlineData("2026年7月4日 下午2点半", 2026, 7, 4, 14, 30, 0)]
    [InlineData("2026-07-04 凌晨1:05", 2026, 7, 4, 1, 5, 0)]
    [InlineData("2026-07-04 早上7:30", 2026, 7, 4, 7, 30, 0)]
    [InlineData("2026-07-04 清晨5点", 2026, 7, 4, 5, 0, 0)]
    [InlineData("2026-07-04 中午1点", 2026, 7, 4, 13, 0, 0)]
    [InlineData("2026-07-04 中午11:45", 2026, 7, 4, 11, 45, 0)]
    [InlineData("2026-07-04 傍晚6点", 2026, 7, 4, 18, 0, 0)]
    [InlineData("2026-07-04 夜间10点", 2026, 7, 4, 22, 0, 0)]
    [InlineData("2026-07-04 晚上21:15", 2026, 7, 4, 21, 15, 0)]
    // An hour already on the 24-hour clock is not shifted again.
    [InlineData("2026-07-04 下午14:30", 2026, 7, 4, 14, 30, 0)]
    [InlineData("2026-07-04 14:30 pm", 2026, 7, 4, 14, 30, 0)]
    // Twelve o'clock.
    [InlineData("2026-07-04 中午12:30", 2026, 7, 4, 12, 30, 0)]
    [InlineData("2026-07-04 下午12:30", 2026, 7, 4, 12, 30, 0)]
    [InlineData("2026-07-04 12:30 pm", 2026, 7, 4, 12, 30, 0)]
    [InlineData("2026-07-04 凌晨12:30", 2026, 7, 4, 0, 30, 0)]
    [InlineData("2026-07-04 12:30 am", 2026, 7, 4, 0, 30, 0)]
    [InlineData("2026-07-04 晚上12点", 2026, 7, 5, 0, 0, 0)]
    [InlineData("2026-07-04 晚上12:30", 2026, 7, 5, 0, 30, 0)]
    [InlineData("2026-07-04 12 am", 2026, 7, 4, 0, 0, 0)]
    [InlineData("2026-07-04 2 PM", 2026, 7, 4, 14, 0, 0)]
    // A weekday after the date, as WPS/Excel date formats write it, is checked and dropped.
    [InlineData("2026年7月4日 星期六 14:00", 2026, 7, 4, 14, 0, 0)]
    [InlineData("2026年7月4日星期六14:00", 2026, 7, 4, 14, 0, 0)]
    [InlineData("2026年7月4日（星期六）下午2点", 2026, 7, 4, 14, 0, 0)]
    [InlineData("2026-07-05 周日 09:00", 2026, 7, 5, 9, 0, 0)]
    [InlineData("2026/7/5 (礼拜天) 9:00", 2026, 7, 5, 9, 0, 0)]
    public void Reads_a_date_and_time(string text, int y, int mo, int d, int h, int mi, int s)
    {
        var v = Ok(text);
        Assert.Equal(TimeTextShape.DateTime, v.Shape);
        Assert.True(v.HasTime);
        Assert.Equal(new LocalDateTime(y, mo, d, h, mi, s), v.DateTime);
    }

    [Fact]
    public void The_end_of_a_day_keeps_its_written_date()
    {
        var v = Ok("2026-07-03 24:00");
        Assert.True(v.NextDay);
        Assert.Equal(new LocalDate(2026, 7, 3), v.Date);
        Assert.Equal(LocalTime.Midnight, v.Time);
        Assert.Equal("2026-07-03 24:00", v.ToString());
    }

    [Theory]
    [InlineData("2026-07-03")]
    [InlineData("2026/7/3")]
    [InlineData("2026.07.03")]
    [InlineData("2026年7月3日")]
    [InlineData("2026年7月3号")]
    [InlineData("2026年07月03日")]
    [InlineData("20260703")]
    [InlineData(" ２０２６－０７－０３ ")]
    [InlineData("2026年7月3日 星期五")]
    public void A_date_alone_is_a_date_not_midnight(string text)
    {
        var v = Ok(text);
        Assert.Equal(TimeTextShape.DateOnly, v.Shape);
        Assert.False(v.HasTime);
        Assert.Equal(new LocalDate(2026, 7, 3), v.Date);
        Assert.Throws<InvalidOperationException>(() => v.DateTime);
        Assert.Throws<InvalidOperationException>(() => v.Time);
    }

    [Theory]
    [InlineData("20:23", 20, 23, 0)]
    [InlineData("9:05", 9, 5, 0)]
    [InlineData("14:26:05", 14, 26, 5)]
    [InlineData("14点26分", 14, 26, 0)]
    [InlineData("14点", 14, 0, 0)]
    [InlineData("14时26分05秒", 14, 26, 5)]
    [InlineData("１４：２６", 14, 26, 0)]
    [InlineData("１４点２６分", 14, 26, 0)]
    [InlineData("下午2:22", 14, 22, 0)]
    [InlineData("上午9时34分", 9, 34, 0)]
    [InlineData("晚上8点", 20, 0, 0)]
    [InlineData("凌晨1:05", 1, 5, 0)]
    [InlineData("下午2点半", 14, 30, 0)]
    [InlineData("2:22 pm", 14, 22, 0)]
    [InlineData("PM 2:22", 14, 22, 0)]
    [InlineData("中午12:30", 12, 30, 0)]
    [InlineData("凌晨12:30", 0, 30, 0)]
    [InlineData("2 pm", 14, 0, 0)]
    [InlineData("9 a.m.", 9, 0, 0)]
    public void Reads_a_time_of_day_alone(string text, int h, int mi, int s)
    {
        var v = Ok(text);
        Assert.Equal(TimeTextShape.TimeOfDay, v.Shape);
        Assert.Null(v.Year);
        Assert.False(v.NextDay);
        Assert.Equal(new LocalTime(h, mi, s), v.Time);
        Assert.Throws<InvalidOperationException>(() => v.Date);
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("24时")]
    [InlineData("晚上12点")]
    public void Midnight_at_the_end_of_the_day_is_the_next_day(string text)
    {
        var v = Ok(text);
        Assert.Equal(TimeTextShape.TimeOfDay, v.Shape);
        Assert.True(v.NextDay);
        Assert.Equal(LocalTime.Midnight, v.Time);
        Assert.Equal(new LocalDateTime(2026, 7, 5, 0, 0), v.On(new LocalDate(2026, 7, 4)));
        Assert.Equal("24:00", v.ToString());
    }

    [Theory]
    [InlineData("7月5日14:23", 7, 5, 14, 23)]
    [InlineData("7月5日 14:23", 7, 5, 14, 23)]
    [InlineData("7月5号下午2点", 7, 5, 14, 0)]
    [InlineData("07-05 14:23", 7, 5, 14, 23)]
    [InlineData("7/5 14:23", 7, 5, 14, 23)]
    [InlineData("7-5 下午2:23", 7, 5, 14, 23)]
    [InlineData("１２月３１日２３时５９分", 12, 31, 23, 59)]
    public void Reads_a_month_day_with_time_and_no_year(string text, int mo, int d, int h, int mi)
    {
        var v = Ok(text);
        Assert.Equal(TimeTextShape.MonthDay, v.Shape);
        Assert.Null(v.Year);
        Assert.True(v.HasTime);
        Assert.Equal((mo, d), (v.Month, v.Day));
        Assert.Equal(new LocalTime(h, mi), v.Time);
        Assert.Throws<InvalidOperationException>(() => v.DateTime);
    }

    [Theory]
    [InlineData("7月5日", 7, 5)]
    [InlineData("7月5号", 7, 5)]
    [InlineData("2月29日", 2, 29)]
    public void Reads_a_month_day_alone(string text, int mo, int d)
    {
        var v = Ok(text);
        Assert.Equal(TimeTextShape.MonthDay, v.Shape);
        Assert.False(v.HasTime);
        Assert.Equal((mo, d), (v.Month, v.Day));
    }

    [Theory]
    [InlineData(null, TimeTextProblem.Blank)]
    [InlineData("", TimeTextProblem.Blank)]
    [InlineData("   ", TimeTextProblem.Blank)]
    [InlineData("　", TimeTextProblem.Blank)]
    [InlineData("已回应", TimeTextProblem.Unrecognised)]
    [InlineData("当日已答复", TimeTextProblem.Unrecognised)]
    [InlineData("明天上午", TimeTextProblem.Unrecognised)]
    [InlineData("下周一", TimeTextProblem.Unrecognised)]
    [InlineData("2026-07-03 14", TimeTextProblem.Unrecognised)]
    [InlineData("2026-07-03 14:", TimeTextProblem.Unrecognised)]
    [InlineData("2026-07-03 14:2005", TimeTextProblem.Unrecognised)]
    [InlineData("2026-07-0314:20", TimeTextProblem.Unrecognised)]
    [InlineData("2026-07-03 14:20 周五", TimeTextProblem.Unrecognised)]
    [InlineData("2026-07-03T", TimeTextProblem.Unrecognised)]
    [InlineData("2026-07", TimeTextProblem.Unrecognised)]
    [InlineData("2026年7月", TimeTextProblem.Unrecognised)]
    [InlineData("2:22下午", TimeTextProblem.Unrecognised)]
    [InlineData("14:20+08:00", TimeTextProblem.Unrecognised)]
    [InlineData("13-45", TimeTextProblem.Unrecognised)]
    [InlineData("46000", TimeTextProblem.BareNumber)]
    [InlineData("46206.5", TimeTextProblem.BareNumber)]
    [InlineData("46213.9166666667", TimeTextProblem.BareNumber)]
    [InlineData("2026.07", TimeTextProblem.BareNumber)]
    [InlineData("2026", TimeTextProblem.BareNumber)]
    [InlineData("123456789", TimeTextProblem.BareNumber)]
    [InlineData("２０２６０", TimeTextProblem.BareNumber)]
    [InlineData("26-07-03 12:00", TimeTextProblem.TwoDigitYear)]
    [InlineData("26/7/3", TimeTextProblem.TwoDigitYear)]
    [InlineData("26.07.03 12:00", TimeTextProblem.TwoDigitYear)]
    [InlineData("7/4/2026 2:22 PM", TimeTextProblem.YearLast)]
    [InlineData("4.7.2026", TimeTextProblem.YearLast)]
    [InlineData("2026-07-04 周五 14:00", TimeTextProblem.WeekdayMismatch)]
    [InlineData("2026年7月4日（星期日）", TimeTextProblem.WeekdayMismatch)]
    [InlineData("2026-07-04 周末", TimeTextProblem.Unrecognised)]
    [InlineData("7.5 14:00", TimeTextProblem.Unrecognised)]
    [InlineData("2 点钟", TimeTextProblem.Unrecognised)]
    [InlineData("14 20", TimeTextProblem.Unrecognised)]
    [InlineData("1899-12-31 10:00", TimeTextProblem.YearOutOfRange)]
    [InlineData("0026-07-03", TimeTextProblem.YearOutOfRange)]
    [InlineData("2201-01-01", TimeTextProblem.YearOutOfRange)]
    [InlineData("2026-13-01 10:00", TimeTextProblem.MonthOutOfRange)]
    [InlineData("2026-00-10", TimeTextProblem.MonthOutOfRange)]
    [InlineData("20261301", TimeTextProblem.MonthOutOfRange)]
    [InlineData("13月5日", TimeTextProblem.MonthOutOfRange)]
    [InlineData("2026-02-29 10:00", TimeTextProblem.DayOutOfRange)]
    [InlineData("2026-09-31 10:00", TimeTextProblem.DayOutOfRange)]
    [InlineData("2026年8月35日10时", TimeTextProblem.DayOutOfRange)]
    [InlineData("2026-07-00", TimeTextProblem.DayOutOfRange)]
    [InlineData("2月30日", TimeTextProblem.DayOutOfRange)]
    [InlineData("2026-07-03 25:00", TimeTextProblem.HourOutOfRange)]
    [InlineData("2026-07-03 24:01", TimeTextProblem.HourOutOfRange)]
    [InlineData("99:00", TimeTextProblem.HourOutOfRange)]
    [InlineData("2026-07-03 12:60", TimeTextProblem.MinuteOutOfRange)]
    [InlineData("2026-07-03 14:61", TimeTextProblem.MinuteOutOfRange)]
    [InlineData("2026-07-03 12:30:60", TimeTextProblem.SecondOutOfRange)]
    [InlineData("上午15:00", TimeTextProblem.PeriodContradictsHour)]
    [InlineData("2026-07-04 上午15:00", TimeTextProblem.PeriodContradictsHour)]
    [InlineData("下午0:30", TimeTextProblem.PeriodContradictsHour)]
    [InlineData("中午5点", TimeTextProblem.PeriodContradictsHour)]
    [InlineData("凌晨13点", TimeTextProblem.PeriodContradictsHour)]
    [InlineData("13:00 am", TimeTextProblem.PeriodContradictsHour)]
    [InlineData("傍晚10点", TimeTextProblem.PeriodContradictsHour)]
    [InlineData("晚上14点", TimeTextProblem.PeriodContradictsHour)]
    [InlineData("早上12点", TimeTextProblem.PeriodContradictsHour)]
    [InlineData("晚上24点", TimeTextProblem.PeriodContradictsHour)]
    [InlineData("上午12:30", TimeTextProblem.AmbiguousPeriodHour)]
    [InlineData("2026/7/4 上午 12:00:00", TimeTextProblem.AmbiguousPeriodHour)]
    [InlineData("晚上1点", TimeTextProblem.AmbiguousPeriodHour)]
    [InlineData("夜间3点", TimeTextProblem.AmbiguousPeriodHour)]
    [InlineData("晚上0点", TimeTextProblem.AmbiguousPeriodHour)]
    [InlineData("8月15日上午", TimeTextProblem.PeriodWithoutTime)]
    [InlineData("2026-08-2 下午", TimeTextProblem.PeriodWithoutTime)]
    [InlineData("下午", TimeTextProblem.PeriodWithoutTime)]
    [InlineData("下午2:22 PM", TimeTextProblem.TwoPeriods)]
    [InlineData("am 9:00 上午", TimeTextProblem.TwoPeriods)]
    [InlineData("07-05", TimeTextProblem.MonthDayWithoutTime)]
    [InlineData("7/5", TimeTextProblem.MonthDayWithoutTime)]
    public void Refuses_with_a_reason(string? text, TimeTextProblem problem)
    {
        var r = TimeTextParser.Parse(text);
        Assert.False(r.Success);
        Assert.Equal(problem, r.Problem);
        Assert.False(string.IsNullOrWhiteSpace(r.Reason));
        Assert.DoesNotContain("{", r.Reason);
        Assert.Equal(r.Reason, Assert.Throws<InvalidOperationException>(() => r.Value).Message);
        Assert.False(r.TryGetValue(out _));
    }

    [Theory]
    [InlineData("2026-02-29 10:00", "2026年2月没有 29 日（该月只有 28 天）")]
    [InlineData("2月30日", "2月没有 30 日（该月最多 29 天）")]
    [InlineData("2026-13-01 10:00", "没有 13 月（月份应为 1–12）")]
    [InlineData("1899-12-31 10:00", "年份 1899 不在 1900–2200 年之间")]
    [InlineData("2026-07-03 25:00", "没有 25 时（小时应为 0–23；当日结束可写 24:00）")]
    [InlineData("2026-07-03 14:61", "没有 61 分（分钟应为 0–59）")]
    [InlineData("上午15:00", "“上午”与 15 时矛盾（上午在中午12时以前）：请核对后改写，或只写 24 小时制的时刻")]
    [InlineData("晚上14点", "“晚上”与 14 时矛盾（晚上指17时至24时）：请核对后改写，或只写 24 小时制的时刻")]
    [InlineData("13:00 am", "“AM”与 13 时矛盾（AM在中午12时以前）：请核对后改写，或只写 24 小时制的时刻")]
    [InlineData("晚上24点", "24 时不与“晚上”连用：当日结束请只写 24:00")]
    [InlineData("上午12:30", "“上午12时”有两种读法：软件常把零点写作“上午12:00”，口语却指中午12时；请写成 24 小时制（0:30 或 12:30）")]
    [InlineData("夜间3点", "“夜间3时”不能确定是哪一天的几点：过了零点请写“凌晨3时”，或写成 24 小时制")]
    [InlineData("8月15日上午", "只写了“上午”，没有具体时刻（应如 上午9:30）")]
    [InlineData("07-05", "“7-5”没有年份也没有时刻，不能确定是日期：请写成 7月5日，或写上年份")]
    [InlineData("26-07-03 12:00", "年份只写了两位：请写全四位（如 2026-07-03）")]
    [InlineData("7/4/2026", "年份写在最后，分不清是“月/日/年”还是“日/月/年”：请写成 2026-07-03 这样年份在前的日期")]
    [InlineData("2026-07-04 周五", "2026年7月4日是星期六，不是“周五”：日期和星期至少有一个写错了，请核对")]
    public void Reasons_name_the_fault_and_the_fix(string text, string reason) =>
        Assert.Equal(reason, TimeTextParser.Parse(text).Reason);

    [Fact]
    public void A_bare_number_is_never_an_excel_serial()
    {
        var r = TimeTextParser.Parse("46000");
        Assert.Equal(TimeTextProblem.BareNumber, r.Problem);
        Assert.StartsWith("是一个数字，不是日期时间", r.Reason);
    }

    [Fact]
    public void A_long_remark_is_not_read()
    {
        var r = TimeTextParser.Parse("2026-07-03 14:20 " + new string('备', 100));
        Assert.Equal(TimeTextProblem.Unrecognised, r.Problem);
    }

    [Fact]
    public void Completing_a_month_day_with_a_year()
    {
        Assert.Equal(new LocalDateTime(2026, 7, 5, 14, 23), Ok("7月5日14:23").WithYear(2026).Value.DateTime);
        var dateOnly = Ok("7月5日").WithYear(2027).Value;
        Assert.Equal(TimeTextShape.DateOnly, dateOnly.Shape);
        Assert.Equal(new LocalDate(2027, 7, 5), dateOnly.Date);
        Assert.Equal(new LocalDateTime(2027, 1, 1, 0, 0), Ok("12月31日24:00").WithYear(2026).Value.DateTime);

        Assert.Equal(new LocalDate(2028, 2, 29), Ok("2月29日").WithYear(2028).Value.Date);
        var common = Ok("2月29日").WithYear(2027);
        Assert.Equal(TimeTextProblem.DayOutOfRange, common.Problem);
        Assert.Equal("2027年2月没有 29 日（该月只有 28 天）", common.Reason);
        Assert.Equal(TimeTextProblem.YearOutOfRange, Ok("7月5日").WithYear(1800).Problem);

        // A weekday written with a month-day is checked against the year it is completed with.
        Assert.Equal(new LocalDateTime(2026, 7, 4, 14, 0), Ok("7月4日 星期六 14:00").WithYear(2026).Value.DateTime);
        var wrongYear = Ok("7月4日 星期六 14:00").WithYear(2027);
        Assert.Equal(TimeTextProblem.WeekdayMismatch, wrongYear.Problem);
        Assert.Equal("2027年7月4日是星期日，不是“星期六”：日期和星期至少有一个写错了，请核对", wrongYear.Reason);
        Assert.Equal(TimeTextProblem.WeekdayMismatch, Ok("7月4日 周六").WithTimeOfDay(Ok("20:23")).Value.WithYear(2027).Problem);

        // A value that already has a year, or has no date, is left as it is.
        Assert.Equal(Ok("2026-07-05 14:23"), Ok("2026-07-05 14:23").WithYear(2030).Value);
        Assert.Equal(Ok("20:23"), Ok("20:23").WithYear(2030).Value);
    }

    [Fact]
    public void Combining_a_date_column_and_a_time_column()
    {
        Assert.Equal(new LocalDateTime(2026, 7, 5, 20, 23), Ok("2026-07-05").WithTimeOfDay(Ok("20:23")).Value.DateTime);
        Assert.Equal(new LocalDateTime(2026, 7, 6, 0, 0), Ok("2026年7月5日").WithTimeOfDay(Ok("24:00")).Value.DateTime);
        var monthDay = Ok("7月5日").WithTimeOfDay(Ok("下午2:22")).Value;
        Assert.Equal(TimeTextShape.MonthDay, monthDay.Shape);
        Assert.Equal(new LocalDateTime(2026, 7, 5, 14, 22), monthDay.WithYear(2026).Value.DateTime);
        // From spreadsheet cells (a date cell and a time cell), without any text.
        var cells = TimeTextValue.FromDate(new LocalDate(2026, 7, 5)).WithTimeOfDay(TimeTextValue.FromTimeOfDay(new LocalTime(20, 23)));
        Assert.Equal(new LocalDateTime(2026, 7, 5, 20, 23), cells.Value.DateTime);

        Assert.Equal(TimeTextProblem.CannotCombine, Ok("2026-07-05 10:00").WithTimeOfDay(Ok("20:23")).Problem);
        Assert.Equal(TimeTextProblem.CannotCombine, Ok("2026-07-05").WithTimeOfDay(Ok("2026-07-05")).Problem);
        Assert.Equal(TimeTextProblem.CannotCombine, Ok("20:23").WithTimeOfDay(Ok("20:23")).Problem);
        Assert.Contains("不是单独的时刻", Ok("2026-07-05").WithTimeOfDay(Ok("7月5日")).Reason);
    }

    [Fact]
    public void A_time_of_day_is_put_on_a_date()
    {
        Assert.Equal(new LocalDateTime(2026, 7, 4, 20, 23), Ok("20:23").On(new LocalDate(2026, 7, 4)));
        Assert.Equal(new LocalDateTime(2026, 7, 5, 0, 30), Ok("晚上12:30").On(new LocalDate(2026, 7, 4)));
        Assert.Throws<InvalidOperationException>(() => Ok("2026-07-04").On(new LocalDate(2026, 7, 4)));
    }

    [Theory]
    [InlineData("2026/7/3 14:20", "2026-07-03 14:20")]
    [InlineData("2026年7月3日14时20分5秒", "2026-07-03 14:20:05")]
    [InlineData("2026年7月3日", "2026-07-03")]
    [InlineData("下午8:23", "20:23")]
    [InlineData("晚上12:30", "次日00:30")]
    [InlineData("7月5日", "7月5日")]
    [InlineData("07-05 14:23", "7月5日 14:23")]
    public void Shows_itself_plainly_in_messages(string text, string shown) => Assert.Equal(shown, Ok(text).ToString());

    [Fact]
    public void Spreadsheet_values_have_the_same_shapes()
    {
        Assert.Equal(Ok("2026-07-05 20:23"), TimeTextValue.FromDateTime(new LocalDateTime(2026, 7, 5, 20, 23)));
        Assert.Equal(Ok("2026-07-05"), TimeTextValue.FromDate(new LocalDate(2026, 7, 5)));
        Assert.Equal(Ok("20:23"), TimeTextValue.FromTimeOfDay(new LocalTime(20, 23)));
        Assert.Equal(Ok("24:00"), TimeTextValue.FromTimeOfDay(LocalTime.Midnight, nextDay: true));
    }
}
