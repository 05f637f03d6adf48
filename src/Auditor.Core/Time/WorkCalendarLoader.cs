using System.Globalization;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Auditor.Core.Time;

/// <summary>
/// Reads rules/calendars/*.yaml (one file per year, see rules/calendars/README.md) into a <see cref="WorkCalendar"/>.
/// A broken file is a <see cref="RulePackException"/> naming file:line:column and what was expected.
/// </summary>
public static class WorkCalendarLoader
{
    // Calendar files are data the repository ships and lints, in one spelling: a strict ISO format check, on purpose
    // not the lenient reader of typed and exported times (TimeTextParser).
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

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

    public static CalendarYear Parse(string yaml, string file)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException ex)
        {
            throw new RulePackException($"{file}:{ex.Start.Line}:{ex.Start.Column}: YAML 语法错误：{ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet 16 throws this (without a mark) on some malformed input, e.g. an unclosed "[": report where the scanner stopped.
            var at = scanner.CurrentPosition;
            throw new RulePackException($"{file}:{at.Line}:{at.Column}: YAML 语法错误：结构不完整（例如未闭合的 [ 或 {{）。", ex);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new RulePackException($"{file}:1:1: 期望一个映射（year、notice、holidays、adjusted_workdays），文件为空或不是映射。");
        var r = new Reader(file);
        r.AllowOnly(root, "year", "notice", "amendments", "holidays", "adjusted_workdays");
        var yearNode = r.Required(root, "year");
        var year = r.Int(yearNode, 1949, 2200);
        var stem = Path.GetFileNameWithoutExtension(file);
        if (int.TryParse(stem, NumberStyles.None, CultureInfo.InvariantCulture, out var fromName) && fromName != year)
            throw r.Error(yearNode, $"期望 year 与文件名一致（{fromName}），实际为 {year}");
        var notice = r.Notice(r.Required(root, "notice"));
        var amendments = r.OptionalSequence(root, "amendments").Select(r.Notice).ToList();

        var holidays = new List<HolidayPeriod>();
        foreach (var item in r.Sequence(r.Required(root, "holidays")))
        {
            var m = r.Mapping(item);
            r.AllowOnly(m, "name", "from", "to", "days", "text");
            var name = r.Text(r.Required(m, "name"));
            var fromNode = r.Required(m, "from");
            var from = r.Date(fromNode);
            var toNode = r.Required(m, "to");
            var to = r.Date(toNode);
            if (to < from) throw r.Error(toNode, $"期望 to 不早于 from（{from:uuuu-MM-dd}），实际为 {to:uuuu-MM-dd}");
            if (from.Year < year - 1 || to.Year > year + 1)
                throw r.Error(fromNode, $"期望放假日期在 {year} 年或与其相邻的跨年假期内，实际为 {from:uuuu-MM-dd} 至 {to:uuuu-MM-dd}");
            var count = Period.Between(from, to, PeriodUnits.Days).Days + 1;
            if (m.Children.TryGetValue(new YamlScalarNode("days"), out var daysNode) && r.Int(daysNode, 1, 31) != count)
                throw r.Error(daysNode, $"期望 days 等于 {from:uuuu-MM-dd} 至 {to:uuuu-MM-dd} 的天数 {count}，实际为 {((YamlScalarNode)daysNode).Value}");
            var clash = holidays.FirstOrDefault(h => h.From <= to && from <= h.To);
            if (clash is not null) throw r.Error(fromNode, $"放假期间与“{clash.Name}”（{clash.From:uuuu-MM-dd} 至 {clash.To:uuuu-MM-dd}）重叠");
            var text = m.Children.TryGetValue(new YamlScalarNode("text"), out var textNode) && textNode is YamlScalarNode { Value: { } t } && !string.IsNullOrWhiteSpace(t) ? t.Trim() : null;
            holidays.Add(new HolidayPeriod(name, from, to, text));
        }

        var adjusted = new List<AdjustedWorkday>();
        foreach (var item in r.OptionalSequence(root, "adjusted_workdays"))
        {
            var m = r.Mapping(item);
            r.AllowOnly(m, "date", "for");
            var dateNode = r.Required(m, "date");
            var date = r.Date(dateNode);
            var forName = r.Text(r.Required(m, "for"));
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                throw r.Error(dateNode, $"期望调休上班日是星期六或星期日，实际 {date:uuuu-MM-dd} 是{ChineseWeekday(date.DayOfWeek)}");
            var inHoliday = holidays.FirstOrDefault(h => h.From <= date && date <= h.To);
            if (inHoliday is not null) throw r.Error(dateNode, $"调休上班日 {date:uuuu-MM-dd} 落在“{inHoliday.Name}”放假期间内");
            if (adjusted.Any(a => a.Date == date)) throw r.Error(dateNode, $"调休上班日 {date:uuuu-MM-dd} 重复");
            if (!holidays.Any(h => h.Name == forName)) throw r.Error(r.Required(m, "for"), $"期望 for 是本文件 holidays 中的某个节日名称，实际为“{forName}”");
            adjusted.Add(new AdjustedWorkday(date, forName));
        }
        return new CalendarYear(year, notice, amendments, holidays, adjusted, file);
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

    private sealed class Reader(string file)
    {
        public RulePackException Error(YamlNode node, string what) =>
            new($"{file}:{node.Start.Line}:{node.Start.Column}: {what}。");

        public YamlNode Required(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var v)
                ? v
                : throw Error(map, $"缺少必填项 {key}");

        public void AllowOnly(YamlMappingNode map, params string[] keys)
        {
            foreach (var k in map.Children.Keys)
                if (k is not YamlScalarNode s || !keys.Contains(s.Value))
                    throw Error(k, $"未知的项“{(k as YamlScalarNode)?.Value}”：此处只允许 {string.Join("、", keys)}");
        }

        public YamlMappingNode Mapping(YamlNode node) =>
            node as YamlMappingNode ?? throw Error(node, "期望一个映射（键: 值）");

        public IEnumerable<YamlNode> Sequence(YamlNode node) =>
            node as YamlSequenceNode ?? throw Error(node, "期望一个列表（以 - 开头的各项）");

        public IEnumerable<YamlNode> OptionalSequence(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? Sequence(v) : [];

        public string Text(YamlNode node) =>
            node is YamlScalarNode { Value: { Length: > 0 } v } && !string.IsNullOrWhiteSpace(v)
                ? v.Trim()
                : throw Error(node, "期望非空文字");

        public int Int(YamlNode node, int min, int max)
        {
            var v = (node as YamlScalarNode)?.Value;
            if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
            throw Error(node, $"期望 {min} 到 {max} 之间的整数，实际为“{v}”");
        }

        public LocalDate Date(YamlNode node)
        {
            var v = (node as YamlScalarNode)?.Value ?? "";
            var result = DatePattern.Parse(v);
            return result.Success ? result.Value : throw Error(node, $"期望日期 yyyy-MM-dd（如 2026-10-01），实际为“{v}”");
        }

        public CalendarNotice Notice(YamlNode node)
        {
            var m = Mapping(node);
            AllowOnly(m, "title", "number", "issued");
            return new CalendarNotice(Text(Required(m, "title")), Text(Required(m, "number")), Date(Required(m, "issued")));
        }
    }
}
