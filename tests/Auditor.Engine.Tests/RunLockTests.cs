using Auditor.Engine.Output;

namespace Auditor.Engine.Tests;

public sealed class RunLockTests() : ScratchFolder("lock")
{
    [Fact]
    public void A_held_lock_refuses_a_second_holder_and_its_file_goes_when_it_is_released()
    {
        var path = At("x.lock");
        using (RunLock.Acquire(path, "busy"))
        {
            var ex = Assert.Throws<RunInProgressException>(() => RunLock.Acquire(path, "busy"));
            Assert.Equal("busy", ex.Message);
        }
        Assert.False(File.Exists(path));
        using (RunLock.Acquire(path, "busy")) { } // free again
    }

    [LinuxFact]
    public void A_lock_taken_on_a_file_that_was_removed_meanwhile_is_not_taken_for_the_lock()
    {
        var path = At("x.lock");
        using var mine = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        Assert.True(RunLock.StillAtPath(mine, path));
        // the holder before us released the lock and removed its file as we opened it: ours is no longer at the path,
        // and a run that comes now creates and locks a new file there
        File.Delete(path);
        Assert.False(RunLock.StillAtPath(mine, path));
        using var next = RunLock.Acquire(path, "busy");
        Assert.False(RunLock.StillAtPath(mine, path));
    }
}

/// <summary>A fact about Linux behaviour (it reads /proc): reported as skipped elsewhere, never as passed.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "reads /proc: Linux only";
    }
}
