namespace Auditor.Cli.Tests.TimeCommands;

/// <summary>One `--rules DIR` on every command that reads packs or calendars; a folder without calendars/ is refused by name.</summary>
public sealed class RulesOptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("auditor-rules-opt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string[]> Commands => new()
    {
        new[] { "deadline", "--start", "2026-09-29 09:00", "--window", "3d" },
        new[] { "calendar", "--from", "2026-01-01", "--to", "2026-01-02" },
        new[] { "audit", "--pack", "national", "--logs", "{ledger}", "--units", "{units}", "--period", "2026Q3", "--as-of", "2026-10-15 00:00" },
        new[] { "selfcheck", "--unit", "x", "--pack", "national", "--logs", "{ledger}", "--units", "{units}", "--period", "2026Q3", "--as-of", "2026-10-15 00:00" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_folder_without_calendars_is_refused_by_name(string[] args)
    {
        var packsOnly = Path.Combine(_dir, "packs-only");
        Directory.CreateDirectory(packsOnly);
        File.Copy(Path.Combine(CliRun.Rules, "national.yaml"), Path.Combine(packsOnly, "national.yaml"));
        var fixtures = Path.Combine(CliRun.Root, "fixtures", "huangchuan");
        var ledger = Directory.GetFiles(fixtures, "*.xlsx").First();
        var filled = args.Select(a => a.Replace("{ledger}", ledger).Replace("{units}", Path.Combine(fixtures, "units.csv"))).ToArray();
        var (code, stdout, stderr) = CliRun.Run([.. filled, "--rules", packsOnly]);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("calendars/", stderr);
        Assert.Contains(packsOnly, stderr);
    }

    [Fact]
    public void Rules_commands_read_packs_only_and_take_such_a_folder()
    {
        var packsOnly = Path.Combine(_dir, "packs");
        Directory.CreateDirectory(Path.Combine(packsOnly, "sources"));
        File.Copy(Path.Combine(CliRun.Rules, "national.yaml"), Path.Combine(packsOnly, "national.yaml"));
        foreach (var f in Directory.GetFiles(Path.Combine(CliRun.Rules, "sources")))
            File.Copy(f, Path.Combine(packsOnly, "sources", Path.GetFileName(f)));
        var (code, stdout, stderr) = CliRun.Run("rules", "list", "--rules", packsOnly);
        Assert.True(code == 0, stderr);
        Assert.Contains("national", stdout);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_a_usage_error()
    {
        var (code, _, stderr) = CliRun.Run("calendar", "--from", "2026-01-01", "--to", "2026-01-02", "--rules", Path.Combine(_dir, "nope"));
        Assert.Equal(2, code);
        Assert.Contains("不存在", stderr);
    }
}
