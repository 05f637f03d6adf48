using System.Text.Json;
using Auditor.Cli.Tests.Fixtures;

namespace Auditor.Cli.Tests.TimeCommands;

/// <summary>
/// A time option means the same on every command that has it: the same --as-of value is read as the same instant,
/// or refused with the same message, by audit, selfcheck and inspect; --due reads a date alone as the engine reads a
/// date-only 办理时限 (24:00 of that day).
/// </summary>
public sealed class TimeOptionConsistencyTests : IDisposable
{
    private readonly GeneratedFixture _fixture = new(cases: 30, units: 5);
    private readonly string _scratch = Directory.CreateTempSubdirectory("auditor-asof-").FullName;

    public void Dispose()
    {
        _fixture.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    private string FirstUnit => File.ReadLines(_fixture.UnitsPath).Skip(1).First().Split(',')[1];

    private (int Code, string Out, string Err) Run(string command, string asOf)
    {
        var outDir = Path.Combine(_scratch, command + Guid.NewGuid().ToString("N"));
        string[] common = ["--pack", "national", "--period", "2026Q3", "--logs", _fixture.LedgerPath, "--units", _fixture.UnitsPath,
            "--as-of", asOf, "--out", outDir, "--history", Path.Combine(_scratch, "h.db")];
        return command switch
        {
            "audit" => CliRun.WithRules(["audit", .. common]),
            "selfcheck" => CliRun.WithRules(["selfcheck", .. common, "--unit", FirstUnit]),
            _ => CliRun.Run("inspect", _fixture.LedgerPath, "--units", _fixture.UnitsPath, "--as-of", asOf, "--format", "json"),
        };
    }

    private static readonly string[] CommandsWithAsOf = ["audit", "selfcheck", "inspect"];

    /// <summary>The cut-off each command says it used, as "yyyy-MM-dd HH:mm:ss".</summary>
    private static string AsOfShown(string command, string stdout)
    {
        if (command == "inspect") return JsonDocument.Parse(stdout).RootElement.GetProperty("as_of").GetString()!.Replace('T', ' ');
        var line = stdout.Split('\n').Single(l => l.Contains("截止时点："));
        return line[(line.IndexOf("截止时点：", StringComparison.Ordinal) + "截止时点：".Length)..].Trim();
    }

    [Theory]
    [InlineData("2026-10-15 15:30", "2026-10-15 15:30:00")]
    [InlineData("2026年10月15日 下午3:30", "2026-10-15 15:30:00")]
    [InlineData("2026/10/15 3:30 PM", "2026-10-15 15:30:00")]
    [InlineData("2026-10-15 24:00", "2026-10-16 00:00:00")]
    [InlineData("2026年10月15日晚上12点", "2026-10-16 00:00:00")]
    public void The_same_as_of_is_the_same_instant_on_every_command(string value, string expected)
    {
        foreach (var command in CommandsWithAsOf)
        {
            var (code, stdout, stderr) = Run(command, value);
            Assert.True(code == 0, $"{command}: {stderr}");
            Assert.Equal(expected, AsOfShown(command, stdout));
        }
    }

    [Theory]
    [InlineData("2026-10-15", "只有日期没有时刻")] // a date alone: start or end of the day would give different verdicts
    [InlineData("20261015", "只有日期没有时刻")]
    [InlineData("46000", "是一个数字，不是日期时间")] // never an Excel serial
    [InlineData("20:23", "只有时刻没有日期")]
    [InlineData("10月15日 00:00", "没有年份")]
    [InlineData("上午15:00", "矛盾")]
    [InlineData("2026-02-29 00:00", "2026年2月没有 29 日")]
    [InlineData("下周一", "不是可识别的日期或时间")]
    public void The_same_bad_as_of_is_refused_with_the_same_message_on_every_command(string value, string reason)
    {
        var messages = new List<string>();
        foreach (var command in CommandsWithAsOf)
        {
            var (code, stdout, stderr) = Run(command, value);
            Assert.True(code == 2, $"{command}: exit {code} {stderr}");
            Assert.Equal("", stdout);
            Assert.StartsWith($"错误：--as-of 的值“{value}”", stderr);
            Assert.Contains(reason, stderr);
            messages.Add(stderr.Trim());
        }
        Assert.Single(messages.Distinct());
    }

    [Theory]
    [InlineData("2026-07-07")]
    [InlineData("2026年7月7日")]
    [InlineData("2026-07-07 24:00")]
    [InlineData("2026年7月7日晚上12点")]
    public void A_due_date_alone_is_the_end_of_that_day_as_the_engine_reads_it(string due)
    {
        // The engine reads a date-only 办理时限 of 7-7 as 7-8 00:00 (Auditor.Core.Tests ZhanggongGoldenTests,
        // A_date_only_due_runs_to_midnight_of_that_day); the deadline command must agree.
        var (code, stdout, stderr) = CliRun.WithRules("deadline", "--start", "2026-07-06 10:00", "--window", "3d", "--due", due, "--format", "json");
        Assert.True(code == 0, stderr);
        var r = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("2026-07-08T00:00:00", r.GetProperty("deadline").GetString());
        Assert.Equal("2026年7月7日24时", r.GetProperty("deadline_text").GetString());
        Assert.True(r.GetProperty("explicit_due").GetBoolean());
    }

    [Theory]
    [InlineData("--start", "2026-07-06", "只有日期没有时刻")]
    [InlineData("--start", "46000", "是一个数字")]
    [InlineData("--start", "9:00", "只有时刻没有日期")]
    [InlineData("--due", "7月7日", "没有年份")]
    [InlineData("--due", "46000", "是一个数字")]
    [InlineData("--due", "17:00", "只有时刻没有日期")]
    public void Deadline_time_options_refuse_what_has_no_complete_date(string option, string value, string reason)
    {
        var args = new Dictionary<string, string> { ["--start"] = "2026-07-06 10:00", ["--window"] = "3d", [option] = value };
        var (code, stdout, stderr) = CliRun.WithRules(["deadline", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith($"错误：{option} 的值“{value}”", stderr);
        Assert.Contains(reason, stderr);
    }

    [Theory]
    [InlineData("2026-07-06 10:00", "不是单独的日期")]
    [InlineData("7月6日", "没有年份")]
    [InlineData("46000", "是一个数字")]
    public void Calendar_dates_are_dates_alone(string value, string reason)
    {
        var (code, _, stderr) = CliRun.WithRules("calendar", "--from", value, "--to", "2026-07-10");
        Assert.Equal(2, code);
        Assert.StartsWith($"错误：--from 的值“{value}”", stderr);
        Assert.Contains(reason, stderr);
    }

    [Fact]
    public void Calendar_dates_take_any_date_spelling()
    {
        var (code, stdout, stderr) = CliRun.WithRules("calendar", "--from", "2026年7月6日", "--to", "２０２６/７/７");
        Assert.True(code == 0, stderr);
        Assert.Equal("date,kind,provisional\n2026-07-06,workday,false\n2026-07-07,workday,false\n", stdout);
    }
}
