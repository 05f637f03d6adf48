using Auditor.Engine;

namespace Auditor.Cli.Audit;

/// <summary>
/// A run's progress as lines on stderr: one line as each stage begins, with the time since the run started (one
/// clock through every stage). Written at once, not posted to the thread pool as Progress&lt;T&gt; would.
/// </summary>
internal sealed class StageLines(TextWriter w) : IProgress<AuditProgress>
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private AuditStage? _last;

    public void Report(AuditProgress value)
    {
        lock (_gate)
        {
            if (_last == value.Stage) return; // counts within a stage are for live displays
            _last = value.Stage;
            w.WriteLine($"… [{_clock.Elapsed.TotalSeconds,6:0.0}s] {value.Text}");
        }
    }
}
