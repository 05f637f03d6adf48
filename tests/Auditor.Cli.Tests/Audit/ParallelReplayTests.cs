using Auditor.Cli.Tests.Fixtures;
using Auditor.Cli.Tests.TimeCommands;
using Auditor.Core;
using Auditor.Core.Domain;
using Auditor.Engine;
using NodaTime;

namespace Auditor.Cli.Tests.Audit;

/// <summary>
/// Replay on several threads writes what replay on one thread writes: every output file byte for byte, the findings
/// reaching a sink in the same order, the history store's rows. The ledger has several batches of cases, so batches
/// are read while others are replayed.
/// </summary>
public sealed class ParallelReplayTests : IDisposable
{
    private readonly GeneratedFixture _fixture = new(cases: 5_000, units: 12, seed: 11);
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "auditor-parallel-" + Guid.NewGuid().ToString("N"));

    private (string Out, List<string> Findings) Run(int threads, string? unit = null)
    {
        var name = $"{unit ?? "all"}-{threads}";
        var seen = new List<string>();
        var request = new AuditRequest
        {
            RulesDir = CliRun.Rules,
            Pack = "national",
            Ledgers = [_fixture.LedgerPath],
            UnitsFile = _fixture.UnitsPath,
            Period = AuditPeriod.Parse("2026Q3"),
            AsOf = new LocalDateTime(2026, 10, 15, 0, 0).InZoneLeniently(AuditorZones.Default).ToInstant(),
            Zone = AuditorZones.Default,
            OutDir = Path.Combine(_scratch, name),
            HistoryPath = unit is null ? Path.Combine(_scratch, name + ".db") : null,
            SelfCheckUnit = unit,
            Findings = FindingsFormatNames.Parse("csv,parquet,xlsx,json"),
            ReplayThreads = threads,
        };
        var result = AuditEngine.Run(request, new AuditHooks { Findings = f => seen.Add($"{f.CaseId}|{f.RuleId}|{f.Verdict}|{f.Evidence}") });
        return (result.OutputFolder, seen);
    }

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    private static void AssertSameFiles(string expected, string actual)
    {
        var a = Files(expected);
        var b = Files(actual);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (name, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[name]), $"{name} differs between one thread and three");
    }

    [Fact]
    public void An_audit_replayed_on_three_threads_writes_the_same_bytes_as_on_one()
    {
        var one = Run(1);
        var three = Run(3);
        Assert.True(one.Findings.Count > 5_000, $"{one.Findings.Count} findings: the ledger should span several batches");
        Assert.Equal(one.Findings, three.Findings);
        AssertSameFiles(one.Out, three.Out);
        Assert.True(File.ReadAllBytes(Path.Combine(_scratch, "all-1.db")).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_scratch, "all-3.db"))),
            "the history stores differ");
    }

    [Fact]
    public void A_self_check_replayed_on_three_threads_writes_the_same_bytes_as_on_one()
    {
        var unit = File.ReadLines(_fixture.UnitsPath).Skip(2).First().Split(',')[0];
        var one = Run(1, unit);
        var three = Run(3, unit);
        Assert.NotEmpty(one.Findings);
        Assert.Equal(one.Findings, three.Findings);
        AssertSameFiles(one.Out, three.Out);
    }

    public void Dispose()
    {
        _fixture.Dispose();
        try { Directory.Delete(_scratch, recursive: true); } catch (IOException) { }
    }
}
