using System.CommandLine;
using System.Text;
using Auditor.Core;
using Auditor.Core.Time;
using Auditor.Ingest.Tables;

namespace Auditor.Cli.Commands;

/// <summary>
/// `auditor calendar import 通知.txt [修改通知.txt …] [--out rules/calendars/2027.yaml] [--number 文号]`: the text of a
/// State Council 放假安排通知 (and of any later notice amending it) → that year's calendar file, checked by loading
/// it back; without --out the file goes to standard output.
/// </summary>
internal static class CalendarImportCommand
{
    public static Command Create(TextWriter stdout)
    {
        var files = new Argument<string[]>("notices")
        {
            Description = "通知原文（从中国政府网复制、存为 .txt）；其后可跟修改该年安排的通知（如延长假期的通知），按发布先后排列",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out") { Description = "写入的日历文件，如 rules/calendars/2027.yaml；缺省输出到屏幕（标准输出）" };
        var number = new Option<string?>("--number") { Description = "通知的文号（原文未带文号时必填），如 国办发明电〔2025〕7号" };
        var cmd = new Command("import", "把国务院办公厅放假安排通知的原文转换为该年的工作日历文件（rules/calendars/年份.yaml）");
        cmd.Arguments.Add(files);
        cmd.Options.Add(output);
        cmd.Options.Add(number);
        cmd.SetAction(p =>
        {
            var paths = p.GetValue(files)!;
            var year = HolidayNoticeParser.Parse(TextFile.ReadAllText(paths[0]), paths[0], p.GetValue(number));
            foreach (var amending in paths.Skip(1))
                year = HolidayNoticeParser.Amend(year, TextFile.ReadAllText(amending), amending);
            var yaml = CalendarYearWriter.Write(year, Comment(year));
            var target = p.GetValue(output);
            // What is written must load: the same checks as any calendar file (weekend make-up days, no overlaps,
            // and a file name that matches the year).
            WorkCalendarLoader.Parse(yaml, target ?? $"{year.Year}.yaml");
            if (target is null)
            {
                stdout.Write(yaml);
                return ExitCodes.Ok;
            }
            Write(target, yaml);
            stdout.WriteLine($"已写入 {target}：{year.Year} 年，{year.Holidays.Count} 段放假、{year.AdjustedWorkdays.Count} 个调休上班日（{year.Notice.Number}）。");
            stdout.WriteLine($"请核对：auditor calendar --from {year.Year}-01-01 --to {year.Year}-12-31 --format text");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static string Comment(CalendarYear y)
    {
        var lines = new StringBuilder($"{y.Year} 年全国年节放假调休安排（auditor calendar import 据通知原文生成）。\n依据：{y.Notice.Title}（{y.Notice.Number}，{y.Notice.Issued:uuuu-MM-dd}）");
        foreach (var a in y.Amendments) lines.Append($"\n以及：{a.Title}（{a.Number}，{a.Issued:uuuu-MM-dd}）");
        return lines.ToString();
    }

    /// <summary>Writes through a temporary file beside the target, so a failed write never leaves half a calendar.</summary>
    private static void Write(string target, string yaml)
    {
        var full = Path.GetFullPath(target);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new UsageException($"--out 的目录不存在：{dir}");
        if (Directory.Exists(full)) throw new UsageException($"--out “{target}”是一个文件夹：请给出文件名，如 {Path.Combine(target, "2027.yaml")}");
        var temp = full + ".tmp";
        try
        {
            File.WriteAllText(temp, yaml, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw new InputException($"无法写入 {target}：{e.Message}", e);
        }
    }
}
