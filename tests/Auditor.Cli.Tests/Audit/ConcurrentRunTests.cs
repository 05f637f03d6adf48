using System.Diagnostics;
using Auditor.Cli.Tests.Fixtures;
using Auditor.Cli.Tests.TimeCommands;

namespace Auditor.Cli.Tests.Audit;

/// <summary>
/// Two `auditor` processes at once. The first one is started on a generated ledger large enough that it is still
/// replaying cases when the second one starts (it has taken its locks by the time it prints the replay line). A
/// second run on the same output folder, or on the same history store, is refused with exit 3 and leaves the first
/// one's work alone; a run killed with SIGKILL leaves its staging folder, which the next run removes.
/// </summary>
public sealed class ConcurrentRunTests : IDisposable
{
    private const string Replaying = "读取台账并逐案复盘";
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "auditor.dll");

    private readonly GeneratedFixture _fixture = new(60_000, units: 40, seed: 11);
    private readonly string _dir = Directory.CreateTempSubdirectory("auditor-concurrent-").FullName;

    public void Dispose()
    {
        _fixture.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private string OutDir => Path.Combine(_dir, "out");
    private string History => Path.Combine(_dir, "auditor.db");

    /// <summary>An audit started in its own process and past the point where it holds its locks.</summary>
    private Run StartedAndReplaying(string outDir, string history)
    {
        var run = new Run(AuditArgs(outDir, history));
        run.WaitUntilReplaying();
        return run;
    }

    private string[] AuditArgs(string outDir, string history) =>
        ["audit", "--pack", "national", "--period", "2026Q3", "--as-of", "2026-10-15 00:00", "--logs", _fixture.LedgerPath,
         "--units", _fixture.UnitsPath, "--out", outDir, "--history", history, "--rules", CliRun.Rules];

    /// <summary>A running `dotnet auditor.dll …` whose stderr is collected; <see cref="Replaying"/> completes when it prints the replay line.</summary>
    private sealed class Run : IDisposable
    {
        private readonly Process _p;
        private readonly TaskCompletionSource _replaying = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly System.Text.StringBuilder _err = new();

        public Run(string[] args)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            info.ArgumentList.Add(Program);
            foreach (var a in args) info.ArgumentList.Add(a);
            _p = new Process { StartInfo = info };
            _p.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null) return;
                lock (_err) _err.AppendLine(e.Data);
                if (e.Data.Contains(Replaying)) _replaying.TrySetResult();
            };
            _p.OutputDataReceived += (_, _) => { };
            _p.Start();
            _p.BeginErrorReadLine();
            _p.BeginOutputReadLine();
        }

        public int Id => _p.Id;

        public void WaitUntilReplaying()
        {
            var done = Task.WhenAny(_replaying.Task, _p.WaitForExitAsync()).Wait(TimeSpan.FromSeconds(60));
            Assert.True(done && _replaying.Task.IsCompleted, "the first run never reached the replay: " + Err);
            Assert.False(_p.HasExited, "the first run ended before the second could start: " + Err);
        }

        public int Exit()
        {
            Assert.True(_p.WaitForExit(TimeSpan.FromSeconds(120)), "the run did not end");
            _p.WaitForExit(); // the output readers drain
            return _p.ExitCode;
        }

        public string Err { get { lock (_err) return _err.ToString(); } }

        /// <summary>Ctrl+C, as a terminal sends it.</summary>
        public void Interrupt()
        {
            using var kill = Process.Start("kill", ["-INT", _p.Id.ToString()]);
            kill.WaitForExit();
        }

        public void Kill()
        {
            _p.Kill(entireProcessTree: true); // SIGKILL: no cleanup of its own
            _p.WaitForExit();
        }

        public void Dispose()
        {
            if (!_p.HasExited) _p.Kill(entireProcessTree: true);
            _p.Dispose();
        }
    }

    [Fact]
    public void A_second_run_on_the_same_output_folder_is_refused_and_the_first_completes()
    {
        using var first = StartedAndReplaying(OutDir, Path.Combine(_dir, "a.db"));
        using var second = new Run(AuditArgs(OutDir, Path.Combine(_dir, "b.db")));
        Assert.Equal(3, second.Exit());
        Assert.Contains($"错误：输出目录 {OutDir} 正被另一次运行使用", second.Err);
        Assert.DoesNotContain("   at ", second.Err);
        Assert.Equal(0, first.Exit());
        Assert.True(File.Exists(Path.Combine(OutDir, "manifest.json")));
        Assert.False(File.Exists(Path.Combine(_dir, "b.db")));
        Assert.Equal(["a.db", "out"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order()); // no lock file left
    }

    [Fact]
    public void A_second_audit_on_the_same_history_store_is_refused_and_the_first_completes()
    {
        using var first = StartedAndReplaying(Path.Combine(_dir, "a"), History);
        using var second = new Run(AuditArgs(Path.Combine(_dir, "b"), History));
        Assert.Equal(3, second.Exit());
        Assert.Contains($"错误：历史库 {History} 正被另一次审计使用", second.Err);
        Assert.Equal(0, first.Exit());
        Assert.False(Directory.Exists(Path.Combine(_dir, "b")));
        var recorded = CliRun.Run("history", "--history", History, "--format", "csv");
        Assert.Equal(0, recorded.Code);
        Assert.Contains("2026Q3", recorded.Out);
    }

    [Fact]
    public void The_staging_folder_of_a_killed_run_is_removed_by_the_next_run()
    {
        using (var killed = StartedAndReplaying(OutDir, History))
        {
            var staging = Path.Combine(_dir, $".out.staging-{killed.Id}");
            Assert.True(Directory.Exists(staging), "the run writes into its staging folder while it replays");
            killed.Kill();
            Assert.True(Directory.Exists(staging));
        }
        var next = CliRun.Run(AuditArgs(OutDir, History)); // the lock died with the process
        Assert.True(next.Code == 0, next.Err);
        Assert.Equal(["auditor.db", "out"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Ctrl_c_stops_a_run_and_leaves_the_folder_and_the_history_store_as_they_were()
    {
        using (var run = StartedAndReplaying(OutDir, History))
        {
            run.Interrupt();
            Assert.Equal(130, run.Exit());
            Assert.Contains("已中止：输出目录和历史库保持运行前的样子。", run.Err);
            Assert.DoesNotContain("内部错误", run.Err);
        }
        Assert.False(Directory.Exists(OutDir));
        // the store the run created is empty: no period was recorded
        Assert.Contains("还没有记录任何考核期", CliRun.Run("history", "--history", History).Out);
        Assert.Equal(["auditor.db"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }
}
