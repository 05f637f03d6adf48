using System.CommandLine;
using Auditor.Core;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Cli.Commands;

/// <summary>
/// `auditor calendar --from 2020-01-01 --to 2026-12-31 [--format csv|text|json] [--rules DIR]`: one line per date,
/// with whether it is provisional (no notice on file: computed from the statute); `auditor calendar import` reads a
/// notice (<see cref="CalendarImportCommand"/>).
/// </summary>
internal static class CalendarCommand
{
    public static Command Create(TextWriter stdout)
    {
        var from = new Option<string?>("--from") { Description = "起始日期，如 2026-01-01" };
        var to = new Option<string?>("--to") { Description = "结束日期（含），如 2026-12-31" };
        var format = new Option<string>("--format") { Description = "输出格式：csv（表头 date,kind,provisional）、text 或 json", DefaultValueFactory = _ => "csv" };
        var rules = RulesLocator.Option();
        var cmd = new Command("calendar",
            "列出工作日历：每天是工作日、周末、节假日还是调休上班日（依据国务院办公厅放假安排通知；尚无通知的年份按《全国年节及纪念日放假办法》推定并标明）；" +
            "calendar import 把通知原文转成日历文件");
        foreach (var o in new Option[] { from, to, format, rules }) cmd.Options.Add(o);
        cmd.Subcommands.Add(CalendarImportCommand.Create(stdout));
        cmd.SetAction(p =>
        {
            var fmt = TimeOptionValues.Format(p.GetValue(format), "csv", "text", "json");
            var a = TimeOptionValues.Date("--from", p.GetValue(from) ?? throw new UsageException("缺少 --from（起始日期，如 2026-01-01）。"));
            var b = TimeOptionValues.Date("--to", p.GetValue(to) ?? throw new UsageException("缺少 --to（结束日期，如 2026-12-31）。"));
            if (b < a) throw new UsageException($"--to（{b:uuuu-MM-dd}）早于 --from（{a:uuuu-MM-dd}）。");
            var calendar = RulesLocator.LoadCalendar(p.GetValue(rules));
            // Look at every year first so that a year that cannot be computed fails before any line is written.
            for (int y = a.Year; y <= b.Year; y++) calendar.KindOf(new LocalDate(y, 1, 1));
            var days = new List<Day>();
            for (var d = a; d <= b; d = d.PlusDays(1))
                days.Add(new Day(d, calendar.KindOf(d), calendar.HolidayName(d), calendar.AdjustedWorkdayFor(d), calendar.IsProvisional(d)));
            switch (fmt)
            {
                case "csv":
                    stdout.WriteLine("date,kind,provisional");
                    foreach (var d in days) stdout.WriteLine($"{Iso(d.Date)},{DayKinds.Id(d.Kind)},{(d.Provisional ? "true" : "false")}");
                    break;
                case "text":
                    foreach (var d in days) stdout.WriteLine(Text(d));
                    break;
                default:
                    WriteJson(stdout, days);
                    break;
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private sealed record Day(LocalDate Date, DayKind Kind, string? Holiday, string? AdjustedFor, bool Provisional);

    private static string Iso(LocalDate d) => d.ToString("uuuu-MM-dd", null);

    /// <summary>"2026-02-14 星期六 调休上班日（春节调休）", "2027-02-06 星期六 节假日（春节，推定）".</summary>
    private static string Text(Day d)
    {
        var notes = new List<string>();
        if (d.Holiday is not null) notes.Add(d.Holiday);
        if (d.AdjustedFor is not null) notes.Add($"{d.AdjustedFor}调休");
        if (d.Provisional) notes.Add("推定");
        var note = notes.Count == 0 ? "" : $"（{string.Join("，", notes)}）";
        return $"{Iso(d.Date)} {TimeText.ChineseWeekday(d.Date)} {DayKinds.Chinese(d.Kind)}{note}";
    }

    private static void WriteJson(TextWriter o, List<Day> days) => JsonOutput.Write(o, j =>
    {
        j.WriteStartArray();
        foreach (var d in days)
        {
            j.WriteStartObject();
            j.WriteString("date", Iso(d.Date));
            j.WriteString("kind", DayKinds.Id(d.Kind));
            j.WriteString("holiday", d.Holiday);
            j.WriteString("adjusted_for", d.AdjustedFor);
            j.WriteBoolean("provisional", d.Provisional);
            j.WriteEndObject();
        }
        j.WriteEndArray();
    });
}
