namespace Auditor.Reports.Tests;

/// <summary>
/// Tests that render many pictures or whole document sets (the scale test, the picture tests, LibreOffice rendering) run
/// one after another rather than beside each other: on a 2-core machine they would otherwise time each other out.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HeavyTests
{
    public const string Name = "heavy rendering";
}
