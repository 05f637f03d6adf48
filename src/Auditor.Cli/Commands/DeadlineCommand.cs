using System.CommandLine;
using Auditor.Core;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Cli.Commands;

/// <summary>`auditor deadline --start "2026-09-29 09:00" --window 3d [--due T] [--format text|json] [--zone ID] [--rules DIR]`.</summary>
internal static class DeadlineCommand
{
    public static Command Create(TextWriter stdout)
    {
        var start = new Option<string>("--start") { Description = "开始时间（本地时间），如 \"2026-09-29 09:00\"、\"2026/9/29 9:00\"、\"2026年9月29日9时\"", Required = true };
        var window = new Option<string>("--window") { Description = "期限：Nh（小时）、same-day（当天）、Nd（日，民法典计算）、Nwd（工作日）、by-HH:mm（当日某时前）", Required = true };
        var due = new Option<string?>("--due") { Description = "交办时明确的办理时限（本地时间）；给出时优先于 --window（002 三.2）" };
        var format = new Option<string>("--format") { Description = "输出格式：text 或 json", DefaultValueFactory = _ => "text" };
        var zone = new Option<string?>("--zone") { Description = "时区，默认 Asia/Shanghai" };
        var rules = RulesLocator.Option();
        var cmd = new Command("deadline", "计算办理期限：按小时、当天、民法典日、工作日或当日时刻，说明跳过了哪些休息日及原因");
        foreach (var o in new Option[] { start, window, due, format, zone, rules }) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var fmt = TimeOptionValues.Format(p.GetValue(format), "text", "json");
            var tz = TimeOptionValues.Zone(p.GetValue(zone));
            var startLocal = TimeOptionValues.Start(p.GetValue(start)!);
            if (!Window.TryParse(p.GetValue(window), out var w, out var error)) throw new UsageException($"--window：{error}");
            var dueAt = TimeOptionValues.Due(p.GetValue(due), tz);
            var calendar = RulesLocator.LoadCalendar(p.GetValue(rules));
            var startAt = startLocal.InZoneLeniently(tz).ToInstant();
            var deadline = new DeadlineCalculator(calendar, tz).Compute(startAt, w!, dueAt);
            if (fmt == "json") WriteJson(stdout, startAt, w!, deadline, tz);
            else WriteText(stdout, startAt, w!, deadline, tz);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static void WriteText(TextWriter o, Instant start, Window w, Deadline d, DateTimeZone tz)
    {
        o.WriteLine($"开始时间：{TimeText.Chinese(start, tz, false, withYear: true)}（{tz.Id}）");
        o.WriteLine($"期　　限：{w}，{TimeText.Describe(w)}{(d.ExplicitDue ? "；交办时另有明确时限，以明确时限为准" : "")}");
        o.WriteLine($"截止时间：{TimeText.Chinese(d, withYear: true)}（{TimeText.Iso(d.At, tz)}）");
        if (d.IsProvisional)
            o.WriteLine($"注　　意：{string.Join("、", d.ProvisionalYears.Select(y => $"{y}年"))}放假安排尚未收录，截止时间按{StatutoryHolidays.Statute}推定，国务院办公厅通知公布后可能变化（见计算过程）。");
        o.WriteLine("计算过程：");
        for (int i = 0; i < d.Reasoning.Count; i++) o.WriteLine($"  {i + 1}. {d.Reasoning[i]}");
        o.WriteLine("按时完成指实际完成时间不晚于截止时间。");
    }

    private static void WriteJson(TextWriter o, Instant start, Window w, Deadline d, DateTimeZone tz) => JsonOutput.Write(o, j =>
    {
        j.WriteStartObject();
        j.WriteString("start", TimeText.Iso(start, tz));
        j.WriteString("window", w.ToString());
        j.WriteString("deadline", TimeText.Iso(d.At, tz));
        j.WriteString("deadline_text", TimeText.Chinese(d, withYear: true));
        j.WriteBoolean("end_of_day", d.EndOfDay);
        j.WriteBoolean("explicit_due", d.ExplicitDue);
        // years whose days were computed from the statute (no State Council notice on file)
        j.WriteBoolean("provisional", d.IsProvisional);
        j.WriteStartArray("provisional_years");
        foreach (var y in d.ProvisionalYears) j.WriteNumberValue(y);
        j.WriteEndArray();
        j.WriteString("zone", tz.Id);
        j.WriteStartArray("reasoning");
        foreach (var r in d.Reasoning) j.WriteStringValue(r);
        j.WriteEndArray();
        j.WriteEndObject();
    });
}
