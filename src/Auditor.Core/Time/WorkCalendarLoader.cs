using System.Globalization;
using NodaTime;
using Auditor.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace Auditor.Core.Time;

/// <summary>
/// Reads rules/calendars/*.yaml (one file per year, see rules/calendars/README.md) into a <see cref="WorkCalendar"/>.
/// A broken file is a <see cref="RulePackException"/> naming file:line:column and what was expected.
/// </summary>
public static class WorkCalendarLoader
{
    // Calendar files are data the repository ships and lints, in one date spelling (YamlReader.Date: strict ISO), on
    // purpose not the lenient reader of typed and exported times (TimeTextParser).

    public static WorkCalendar LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory)) throw new RulePackException($"工作日历目录不存在：{directory}");
        var files = Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml"))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new RulePackException($"工作日历目录 {directory} 中没有任何年度文件（应为 2026.yaml 这样的 YAML 文件）。");
        var years = new List<CalendarYear>();
        foreach (var f in files)
        {
            var y = LoadFile(f);
            var dup = years.FirstOrDefault(o => o.Year == y.Year);
            if (dup is not null) throw new RulePackException($"{f}: {y.Year} 年的工作日历重复：{dup.SourceFile} 中已有该年。");
            years.Add(y);
        }
        return new WorkCalendar(years);
    }

    public static CalendarYear LoadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>The year a calendar file gives; every mistake of the file at once, each at its file:line:column.</summary>
    public static CalendarYear Parse(string yaml, string file) =>
        YamlReader.Load(yaml, file, "year、notice、holidays、adjusted_workdays", (r, root) => Read(r, root, file), m => new RulePackException(m));

    private static CalendarYear? Read(YamlReader r, YamlMappingNode root, string file)
    {
        r.CheckKeys(root, "工作日历", "year", "notice", "amendments", "holidays", "adjusted_workdays");
        var yearNode = r.Required(root, "year");
        var year = r.Int(yearNode, "year", 1949, 2200) ?? 0;
        var stem = Path.GetFileNameWithoutExtension(file);
        if (year != 0 && int.TryParse(stem, NumberStyles.None, CultureInfo.InvariantCulture, out var fromName) && fromName != year)
            r.Error(yearNode, $"期望 year 与文件名一致（{fromName}），实际为 {year}");
        var notice = Notice(r, r.Required(root, "notice"));
        var amendments = new List<CalendarNotice>();
        foreach (var item in r.Seq(root, "amendments") ?? [])
            if (Notice(r, item) is { } a) amendments.Add(a);

        var holidays = new List<HolidayPeriod>();
        var holidaysNode = r.Required(root, "holidays");
        foreach (var item in holidaysNode is null ? [] : r.Seq(holidaysNode, "holidays") ?? [])
        {
            if (r.Map(item, "holidays 的每一项") is not { } m) continue;
            r.CheckKeys(m, "放假期间", "name", "from", "to", "days", "text");
            var name = r.Text(r.Required(m, "name"), "name");
            var fromNode = r.Required(m, "from");
            var toNode = r.Required(m, "to");
            if (r.Date(fromNode, "from") is not { } from || r.Date(toNode, "to") is not { } to || name is null) continue;
            if (to < from) { r.Error(toNode, $"期望 to 不早于 from（{from:uuuu-MM-dd}），实际为 {to:uuuu-MM-dd}"); continue; }
            if (year != 0 && (from.Year < year - 1 || to.Year > year + 1))
                r.Error(fromNode, $"期望放假日期在 {year} 年或与其相邻的跨年假期内，实际为 {from:uuuu-MM-dd} 至 {to:uuuu-MM-dd}");
            var count = Period.Between(from, to, PeriodUnits.Days).Days + 1;
            if (YamlReader.Get(m, "days") is { } daysNode && r.Int(daysNode, "days", 1, 31) is { } days && days != count)
                r.Error(daysNode, $"期望 days 等于 {from:uuuu-MM-dd} 至 {to:uuuu-MM-dd} 的天数 {count}，实际为 {days}");
            var clash = holidays.FirstOrDefault(h => h.From <= to && from <= h.To);
            if (clash is not null) r.Error(fromNode, $"放假期间与“{clash.Name}”（{clash.From:uuuu-MM-dd} 至 {clash.To:uuuu-MM-dd}）重叠");
            holidays.Add(new HolidayPeriod(name, from, to, r.Str(m, "text") is { Length: > 0 } text ? text : null));
        }

        var adjusted = new List<AdjustedWorkday>();
        foreach (var item in r.Seq(root, "adjusted_workdays") ?? [])
        {
            if (r.Map(item, "adjusted_workdays 的每一项") is not { } m) continue;
            r.CheckKeys(m, "调休上班日", "date", "for");
            var dateNode = r.Required(m, "date");
            var forNode = r.Required(m, "for");
            if (r.Date(dateNode, "date") is not { } date || r.Text(forNode, "for") is not { } forName) continue;
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                r.Error(dateNode, $"期望调休上班日是星期六或星期日，实际 {date:uuuu-MM-dd} 是{ChineseWeekday(date.DayOfWeek)}");
            var inHoliday = holidays.FirstOrDefault(h => h.From <= date && date <= h.To);
            if (inHoliday is not null) r.Error(dateNode, $"调休上班日 {date:uuuu-MM-dd} 落在“{inHoliday.Name}”放假期间内");
            if (adjusted.Any(x => x.Date == date)) r.Error(dateNode, $"调休上班日 {date:uuuu-MM-dd} 重复");
            if (!holidays.Any(h => h.Name == forName)) r.Error(forNode, $"期望 for 是本文件 holidays 中的某个节日名称，实际为“{forName}”");
            adjusted.Add(new AdjustedWorkday(date, forName));
        }
        return notice is null ? null : new CalendarYear(year, notice, amendments, holidays, adjusted, file);
    }

    private static CalendarNotice? Notice(YamlReader r, YamlNode? node)
    {
        if (node is null || r.Map(node, "notice") is not { } m) return null;
        r.CheckKeys(m, "通知", "title", "number", "issued");
        var title = r.Text(r.Required(m, "title"), "title");
        var number = r.Text(r.Required(m, "number"), "number");
        var issued = r.Date(r.Required(m, "issued"), "issued");
        return title is null || number is null || issued is null ? null : new CalendarNotice(title, number, issued.Value);
    }

    internal static string ChineseWeekday(IsoDayOfWeek d) => d switch
    {
        IsoDayOfWeek.Monday => "星期一",
        IsoDayOfWeek.Tuesday => "星期二",
        IsoDayOfWeek.Wednesday => "星期三",
        IsoDayOfWeek.Thursday => "星期四",
        IsoDayOfWeek.Friday => "星期五",
        IsoDayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };
}
