using Auditor.Engine;
using Spectre.Console;

namespace Auditor.Cli.Audit;

/// <summary>
/// A run's progress as a live display on a terminal: one row per stage with its time; the replay's row shows cases
/// read (and those of the period) and the rate as they grow, the scorecards' row a bar. Reports may come from several
/// threads; Spectre redraws on its own timer.
/// </summary>
internal sealed class LiveProgress(ProgressContext ctx, Func<TimeSpan> clock) : IProgress<AuditProgress>
{
    private readonly Lock _gate = new();
    private readonly ReplayMeter _meter = new(clock);
    private ProgressTask? _task;
    private AuditProgress _stage;

    public void Report(AuditProgress p)
    {
        lock (_gate)
        {
            _meter.Take(p);
            if (_task is null || _stage.Stage != p.Stage)
            {
                CompleteCurrent();
                _stage = p;
                _task = ctx.AddTask(Markup.Escape(p.Text), autoStart: true, maxValue: Math.Max(1, p.Total));
                _task.IsIndeterminate = p.Total == 0;
            }
            if (p.Stage == AuditStage.Replaying) _task.Description = Markup.Escape(StageText);
            else if (p.Total > 0) _task.Value = Math.Max(_task.Value, p.Done); // scorecards finish out of order
        }
    }

    /// <summary>Marks the last stage done (the run is over).</summary>
    public void Complete()
    {
        lock (_gate) CompleteCurrent();
    }

    /// <summary>
    /// The run ended in an error during the current stage: its row says 未完成 and stops, instead of spinning on as if
    /// the run were still in that stage while the error is printed below it.
    /// </summary>
    public void Fail()
    {
        lock (_gate)
        {
            if (_task is null) return;
            _task.Description = $"[red]{Markup.Escape(StageText + "（未完成）")}[/]";
            _task.IsIndeterminate = false;
            _task.StopTask();
            // drawn now: the display is not redrawn once the error leaves it
            ctx.Refresh();
        }
    }

    /// <summary>The current stage's row text: the replay's with its live figures (cases read, rate).</summary>
    private string StageText => _stage.Stage == AuditStage.Replaying ? $"{_stage.Text}：{_meter.Figures.Live}" : _stage.Text;

    private void CompleteCurrent()
    {
        if (_task is null) return;
        if (_stage.Stage == AuditStage.Replaying) _task.Description = Markup.Escape(StageText);
        _task.IsIndeterminate = false;
        _task.Value = _task.MaxValue;
        _task.StopTask();
    }
}
