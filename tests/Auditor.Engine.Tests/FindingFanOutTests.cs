using Auditor.Engine.Output;
using Auditor.Core.Domain;

namespace Auditor.Engine.Tests;

public class FindingFanOutTests
{
    private static Finding F(int i) => new()
    {
        CaseId = $"C-{i:000000}", Unit = "甲镇", RuleId = "r", RuleTitle = "规则", Kind = ObligationKind.Response, Verdict = Verdict.Met,
        Clause = new Citation("s", "一", "引文"), Evidence = "证据", Weight = 1,
    };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(50_001)]
    public void Every_consumer_sees_every_finding_in_order(int n)
    {
        var a = new List<string>();
        var b = new List<string>();
        using (var fan = new FindingFanOut().With("a", f => a.Add(f.CaseId)).With("b", f => b.Add(f.CaseId)))
        {
            for (int i = 0; i < n; i++) fan.Add(F(i));
            fan.Complete();
        }
        var expected = Enumerable.Range(0, n).Select(i => $"C-{i:000000}").ToList();
        Assert.Equal(expected, a);
        Assert.Equal(expected, b);
    }

    [Fact]
    public void A_failing_consumer_stops_the_producer_with_its_own_exception()
    {
        int seen = 0;
        using var fan = new FindingFanOut()
            .With("slow", _ => Interlocked.Increment(ref seen))
            .With("disk", f => { if (f.CaseId == "C-005000") throw new IOException("磁盘已满"); });
        var ex = Assert.Throws<IOException>(() =>
        {
            for (int i = 0; i < 1_000_000; i++) fan.Add(F(i)); // would block forever on a full queue if the failure were lost
            fan.Complete();
        });
        Assert.Equal("磁盘已满", ex.Message);
    }

    [Fact]
    public void An_abandoned_run_stops_the_consumers()
    {
        int handled = 0;
        var fan = new FindingFanOut().With("a", _ => { Thread.Sleep(1); Interlocked.Increment(ref handled); });
        for (int i = 0; i < 10_000; i++) fan.Add(F(i));
        fan.Dispose(); // the producer failed: no Complete; the consumer stops instead of working through ~10 s of queue
        int atDispose = Volatile.Read(ref handled);
        Assert.True(atDispose < 8192, $"the consumer handled {atDispose} of the queued findings before stopping");
        Thread.Sleep(50);
        Assert.Equal(atDispose, Volatile.Read(ref handled)); // and it has stopped
    }
}
