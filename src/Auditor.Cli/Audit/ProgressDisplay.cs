using Auditor.Engine;
using Spectre.Console;

namespace Auditor.Cli.Audit;

/// <summary>
/// Where a run's progress goes: a live display when stderr is a terminal, plain stage lines when it is redirected
/// (a file, a pipe, a CI log, a test's writer) so that logs stay readable.
/// </summary>
internal static class ProgressDisplay
{
    public static T Run<T>(TextWriter stderr, Func<IProgress<AuditProgress>, T> run)
    {
        if (!IsTerminal(stderr)) return run(new StageLines(stderr));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stderr),
            Ansi = AnsiSupport.Detect,
            // stderr is a terminal; stdout may still be redirected (the summary to a file) without ending the display
            Interactive = InteractionSupport.Yes,
        });
        if (!console.Profile.Capabilities.Ansi) return run(new StageLines(stderr)); // TERM=dumb and the like
        return RunLive(console, run);
    }

    /// <summary>The live display on <paramref name="console"/>; a run that fails leaves its stage marked 未完成 before the error is printed.</summary>
    internal static T RunLive<T>(IAnsiConsole console, Func<IProgress<AuditProgress>, T> run)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        return console.Progress()
            .AutoClear(false)
            // a short bar: most stages have no count, and the rows must stay on one line of an 80-column terminal
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 12 }, new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var live = new LiveProgress(ctx, () => clock.Elapsed);
                T result;
                try
                {
                    result = run(live);
                }
                catch
                {
                    live.Fail();
                    throw;
                }
                live.Complete();
                return result;
            });
    }

    /// <summary>The process's own stderr, not redirected: a writer handed in (tests) or a redirected stream gets lines.</summary>
    private static bool IsTerminal(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
}
