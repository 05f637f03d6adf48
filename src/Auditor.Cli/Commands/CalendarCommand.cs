using System.CommandLine;
using Auditor.Core;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Cli.Commands;

/// <summary>`auditor calendar --from 2020-01-01 --to 2026-12-31 [--format csv|text] [--rules DIR]`: one line per date.</summary>
internal static class CalendarCommand
{
    public static Command Create(TextWriter stdout)
    {
        var from = new Option<string>("--from") { Description = "起始日期，如 2026-01-01", Required = true };
        var to = new Option<string>("--to") { Description = "结束日期（含），如 2026-12-31", Required = true };
        var format = new Option<string>("--format") { Description = "输出格式：csv（表头 date,kind）或 text", DefaultValueFactory = _ => "csv" };
        var rules = new Option<string?>("--rules") { Description = "规则目录（含 calendars/），默认自动查找 rules/" };
        var cmd = new Command("calendar", "列出工作日历：每天是工作日、周末、节假日还是调休上班日（依据国务院办公厅放假安排通知）");
        foreach (var o in new Option[] { from, to, format, rules }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var fmt = TimeOptionValues.Format(p.GetValue(format), "csv", "text");
            var a = TimeOptionValues.Date("--from", p.GetValue(from)!);
            var b = TimeOptionValues.Date("--to", p.GetValue(to)!);
            if (b < a) throw new UsageException($"--to（{b:uuuu-MM-dd}）早于 --from（{a:uuuu-MM-dd}）。");
            var calendar = WorkCalendarLoader.LoadDirectory(Path.Combine(RulesLocator.Find(p.GetValue(rules)), "calendars"));
            // Check every year first so that a missing year fails before any line is written.
            for (int y = a.Year; y <= b.Year; y++)
                if (!calendar.Years.Contains(y)) throw new CalendarMissingException(y);
            if (fmt == "csv") stdout.WriteLine("date,kind");
            for (var d = a; d <= b; d = d.PlusDays(1))
            {
                var kind = calendar.KindOf(d);
                var iso = d.ToString("uuuu-MM-dd", null);
                if (fmt == "csv") stdout.WriteLine($"{iso},{DayKinds.Id(kind)}");
                else
                {
                    var note = kind switch
                    {
                        DayKind.Holiday => $"（{calendar.HolidayName(d)}）",
                        DayKind.AdjustedWorkday => $"（{calendar.AdjustedWorkdayFor(d)}调休）",
                        _ => "",
                    };
                    stdout.WriteLine($"{iso} {TimeText.ChineseWeekday(d)} {DayKinds.Chinese(kind)}{note}");
                }
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
