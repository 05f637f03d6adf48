using System.Collections.Concurrent;
using Auditor.Engine;

namespace Auditor.Web.Workspace;

/// <summary>
/// Runs the engine in the background, at most <c>maxConcurrent</c> runs replaying at once (the others wait their
/// turn: twenty units checking themselves at the same moment do not hold twenty ledgers in memory), and keeps the
/// latest <see cref="AuditProgress"/> of each live run for the status pages. Stopping the server cancels the runs:
/// the engine then leaves the output folders and the history store as they were.
/// </summary>
public sealed class RunQueue(int maxConcurrent, CancellationToken stopping)
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, maxConcurrent));
    private readonly ConcurrentDictionary<string, LiveRun> _live = new();

    /// <summary>A live run: waiting for a slot, or replaying with its latest progress.</summary>
    public sealed class LiveRun : IProgress<AuditProgress>
    {
        private readonly Lock _gate = new();
        private AuditProgress? _last;
        public bool Waiting { get; internal set; } = true;
        public AuditProgress? Last { get { lock (_gate) return _last; } }
        public Task Completion { get; internal set; } = Task.CompletedTask;
        public void Report(AuditProgress value) { lock (_gate) _last = value; }
    }

    public LiveRun? Live(string key) => _live.GetValueOrDefault(key);

    /// <summary>Whether any live run's key starts with <paramref name="prefix"/> (any office audit: they share the history store).</summary>
    public bool AnyLive(string prefix) => _live.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Starts <paramref name="work"/> when a slot is free; <paramref name="finished"/> gets null or the exception it ended with.</summary>
    public void Start(string key, Action<LiveRun, CancellationToken> work, Action<Exception?> finished)
    {
        var live = new LiveRun();
        if (!_live.TryAdd(key, live)) throw WorkspaceException.Conflict("这次运行已在进行中。");
        live.Completion = Task.Run(async () =>
        {
            Exception? error = null;
            try
            {
                await _slots.WaitAsync(stopping);
                try
                {
                    live.Waiting = false;
                    work(live, stopping);
                }
                finally { _slots.Release(); }
            }
            catch (Exception ex) { error = ex; }
            try { finished(error); }
            finally { _live.TryRemove(key, out _); }
        });
    }

    /// <summary>Every live run's completion (tests and shutdown wait on them).</summary>
    public Task All() => Task.WhenAll(_live.Values.Select(l => l.Completion));
}
