namespace Auditor.Cli.Fixtures;

/// <summary>One row of a generated unit registry (单位名录).</summary>
internal sealed record FixtureUnit(string Code, string Name, string Alias, string Type, string Parent, string Head);
