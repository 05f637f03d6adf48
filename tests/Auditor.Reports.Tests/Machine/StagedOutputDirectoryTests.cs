using Auditor.Reports.Machine;

namespace Auditor.Reports.Tests.Machine;

public class StagedOutputDirectoryTests
{
    [Fact]
    public void A_failed_run_leaves_the_previous_reports_byte_for_byte()
    {
        var root = Directory.CreateTempSubdirectory("staged").FullName;
        var target = Path.Combine(root, "2026Q3");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "findings.csv"), "old");

        using (var staged = new StagedOutputDirectory(target))
        {
            File.WriteAllText(Path.Combine(staged.Staging, "findings.csv"), "new, half written");
            // no Commit: the run failed
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "findings.csv")));
        Assert.Single(Directory.GetDirectories(root));
    }

    [Fact]
    public void A_committed_run_replaces_the_folder_whole()
    {
        var root = Directory.CreateTempSubdirectory("staged").FullName;
        var target = Path.Combine(root, "2026Q3");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "stale.txt"), "old");

        using (var staged = new StagedOutputDirectory(target))
        {
            File.WriteAllText(Path.Combine(staged.Staging, "findings.csv"), "new");
            staged.Commit();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "findings.csv")));
        Assert.False(File.Exists(Path.Combine(target, "stale.txt")));
        Assert.Single(Directory.GetDirectories(root));
    }
}
