namespace Auditor.Cli.Tests;

public class SmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.NotNull(typeof(Auditor.Cli.AuditorCli));
}
