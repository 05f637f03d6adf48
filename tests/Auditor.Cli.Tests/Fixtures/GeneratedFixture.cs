using Auditor.Cli.Fixtures;
using Auditor.Core.Domain;

namespace Auditor.Cli.Tests.Fixtures;

/// <summary>A generated ledger + registry in a temporary folder, read back as plain lines and cells.</summary>
internal sealed class GeneratedFixture : IDisposable
{
    public GeneratedFixture(long cases, int units = 200, string period = "2026Q3", ulong seed = 7)
    {
        Dir = Path.Combine(Path.GetTempPath(), "auditor-fixture-" + Guid.NewGuid().ToString("N"));
        FixtureGenerator.Generate(Dir, cases, units, AuditPeriod.Parse(period), seed);
    }

    public string Dir { get; }

    public string LedgerPath => Path.Combine(Dir, "ledger.csv");

    public string UnitsPath => Path.Combine(Dir, "units.csv");

    public byte[] LedgerBytes => File.ReadAllBytes(LedgerPath);

    public byte[] UnitsBytes => File.ReadAllBytes(UnitsPath);

    /// <summary>Data rows split on commas (the generator writes no quoted cells; a test checks that).</summary>
    public static List<string[]> Rows(string path)
    {
        var lines = File.ReadAllText(path).Split('\n');
        Assert.Equal("", lines[^1]); // file ends with a newline
        return lines.Skip(1).Take(lines.Length - 2).Select(l => l.Split(',')).ToList();
    }

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}
