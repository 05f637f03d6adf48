using System.Text.RegularExpressions;

namespace Auditor.Engine.Output;

/// <summary>
/// An output folder written as a whole: the run writes into a hidden sibling staging folder, which is moved into
/// place only when complete, so a failed run leaves the previous reports untouched. The folder is locked for the
/// whole run (<see cref="RunLock"/> on a hidden sibling lock file): a second run on the same folder is refused
/// instead of one run's results silently replacing the other's. Holding the lock, it removes what a killed run left
/// next to the folder (its staging folder; an earlier folder moved aside but not yet removed, put back if the folder
/// itself is missing). Dispose without <see cref="Commit"/> removes the staging folder.
/// </summary>
internal sealed class StagedOutputDirectory : IDisposable
{
    private readonly RunLock _lock;
    private bool _committed;

    public StagedOutputDirectory(string target)
    {
        Target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(Target) ?? throw new ArgumentException("输出目录无效", nameof(target));
        var name = Path.GetFileName(Target);
        Directory.CreateDirectory(parent);
        _lock = RunLock.Acquire(Path.Combine(parent, $".{name}.lock"),
            $"输出目录 {Target} 正被另一次运行使用：同一输出目录同时只能有一次审计或自查。请等那次运行结束后再运行，或换一个输出目录。");
        try
        {
            RemoveLeftovers(parent, name);
            Staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
            Directory.CreateDirectory(Staging);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    public string Target { get; }

    /// <summary>Where the run writes.</summary>
    public string Staging { get; } = "";

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
        try
        {
            if (!_committed && Directory.Exists(Staging)) Directory.Delete(Staging, true);
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>
    /// What runs on this folder left behind when they were killed: only the lock holder writes next to the folder, so
    /// every staging folder found now is a dead run's. A previous folder moved aside (".old-") is put back when the
    /// run died before its new one was moved in, and removed otherwise.
    /// </summary>
    private void RemoveLeftovers(string parent, string name)
    {
        var leftover = new Regex($@"^\.{Regex.Escape(name)}\.staging-\d+$|^{Regex.Escape(name)}\.old-\d+$", RegexOptions.CultureInvariant);
        foreach (var dir in Directory.EnumerateDirectories(parent).Where(d => leftover.IsMatch(Path.GetFileName(d))).Order(StringComparer.Ordinal).ToList())
        {
            if (!Path.GetFileName(dir).StartsWith('.') && !Directory.Exists(Target)) Directory.Move(dir, Target);
            else Directory.Delete(dir, true);
        }
    }
}
