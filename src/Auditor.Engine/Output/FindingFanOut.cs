using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Auditor.Core.Domain;

namespace Auditor.Engine.Output;

/// <summary>
/// Hands every finding of an audit to several consumers (findings.csv/json, findings.xlsx, the history store), each on
/// its own thread, in batches and in replay order, so that writing overlaps with reading and replaying. Each consumer
/// sees the findings in the order they were added, so its file is the same bytes as a single-threaded run. Queues are
/// bounded: memory stays flat however many findings there are. A consumer that fails stops the producer at its next
/// <see cref="Add"/> (or at <see cref="Complete"/>) with the consumer's own exception.
/// </summary>
public sealed class FindingFanOut : IDisposable
{
    private const int BatchSize = 4096;
    private const int QueuedBatches = 8;

    private sealed class Consumer(string name, Action<Finding> handle)
    {
        public readonly BlockingCollection<Finding[]> Queue = new(QueuedBatches);
        public readonly string Name = name;
        public readonly Action<Finding> Handle = handle;
        public Thread? Thread;
    }

    private readonly List<Consumer> _consumers = [];
    private readonly CancellationTokenSource _failed = new();
    private ExceptionDispatchInfo? _error;
    private Finding[] _batch = new Finding[BatchSize];
    private int _count;
    private bool _started, _completed;

    /// <summary>Adds a consumer; all consumers must be added before the first finding.</summary>
    public FindingFanOut With(string name, Action<Finding> handle)
    {
        if (_started) throw new InvalidOperationException("consumers must be added before the first finding");
        _consumers.Add(new Consumer(name, handle));
        return this;
    }

    public void Add(Finding f)
    {
        if (!_started) Start();
        _batch[_count++] = f;
        if (_count == BatchSize) Flush();
    }

    /// <summary>Waits until every consumer has handled every finding; rethrows the first consumer failure.</summary>
    public void Complete()
    {
        if (!_started) Start();
        if (_count > 0) Flush();
        _completed = true;
        foreach (var c in _consumers) c.Queue.CompleteAdding();
        foreach (var c in _consumers) c.Thread!.Join();
        _error?.Throw();
    }

    private void Start()
    {
        _started = true;
        foreach (var c in _consumers)
        {
            c.Thread = new Thread(() => Drain(c)) { Name = c.Name, IsBackground = true };
            c.Thread.Start();
        }
    }

    private void Flush()
    {
        var batch = _count == BatchSize ? _batch : _batch[.._count];
        try
        {
            foreach (var c in _consumers) c.Queue.Add(batch, _failed.Token);
        }
        catch (OperationCanceledException)
        {
            _error!.Throw();
        }
        _batch = new Finding[BatchSize];
        _count = 0;
    }

    private void Drain(Consumer c)
    {
        try
        {
            var token = _failed.Token;
            foreach (var batch in c.Queue.GetConsumingEnumerable(token))
                foreach (var f in batch)
                {
                    if (token.IsCancellationRequested) return;
                    c.Handle(f);
                }
        }
        catch (OperationCanceledException) when (_failed.IsCancellationRequested)
        {
            // another consumer failed (or the run was abandoned): stop quietly
        }
        catch (Exception ex)
        {
            Interlocked.CompareExchange(ref _error, ExceptionDispatchInfo.Capture(ex), null);
            _failed.Cancel();
        }
    }

    /// <summary>On an abandoned run (the producer failed): stops the consumers without waiting for their queues.</summary>
    public void Dispose()
    {
        if (_started && !_completed)
        {
            _failed.Cancel();
            foreach (var c in _consumers) c.Queue.CompleteAdding();
            foreach (var c in _consumers) c.Thread?.Join();
        }
        foreach (var c in _consumers) c.Queue.Dispose();
        _failed.Dispose();
    }
}
