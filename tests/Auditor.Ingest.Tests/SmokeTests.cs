namespace Auditor.Ingest.Tests;

public class SmokeTests
{
    [Fact]
    public void Assembly_exposes_the_loader() => Assert.Equal("Auditor.Ingest", typeof(LedgerLoader).Assembly.GetName().Name);
}
