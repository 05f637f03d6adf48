namespace Auditor.Engine.Tests;

/// <summary>The repository's folders the tests read (rules, fixtures), and scratch folders.</summary>
internal static class TestRepo
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>The hand-worked ledger of scripts/bench/tiny (its README works out every verdict).</summary>
    public static string Tiny(string file) => Path.Combine(Root, "scripts", "bench", "tiny", file);

    public static string Fixture(string jurisdiction, string file) => Path.Combine(Root, "fixtures", jurisdiction, file);

    public static string TempDir(string name) => Directory.CreateTempSubdirectory($"auditor-engine-{name}-").FullName;

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Auditor.sln"))) return d.FullName;
        throw new InvalidOperationException("Auditor.sln not found");
    }
}
