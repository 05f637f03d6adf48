namespace Auditor.Engine.Tests;

/// <summary>The repository's folders the tests read (rules, fixtures), and scratch folders.</summary>
internal static class TestRepo
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>The small ledger of scripts/bench/tiny (its README gives the facts of every case).</summary>
    public static string Tiny(string file) => Path.Combine(Root, "scripts", "bench", "tiny", file);

    public static string TempDir(string name) => Directory.CreateTempSubdirectory($"auditor-engine-{name}-").FullName;

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Auditor.sln"))) return d.FullName;
        throw new InvalidOperationException("Auditor.sln not found");
    }
}

/// <summary>Tests that work in a scratch folder of their own, removed afterwards.</summary>
public abstract class ScratchFolder(string name) : IDisposable
{
    protected string Scratch { get; } = TestRepo.TempDir(name);

    /// <summary>A path in the scratch folder.</summary>
    protected string At(string relative) => Path.Combine(Scratch, relative);

    public void Dispose()
    {
        Directory.Delete(Scratch, recursive: true);
        GC.SuppressFinalize(this);
    }
}
