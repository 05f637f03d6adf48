using Auditor.Core.Domain;

namespace Auditor.Cli.Fixtures;

/// <summary>Writes a generated test ledger (ledger.csv or ledger.xlsx) and its unit registry (units.csv) into a folder.</summary>
internal static class FixtureGenerator
{
    public const string LedgerFile = "ledger.csv", UnitsFile = "units.csv";

    /// <summary>The ledger's file name for a format ("csv" or "xlsx").</summary>
    public static string LedgerFileFor(string format) => format == "xlsx" ? "ledger.xlsx" : LedgerFile;

    public static void Generate(string outDir, long cases, int units, AuditPeriod period, ulong seed, string format = "csv")
    {
        Directory.CreateDirectory(outDir);
        var registry = FixtureUnitRegistry.Generate(units, seed);
        FixtureUnitRegistry.Write(Path.Combine(outDir, UnitsFile), registry);
        using var ledger = new FileStream(Path.Combine(outDir, LedgerFileFor(format)), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var writer = new FixtureLedgerWriter(registry, period, seed);
        if (format == "xlsx") writer.WriteXlsx(ledger, cases);
        else writer.Write(ledger, cases);
    }
}
