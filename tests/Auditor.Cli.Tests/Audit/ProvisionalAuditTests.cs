using System.Text.Json;
using Auditor.Cli.Tests.Fixtures;
using Auditor.Cli.Tests.TimeCommands;

namespace Auditor.Cli.Tests.Audit;

/// <summary>
/// A generated fourth quarter of 2026 audited in January 2027, before the 2027 notice is on file: the run completes,
/// the findings whose deadlines used 2027 days are marked and counted in one data issue, and the manifest lists 2027.
/// </summary>
public sealed class ProvisionalAuditTests : IDisposable
{
    private readonly GeneratedFixture _fixture = new(3000, units: 40, period: "2026Q4", seed: 20270115);
    private readonly string _out = Directory.CreateTempSubdirectory("auditor-q4-").FullName;

    public void Dispose()
    {
        _fixture.Dispose();
        Directory.Delete(_out, recursive: true);
    }

    private (int Code, string Out, string Err) Audit(string pack, string outDir) => CliRun.WithRules(
        "audit", "--pack", pack, "--period", "2026Q4", "--as-of", "2027-01-15 00:00",
        "--logs", _fixture.LedgerPath, "--units", _fixture.UnitsPath, "--out", outDir, "--history", Path.Combine(_out, pack + ".db"));

    [Fact]
    public void Days_windows_into_2027_are_marked_counted_and_listed()
    {
        var dir = Path.Combine(_out, "zhanggong");
        var (code, stdout, stderr) = Audit("zhanggong", dir);
        Assert.True(code == 0, stderr);
        const string note = "（2027年放假安排尚未收录，按《全国年节及纪念日放假办法》推定）";
        var marked = File.ReadLines(Path.Combine(dir, "findings.csv")).Count(l => l.Contains(note, StringComparison.Ordinal));
        Assert.True(marked > 0);
        var issue = Assert.Single(File.ReadLines(Path.Combine(dir, "data-issues.csv")), l => l.Contains("provisional-calendar", StringComparison.Ordinal));
        Assert.Contains($"{marked} 条判定", issue);
        Assert.StartsWith("rules/calendars,", issue);
        Assert.Contains($"{marked} 条判定", stdout);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        Assert.Equal([2027], manifest.RootElement.GetProperty("provisional_calendar_years").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void Hour_windows_need_no_calendar_and_nothing_is_marked()
    {
        var dir = Path.Combine(_out, "national");
        var (code, _, stderr) = Audit("national", dir);
        Assert.True(code == 0, stderr);
        Assert.DoesNotContain(File.ReadLines(Path.Combine(dir, "data-issues.csv")), l => l.Contains("provisional-calendar", StringComparison.Ordinal));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        Assert.Empty(manifest.RootElement.GetProperty("provisional_calendar_years").EnumerateArray());
    }
}
