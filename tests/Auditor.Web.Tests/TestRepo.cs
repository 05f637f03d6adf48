namespace Auditor.Web.Tests;

/// <summary>The repository's folders the tests read (rules, fixtures), and scratch folders.</summary>
internal static class TestRepo
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string Huangchuan(string file) => Path.Combine(Root, "fixtures", "huangchuan", file);

    public const string Q3Ledger = "潢川县2026年第三季度政务舆情处置台账.xlsx";

    /// <summary>Where the tests leave what a person reviews (screenshots): artifacts/web-tests, ignored by git.</summary>
    public static string Artifacts(string name)
    {
        var dir = Path.Combine(Root, "artifacts", "web-tests", name);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string TempDir(string name) => Directory.CreateTempSubdirectory($"auditor-web-{name}-").FullName;

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Auditor.sln"))) return d.FullName;
        throw new InvalidOperationException("Auditor.sln not found");
    }
}
