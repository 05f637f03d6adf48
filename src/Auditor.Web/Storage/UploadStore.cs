using Auditor.Web.Workspace;

namespace Auditor.Web.Storage;

/// <summary>
/// Saves uploaded spreadsheets under a run's inputs/ folder by generated names (台账01.xlsx, 台账02.csv, 名录.csv): the
/// name a file was uploaded with is kept as metadata only and never becomes part of a path. Only the extension is
/// taken from it, and only when it is one the readers know. Files over the size limit and empty files are refused
/// before anything is kept.
/// </summary>
public sealed class UploadStore(long maxFileBytes)
{
    public const string LedgerPrefix = "台账";
    public const string RegistryName = "名录";
    private static readonly string[] Spreadsheets = [".xlsx", ".xls", ".csv", ".xlsm"];

    /// <summary>Checks every file before any is written (a bad third file keeps nothing of the first two).</summary>
    public void Check(IEnumerable<Upload> uploads, string what)
    {
        foreach (var u in uploads)
        {
            var name = DisplayName(u.FileName);
            if (!Spreadsheets.Contains(Extension(u.FileName)))
                throw WorkspaceException.BadInput($"{what}“{name}”不是表格文件：只接受 .xlsx、.xls、.csv（从 Excel、WPS 或业务系统导出的台账）。");
            if (u.Length == 0) throw WorkspaceException.BadInput($"{what}“{name}”是空文件。");
            if (u.Length > maxFileBytes)
                throw WorkspaceException.TooLarge($"{what}“{name}”大小 {Megabytes(u.Length)} 超过上限 {Megabytes(maxFileBytes)}（serve 的 --max-file-mb）。");
        }
    }

    public List<StoredFile> SaveLedgers(IReadOnlyList<Upload> uploads, string inputsDir) =>
        uploads.Select((u, i) => Save(u, inputsDir, $"{LedgerPrefix}{i + 1:00}")).ToList();

    public StoredFile SaveRegistry(Upload upload, string inputsDir) => Save(upload, inputsDir, RegistryName);

    private StoredFile Save(Upload u, string inputsDir, string stem)
    {
        Directory.CreateDirectory(inputsDir);
        var stored = stem + Extension(u.FileName);
        var path = Path.Combine(inputsDir, stored);
        long written;
        using (var source = u.Open())
        using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            source.CopyTo(target);
            written = target.Length;
        }
        if (written > maxFileBytes)
        {
            File.Delete(path);
            throw WorkspaceException.TooLarge($"“{DisplayName(u.FileName)}”超过大小上限 {Megabytes(maxFileBytes)}。");
        }
        return new StoredFile(stored, DisplayName(u.FileName), written);
    }

    /// <summary>The extension, lower case; what comes before it never matters.</summary>
    private static string Extension(string? fileName) => Path.GetExtension(DisplayName(fileName)).ToLowerInvariant();

    /// <summary>The last segment of the name a client sent (some send a whole path), without control characters; metadata only.</summary>
    public static string DisplayName(string? fileName)
    {
        var n = (fileName ?? "").Replace('\\', '/');
        n = n[(n.LastIndexOf('/') + 1)..];
        n = new string(n.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (n.Length > 200) n = n[..200];
        return n.Length == 0 ? "（未命名）" : n;
    }

    private static string Megabytes(long bytes) => bytes >= 1 << 20 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
