using Auditor.Engine.Output;

namespace Auditor.Engine.Tests;

public sealed class StagedOutputDirectoryTests() : ScratchFolder("staged")
{
    /// <summary>The output folder 2026Q3 in the scratch folder, holding findings.csv of an earlier run (or nothing: null).</summary>
    private string Target(string? previous)
    {
        var target = At("2026Q3");
        if (previous is null) return target;
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "findings.csv"), previous);
        return target;
    }

    [Fact]
    public void A_failed_run_leaves_the_previous_reports_byte_for_byte()
    {
        var target = Target("old");
        using (var staged = new StagedOutputDirectory(target))
        {
            File.WriteAllText(Path.Combine(staged.Staging, "findings.csv"), "new, half written");
            // no Commit: the run failed
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "findings.csv")));
        Assert.Equal([target], Directory.GetFileSystemEntries(Scratch)); // no staging folder, no lock file
    }

    [Fact]
    public void A_committed_run_replaces_the_folder_whole()
    {
        var target = Target("old");
        File.WriteAllText(Path.Combine(target, "stale.txt"), "old");

        using (var staged = new StagedOutputDirectory(target))
        {
            File.WriteAllText(Path.Combine(staged.Staging, "findings.csv"), "new");
            staged.Commit();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "findings.csv")));
        Assert.Equal(["findings.csv"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal([target], Directory.GetFileSystemEntries(Scratch));
    }

    [Fact]
    public void A_second_run_on_the_same_folder_is_refused_while_the_first_holds_it()
    {
        var target = Target(previous: null);
        using (var first = new StagedOutputDirectory(target))
        {
            var ex = Assert.Throws<RunInProgressException>(() => new StagedOutputDirectory(target));
            Assert.Contains(Path.GetFullPath(target), ex.Message);
            Assert.Contains("正被另一次运行使用", ex.Message);
            Assert.Equal(3, ex.ExitCode);
            Assert.True(Directory.Exists(first.Staging)); // the refused run touched nothing of the first one's
            // another folder beside it is free
            using var other = new StagedOutputDirectory(target + "-b");
        }
        using var again = new StagedOutputDirectory(target); // released with the first run
    }

    [Fact]
    public void What_a_killed_run_left_beside_the_folder_is_removed_by_the_next_run()
    {
        var root = Scratch;
        var target = Target("previous");
        // a run killed while writing (its pid is long gone), one killed between moving the old folder aside and
        // removing it, its unlocked lock file, and folders of other targets that merely look alike
        var staging = Directory.CreateDirectory(Path.Combine(root, ".2026Q3.staging-99999")).FullName;
        File.WriteAllText(Path.Combine(staging, "findings.csv"), "half");
        var old = Directory.CreateDirectory(Path.Combine(root, "2026Q3.old-99998")).FullName;
        File.WriteAllText(Path.Combine(root, ".2026Q3.lock"), "");
        var otherStaging = Directory.CreateDirectory(Path.Combine(root, ".2026Q3-自查.staging-99997")).FullName;
        var otherTarget = Directory.CreateDirectory(Path.Combine(root, "2026Q3.staging-5")).FullName;

        using (var staged = new StagedOutputDirectory(target))
        {
            Assert.False(Directory.Exists(staging));
            Assert.False(Directory.Exists(old));
            Assert.True(Directory.Exists(otherStaging));
            Assert.True(Directory.Exists(otherTarget));
        }
        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, "findings.csv")));
        Assert.False(File.Exists(Path.Combine(root, ".2026Q3.lock")));
    }

    [Fact]
    public void A_run_killed_between_its_two_moves_gets_the_previous_folder_back()
    {
        var root = Scratch;
        var target = Target(previous: null);
        var old = Directory.CreateDirectory(Path.Combine(root, "2026Q3.old-99998")).FullName;
        File.WriteAllText(Path.Combine(old, "findings.csv"), "previous");
        Directory.CreateDirectory(Path.Combine(root, ".2026Q3.staging-99998"));

        using (new StagedOutputDirectory(target)) { } // fails (no commit)

        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, "findings.csv")));
        Assert.Equal([target], Directory.GetFileSystemEntries(root));
    }
}
