namespace Auditor.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.NotNull(typeof(Auditor.Core.Domain.Case));
}
