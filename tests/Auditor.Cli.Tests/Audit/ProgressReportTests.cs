using System.Text.RegularExpressions;
using Auditor.Cli.Audit;
using Auditor.Cli.Tests.TimeCommands;
using Auditor.Engine;

namespace Auditor.Cli.Tests.Audit;

/// <summary>
/// Progress of a run: the figures the live display and the stage lines show (counts, rate, time of the replay), and
/// the plain lines a redirected stderr gets instead of the live display.
/// </summary>
public sealed class ProgressReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("auditor-progress-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class Clock
    {
        public TimeSpan Now;
        public TimeSpan Read() => Now;
    }

    private static AuditProgress At(AuditStage stage, int read = 0, int cases = 0, long findings = 0, int done = 0, int total = 0) =>
        new(stage, stage.ToString(), cases, findings, done, total, read);

    [Fact]
    public void Rate_is_cases_read_per_second_and_the_text_shows_every_count()
    {
        var f = new ReplayFigures(Read: 30_000, Cases: 29_000, Findings: 87_000, Elapsed: TimeSpan.FromSeconds(12));
        Assert.Equal(2_500, f.Rate, 6);
        Assert.Equal("已读 30,000 件（期内 29,000 件），结论 87,000 项，2,500 件/秒", f.Text);
        Assert.Equal("已读 30,000 件（期内 29,000 件），结论 87,000 项，2,500 件/秒，用时 12.0 秒", f.Summary);
        // the live row: the period's count only when it differs from the cases read
        Assert.Equal("已读 30,000 件（期内 29,000 件），2,500 件/秒", f.Live);
        Assert.Equal("已读 30,000 件，2,500 件/秒", (f with { Cases = 30_000 }).Live);
        // no time yet: no rate, not a division by zero
        Assert.Equal(0, new ReplayFigures(1_000, 1_000, 3_000, TimeSpan.Zero).Rate);
        Assert.Equal(333.3, new ReplayFigures(1_000, 900, 2_000, TimeSpan.FromSeconds(3)).Rate, 1);
    }

    [Fact]
    public void The_replay_is_timed_from_its_first_report_to_the_next_stage_with_the_latest_counts()
    {
        var clock = new Clock();
        var meter = new ReplayMeter(clock.Read);
        meter.Take(At(AuditStage.ReadingRules));
        clock.Now = TimeSpan.FromSeconds(2);
        Assert.Equal(new ReplayFigures(0, 0, 0, TimeSpan.Zero), meter.Figures);

        meter.Take(At(AuditStage.Replaying));
        clock.Now = TimeSpan.FromSeconds(4);
        meter.Take(At(AuditStage.Replaying, read: 8_000, cases: 7_000, findings: 20_000));
        // mid-replay: 8,000 read in the 2 s since the replay began
        Assert.Equal(new ReplayFigures(8_000, 7_000, 20_000, TimeSpan.FromSeconds(2)), meter.Figures);
        Assert.Equal(4_000, meter.Figures.Rate);

        clock.Now = TimeSpan.FromSeconds(6);
        meter.Take(At(AuditStage.Scoring, read: 10_000, cases: 9_000, findings: 25_000)); // the next stage carries the final counts
        clock.Now = TimeSpan.FromSeconds(60);
        meter.Take(At(AuditStage.WritingScorecards, read: 10_000, cases: 9_000, findings: 25_000, done: 3, total: 9));
        // over: 10,000 in the 4 s from 2 s to 6 s, however long the rest of the run takes
        Assert.Equal(new ReplayFigures(10_000, 9_000, 25_000, TimeSpan.FromSeconds(4)), meter.Figures);
        Assert.Equal(2_500, meter.Figures.Rate);
    }

    [Fact]
    public void Stage_lines_write_each_stage_once_and_the_replay_figures_when_it_ends()
    {
        var clock = new Clock();
        var w = new StringWriter();
        var lines = new StageLines(w, clock.Read);
        lines.Report(At(AuditStage.ReadingRules));
        clock.Now = TimeSpan.FromSeconds(1);
        lines.Report(At(AuditStage.Replaying));
        for (int i = 1; i <= 5; i++)
        {
            clock.Now = TimeSpan.FromSeconds(1 + i);
            lines.Report(At(AuditStage.Replaying, read: i * 1_000, cases: i * 1_000, findings: i * 2_000));
        }
        clock.Now = TimeSpan.FromSeconds(11);
        lines.Report(At(AuditStage.Scoring, read: 6_000, cases: 5_500, findings: 12_000));
        Assert.Equal(
        [
            "… [   0.0s] ReadingRules",
            "… [   1.0s] Replaying",
            "… [  11.0s] 复盘完毕：已读 6,000 件（期内 5,500 件），结论 12,000 项，600 件/秒，用时 10.0 秒",
            "… [  11.0s] Scoring",
        ], w.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_redirected_run_writes_plain_stage_lines_with_the_replay_figures()
    {
        // CliRun hands the command a StringWriter for stderr, as a redirected stderr is: no live display
        var (code, stdout, stderr) = CliRun.WithRules(
            "audit", "--pack", "huangchuan", "--period", "2026Q3", "--as-of", "2026-10-15 00:00",
            "--logs", Path.Combine(CliRun.Root, "fixtures", "huangchuan", "潢川县2026年第三季度政务舆情处置台账.xlsx"),
            "--units", Path.Combine(CliRun.Root, "fixtures", "huangchuan", "units.csv"),
            "--out", Path.Combine(_dir, "out"), "--history", Path.Combine(_dir, "auditor.db"));
        Assert.True(code == 0, stderr);
        Assert.DoesNotContain('\u001b', stderr); // no terminal control sequences in a log
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.All(lines, l => Assert.Matches(@"^… \[ *\d+\.\ds\] \S", l));
        var texts = lines.Select(l => l[(l.IndexOf("] ", StringComparison.Ordinal) + 2)..]).ToList();
        Assert.Equal(["读取规则包与工作日历", "读取单位名录", "读取台账并逐案复盘"], texts.Take(3));
        Assert.Equal("计算得分与处理名单", texts[4]);
        Assert.Equal("记入历史库", texts[^1]);
        Assert.Equal(texts.Count, texts.Distinct().Count());
        // the fixture's Q3 has 80 cases (fixtures/README.md); the summary on stdout says the same
        var m = Regex.Match(texts[3], @"^复盘完毕：已读 (\d+) 件（期内 80 件），结论 [\d,]+ 项，[\d,]+ 件/秒，用时 \d+\.\d 秒$");
        Assert.True(m.Success, texts[3]);
        Assert.True(int.Parse(m.Groups[1].Value) >= 80);
        Assert.Contains("案件：80 件", stdout);
    }

    [Fact]
    public void On_a_terminal_a_failed_run_leaves_its_stage_marked_unfinished_and_earlier_stages_done()
    {
        var output = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(output),
            Ansi = Spectre.Console.AnsiSupport.Yes,
            ColorSystem = Spectre.Console.ColorSystemSupport.NoColors,
            Interactive = Spectre.Console.InteractionSupport.Yes,
        });
        var error = Assert.Throws<Auditor.Core.InputException>(() => ProgressDisplay.RunLive<int>(console, progress =>
        {
            progress.Report(new AuditProgress(AuditStage.ReadingRules, "读取规则包与工作日历", 0, 0, 0, 0));
            progress.Report(new AuditProgress(AuditStage.Replaying, "读取台账并逐案复盘", 0, 0, 0, 0));
            throw new Auditor.Core.InputException("缺少必需的列“舆情编号”");
        }));
        Assert.Contains("舆情编号", error.Message);
        var text = Regex.Replace(output.ToString(), "\u001b\\[[0-9;?]*[A-Za-z]", "");
        Assert.Contains("读取台账并逐案复盘：已读 0 件，0 件/秒（未完成）", text);
        Assert.DoesNotContain("读取规则包与工作日历（未完成）", text);

        // and a run that ends well marks nothing unfinished
        var fine = new StringWriter();
        var ok = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(fine),
            Ansi = Spectre.Console.AnsiSupport.Yes,
            Interactive = Spectre.Console.InteractionSupport.Yes,
        });
        Assert.Equal(7, ProgressDisplay.RunLive(ok, progress =>
        {
            progress.Report(new AuditProgress(AuditStage.ReadingRules, "读取规则包与工作日历", 0, 0, 0, 0));
            return 7;
        }));
        Assert.DoesNotContain("未完成", fine.ToString());
    }
}
