namespace Auditor.Reports.Machine;

/// <summary>
/// Writes a run into a hidden sibling folder and moves it into place only when complete, so a failed run leaves
/// the previous reports untouched (issue 8). Dispose without Commit removes the staging folder.
/// </summary>
public sealed class StagedOutputDirectory : IDisposable
{
    private bool _committed;

    public StagedOutputDirectory(string target)
    {
        Target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(Target) ?? throw new ArgumentException("输出目录无效", nameof(target));
        Directory.CreateDirectory(parent);
        Staging = Path.Combine(parent, $".{Path.GetFileName(Target)}.staging-{Environment.ProcessId}");
        if (Directory.Exists(Staging)) Directory.Delete(Staging, true);
        Directory.CreateDirectory(Staging);
    }

    public string Target { get; }

    /// <summary>Where the run writes.</summary>
    public string Staging { get; }

    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(Target))
        {
            old = Target + $".old-{Environment.ProcessId}";
            if (Directory.Exists(old)) Directory.Delete(old, true);
            Directory.Move(Target, old);
        }
        try
        {
            Directory.Move(Staging, Target);
        }
        catch
        {
            if (old is not null) Directory.Move(old, Target);
            throw;
        }
        if (old is not null) Directory.Delete(old, true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging)) Directory.Delete(Staging, true);
    }
}
