namespace Auditor.Reports.Tests;

public class SmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.NotNull(typeof(Auditor.Reports.ReportsMarker));
}
