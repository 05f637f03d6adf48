using Auditor.Core.Domain;

namespace Auditor.Cli.Fixtures;

/// <summary>Writes a generated test ledger (ledger.csv) and its unit registry (units.csv) into a folder.</summary>
internal static class FixtureGenerator
{
    public const string LedgerFile = "ledger.csv", UnitsFile = "units.csv";

    public static void Generate(string outDir, long cases, int units, AuditPeriod period, ulong seed)
    {
        Directory.CreateDirectory(outDir);
        var registry = FixtureUnitRegistry.Generate(units, seed);
        FixtureUnitRegistry.Write(Path.Combine(outDir, UnitsFile), registry);
        using var ledger = new FileStream(Path.Combine(outDir, LedgerFile), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        new FixtureLedgerWriter(registry, period, seed).Write(ledger, cases);
    }
}
