namespace Auditor.Engine.Output;

/// <summary>
/// An exclusive lock held for a whole run on a lock file: the file is opened with <see cref="FileShare.None"/>, which
/// the runtime turns into an OS lock (flock on Linux and macOS, a share mode on Windows) that ends with the handle —
/// also when the process is killed, so a dead run never leaves a lock behind. A second opener fails at once.
/// The file is removed when the lock is released. On Linux, an opener that raced with that removal may have locked a
/// file already unlinked from its path; it checks /proc/self/fd and tries again, so two runs never both hold the lock.
/// Where that check is not available, the lock file is left in place after the run (empty and unlocked).
/// </summary>
internal sealed class RunLock : IDisposable
{
    private readonly FileStream _file;
    private readonly bool _removeOnRelease;

    private RunLock(FileStream file, bool removeOnRelease)
    {
        _file = file;
        _removeOnRelease = removeOnRelease;
    }

    public string Path => _file.Name;

    /// <summary>Takes the lock or throws <see cref="RunInProgressException"/> with <paramref name="busy"/> as its message.</summary>
    public static RunLock Acquire(string path, string busy)
    {
        path = System.IO.Path.GetFullPath(path);
        for (int attempt = 0; attempt < 5; attempt++)
        {
            FileStream file;
            try
            {
                file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                throw new RunInProgressException(busy);
            }
            switch (StillAtPath(file, path))
            {
                case true: return new RunLock(file, removeOnRelease: true);
                case null: return new RunLock(file, removeOnRelease: false);
            }
            file.Dispose(); // the holder released and removed it as we opened it: ours is no longer the file at the path
        }
        throw new RunInProgressException(busy);
    }

    /// <summary>Whether the open file is still the one at <paramref name="path"/> (a full path); null when the system cannot say.</summary>
    internal static bool? StillAtPath(FileStream file, string path)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self/fd")) return null;
        // the descriptor's link names the file's path, or "<path> (deleted)" once it was unlinked
        return new FileInfo($"/proc/self/fd/{file.SafeFileHandle.DangerousGetHandle()}").LinkTarget == path;
    }

    public void Dispose()
    {
        // removed while still held: a run that opens the path after this creates a new file and locks that one
        if (_removeOnRelease)
        {
            try { File.Delete(_file.Name); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* the lock still ends below */ }
        }
        _file.Dispose();
    }
}
