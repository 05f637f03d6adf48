using System.Text;
using Auditor.Core;
using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Engine.Tests;

/// <summary>004 三（四）: the contents of the columns xuchang marks internal are handed to the writers to keep out of public documents.</summary>
public class InternalFieldsTests
{
    [Fact]
    public void Xuchang_internal_columns_are_collected_for_masking()
    {
        var dir = Path.Combine(TestRepo.Root, "fixtures", "xuchang");
        var ledger = Directory.GetFiles(dir, "*.csv").Single(f => !f.EndsWith("units.csv"));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var lines = File.ReadAllLines(ledger, Encoding.GetEncoding("GB18030"));
        int headerLine = Array.FindIndex(lines, l => l.Contains("舆情简报内容"));
        int col = lines[headerLine].Split(',').ToList().IndexOf("舆情简报内容");
        var expected = lines.Skip(headerLine + 1).Select(l => l.Split(',')).Where(c => c.Length > col && c[col].Trim().Length > 0)
            .Select(c => c[col].Trim()).First();

        var outDir = TestRepo.TempDir("internal");
        var outcome = AuditEngine.Run(new AuditRequest
        {
            RulesDir = TestRepo.Rules,
            Pack = "xuchang",
            Ledgers = [ledger],
            UnitsFile = Path.Combine(dir, "units.csv"),
            Period = AuditPeriod.Parse("2026Q3"),
            AsOf = Instant.FromUtc(2026, 10, 14, 16, 0),
            Zone = AuditorZones.Default,
            OutDir = outDir,
        }).Outcome;

        Assert.Contains(expected, outcome.InternalTexts);
        Directory.Delete(outDir, recursive: true);
    }
}
