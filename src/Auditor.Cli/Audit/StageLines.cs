using Auditor.Engine;

namespace Auditor.Cli.Audit;

/// <summary>
/// A run's progress as plain lines on stderr, for logs and redirected output: one line as each stage begins, with the
/// time since the run started (one clock through every stage), and one line with the replay's figures when it ends.
/// Written at once, not posted to the thread pool as Progress&lt;T&gt; would.
/// </summary>
internal sealed class StageLines : IProgress<AuditProgress>
{
    private readonly TextWriter _w;
    private readonly Func<TimeSpan> _clock;
    private readonly ReplayMeter _meter;
    private readonly Lock _gate = new();
    private AuditStage? _last;

    public StageLines(TextWriter w, Func<TimeSpan>? clock = null)
    {
        _w = w;
        if (clock is null)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            clock = () => watch.Elapsed;
        }
        _clock = clock;
        _meter = new ReplayMeter(clock);
    }

    public void Report(AuditProgress value)
    {
        lock (_gate)
        {
            _meter.Take(value);
            if (_last == value.Stage) return; // counts within a stage are for live displays
            if (_last == AuditStage.Replaying) Line($"复盘完毕：{_meter.Figures.Summary}");
            _last = value.Stage;
            Line(value.Text);
        }
    }

    private void Line(string text) => _w.WriteLine($"… [{_clock().TotalSeconds,6:0.0}s] {text}");
}
