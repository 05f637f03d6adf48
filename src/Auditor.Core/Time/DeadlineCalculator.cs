using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// Computes deadlines from a start instant and a window (docs/verdicts.md; README, 期限怎么算):
/// <list type="bullet">
/// <item><c>Nh</c>: start + N hours, an exact instant.</item>
/// <item><c>same-day</c>: 24:00 of the start's local date.</item>
/// <item><c>Nd</c>: Civil Code arts. 201–203 — the start day is not counted; the last day is start date + N; a last
/// day that is a rest day (weekend or statutory holiday; a 调休 make-up working day is a working day) moves to the
/// next working day; the deadline is 24:00 of the last day.</item>
/// <item><c>Nwd</c>: 24:00 of the Nth working day after the start date.</item>
/// <item><c>by-HH:mm</c>: that time on the start's local date. When the start is already past that time the
/// deadline is still that time (so anything but an immediate action is late); callers decide whether such a case
/// applies at all.</item>
/// <item>An explicit due time given with the assignment overrides the window (002 三.2).</item>
/// </list>
/// Only the dates a computation walks through are looked up. When one of them is provisional (its year has no
/// notice on file, <see cref="IWorkCalendar.IsProvisional"/>) the deadline lists that year in
/// <see cref="Deadline.ProvisionalYears"/> and its reasoning says how the statute was applied; a year that cannot be
/// computed throws <see cref="CalendarMissingException"/>.
/// </summary>
public sealed class DeadlineCalculator(IWorkCalendar calendar, DateTimeZone zone)
{
    public IWorkCalendar Calendar { get; } = calendar;
    public DateTimeZone Zone { get; } = zone;

    public Deadline Compute(Instant start, Window window) => Compute(start, window, null);

    /// <summary>An explicit due time given with the assignment overrides the default window (002 三.2).</summary>
    public Deadline Compute(Instant start, Window window, Instant? explicitDue)
    {
        ArgumentNullException.ThrowIfNull(window);
        var startLocal = start.InZone(Zone).LocalDateTime;
        if (explicitDue is { } due)
        {
            var dueLocal = due.InZone(Zone).LocalDateTime;
            bool eod = dueLocal.TimeOfDay == LocalTime.Midnight;
            var text = TimeText.Chinese(dueLocal, eod, dueLocal.Year != startLocal.Year);
            return new Deadline(due, dueLocal, eod, window, true,
                [$"交办时明确了办理时限，以该时限为准，不适用默认期限 {window}（002 三.2）：截止时间为{text}。"]);
        }
        return window.Kind switch
        {
            WindowKind.Hours => ComputeHours(start, startLocal, window),
            WindowKind.SameDay => EndOf(startLocal.Date, window,
                [$"当天办理：截止时间为开始当日（{D(startLocal.Date, startLocal.Date)}）24时。"]),
            WindowKind.Days => ComputeDays(startLocal, window),
            WindowKind.WorkingDays => ComputeWorkingDays(startLocal, window),
            WindowKind.ByTimeOfDay => ComputeBy(start, startLocal, window),
            _ => throw new ArgumentOutOfRangeException(nameof(window)),
        };
    }

    private Deadline ComputeHours(Instant start, LocalDateTime startLocal, Window w)
    {
        var at = start + Duration.FromHours(w.Amount);
        var local = at.InZone(Zone).LocalDateTime;
        return new Deadline(at, local, false, w, false,
            [$"自{TimeText.Chinese(startLocal, false, false)}起算 {w.Amount} 小时（按小时连续计算，不扣除休息日）：截止时间为{TimeText.Chinese(local, false, local.Year != startLocal.Year)}。"]);
    }

    private Deadline ComputeBy(Instant start, LocalDateTime startLocal, Window w)
    {
        var local = startLocal.Date + w.TimeOfDay;
        var at = local.InZoneLeniently(Zone).ToInstant();
        var hhmm = $"{w.TimeOfDay.Hour}:{w.TimeOfDay.Minute:00}";
        var reasons = new List<string> { $"须在开始当日（{D(startLocal.Date, startLocal.Date)}）{hhmm}前完成：截止时间为{TimeText.Chinese(at.InZone(Zone).LocalDateTime)}。" };
        if (start > at)
            reasons.Add($"注意：开始时间{TimeText.Chinese(startLocal)}已晚于当日{hhmm}，截止时间仍为当日{hhmm}，不顺延到次日；是否适用由调用方决定。");
        return new Deadline(at, at.InZone(Zone).LocalDateTime, false, w, false, reasons);
    }

    private Deadline ComputeDays(LocalDateTime startLocal, Window w)
    {
        var s = startLocal.Date;
        var reasons = new List<string>
        {
            $"开始的当日（{D(s, s)}）不计入，自次日（{D(s.PlusDays(1), s)}）起算 {w.Amount} 日（民法典第二百零一条）。",
        };
        var last = s.PlusDays(w.Amount);
        reasons.Add($"期间的最后一日为{D(last, s)}（{TimeText.ChineseWeekday(last)}）。");
        var skipped = new List<LocalDate>();
        while (!Calendar.IsWorkingDay(last))
        {
            skipped.Add(last);
            last = last.PlusDays(1);
        }
        if (skipped.Count > 0)
            reasons.Add($"{DescribeRestDays(skipped, s)}，最后一日是法定休假日，以休假日结束的次日为最后一日，顺延至{D(last, s)}（{TimeText.ChineseWeekday(last)}）（民法典第二百零三条第一款）。");
        else if (Calendar.KindOf(last) == DayKind.AdjustedWorkday)
            reasons.Add($"{D(last, s)}是{Calendar.AdjustedWorkdayFor(last)}调休上班日，按工作日计算，不顺延。");
        var provisional = ProvisionalYears(s.PlusDays(w.Amount), last, reasons);
        reasons.Add($"截止时间为{D(last, s)}24时（民法典第二百零三条第二款）。");
        return EndOf(last, w, reasons) with { ProvisionalYears = provisional };
    }

    private Deadline ComputeWorkingDays(LocalDateTime startLocal, Window w)
    {
        var s = startLocal.Date;
        var reasons = new List<string> { $"开始的当日（{D(s, s)}）不计入，自次日起计算 {w.Amount} 个工作日。" };
        var skipped = new List<LocalDate>();
        var d = s;
        for (int counted = 0; counted < w.Amount;)
        {
            d = d.PlusDays(1);
            if (Calendar.IsWorkingDay(d)) counted++;
            else skipped.Add(d);
        }
        if (skipped.Count > 0) reasons.Add($"不计入的休息日：{DescribeRestDays(skipped, s)}。");
        var adjusted = Calendar.KindOf(d) == DayKind.AdjustedWorkday ? $"，{Calendar.AdjustedWorkdayFor(d)}调休上班日" : "";
        var provisional = ProvisionalYears(s.PlusDays(1), d, reasons);
        reasons.Add($"第 {w.Amount} 个工作日为{D(d, s)}（{TimeText.ChineseWeekday(d)}{adjusted}），截止时间为{D(d, s)}24时。");
        return EndOf(d, w, reasons) with { ProvisionalYears = provisional };
    }

    /// <summary>
    /// The years of the provisional dates among those consulted (from..to); for each, a reasoning line naming the
    /// statute and how it was applied.
    /// </summary>
    private IReadOnlyList<int> ProvisionalYears(LocalDate from, LocalDate to, List<string> reasons)
    {
        var years = new SortedSet<int>();
        for (var d = from; d <= to; d = d.PlusDays(1))
            if (Calendar.IsProvisional(d)) years.Add(d.Year);
        foreach (var y in years)
            reasons.Add($"{y}年的放假安排尚未收录（日历目录中没有国务院办公厅该年的放假安排通知），该年的休息日按{StatutoryHolidays.StatuteFor(y)}推定：" +
                $"第二条规定的节日放假（{StatutoryHolidays.Article2(y)}），逢周六、周日的依第六条在节后工作日补假；周六、周日休息；不推定调休上班日。" +
                "通知公布后请用 auditor calendar import 导入，再重新计算。");
        return [.. years];
    }

    private Deadline EndOf(LocalDate lastDay, Window w, IReadOnlyList<string> reasons)
    {
        var at = Zone.AtStartOfDay(lastDay.PlusDays(1)).ToInstant();
        return new Deadline(at, at.InZone(Zone).LocalDateTime, true, w, false, reasons);
    }

    /// <summary>Runs of consecutive rest days with the same reason: "10月1日至10月7日为国庆节假日，10月10日为周末".</summary>
    private string DescribeRestDays(List<LocalDate> days, LocalDate reference)
    {
        var parts = Runs(days, reference);
        if (parts.Count <= 6) return string.Join("，", parts);
        // Long windows: name every holiday run, count the plain weekend days.
        var weekends = days.Count(d => Calendar.KindOf(d) != DayKind.Holiday);
        var holidays = parts.Where(p => !p.EndsWith("为周末", StringComparison.Ordinal)).ToList();
        var summary = $"共 {days.Count} 天，其中周末 {weekends} 天";
        return holidays.Count == 0 ? summary : $"{summary}，{string.Join("，", holidays)}";
    }

    private List<string> Runs(List<LocalDate> days, LocalDate reference)
    {
        var parts = new List<string>();
        int i = 0;
        while (i < days.Count)
        {
            var label = RestLabel(days[i]);
            int j = i;
            while (j + 1 < days.Count && days[j + 1] == days[j].PlusDays(1) && RestLabel(days[j + 1]) == label) j++;
            var span = i == j ? D(days[i], reference) : $"{D(days[i], reference)}至{D(days[j], reference)}";
            parts.Add($"{span}为{label}");
            i = j + 1;
        }
        return parts;
    }

    private string RestLabel(LocalDate d) => Calendar.KindOf(d) == DayKind.Holiday ? $"{Calendar.HolidayName(d)}假日" : "周末";

    /// <summary>Chinese date, with the year only when it differs from the reference (start) year.</summary>
    private static string D(LocalDate d, LocalDate reference) => TimeText.ChineseDate(d, d.Year != reference.Year);
}
