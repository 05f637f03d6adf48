namespace Auditor.Ingest.Tests;

public class SmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.NotNull(typeof(Auditor.Ingest.IngestMarker));
}
