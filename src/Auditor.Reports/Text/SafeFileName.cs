using System.Text;

namespace Auditor.Reports.Text;

/// <summary>
/// File names derived from unit names: never a path (no / \ ..), no characters Windows forbids,
/// no reserved device names, bounded length, and always inside the output folder.
/// </summary>
public static class SafeFileName
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Longest stem in UTF-8 bytes (ext4 and most file systems allow 255 bytes per name).</summary>
    public const int MaxStemBytes = 180;

    public static string Stem(string? name)
    {
        var sb = new StringBuilder();
        foreach (var c in PublicText.StripIllegalXml(name ?? "").Normalize(NormalizationForm.FormC))
        {
            if (c < 0x20 || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' or '\u007f') sb.Append('_');
            else sb.Append(c);
        }
        var s = sb.ToString().Trim().Trim('.', ' ');
        while (s.Contains("..", StringComparison.Ordinal)) s = s.Replace("..", "_", StringComparison.Ordinal);
        if (s.Length == 0) s = "未命名单位";
        var bare = s.Split('.')[0].TrimEnd();
        if (Reserved.Contains(bare)) s = "_" + s;
        while (Encoding.UTF8.GetByteCount(s) > MaxStemBytes) s = s[..^(char.IsLowSurrogate(s[^1]) ? 2 : 1)];
        return s;
    }

    /// <summary>Full path of <paramref name="name"/> + extension inside <paramref name="dir"/>; unique among <paramref name="taken"/>.</summary>
    public static string PathIn(string dir, string? name, string extension, ISet<string>? taken = null)
    {
        var stem = Stem(name);
        var candidate = stem + extension;
        for (int n = 2; taken is not null && !taken.Add(candidate.ToUpperInvariant()); n++) candidate = $"{stem}({n}){extension}";
        var root = Path.GetFullPath(dir);
        var full = Path.GetFullPath(Path.Combine(root, candidate));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"文件名越出输出目录：{name}");
        return full;
    }
}
