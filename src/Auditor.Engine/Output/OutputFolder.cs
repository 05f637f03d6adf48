using Auditor.Core;
using Auditor.Reports.Text;

namespace Auditor.Engine.Output;

/// <summary>Where a run's files go: the folder the request names, else the default one, refused when a file stands in its way.</summary>
internal static class OutputFolder
{
    /// <param name="selfCheckUnit">The self-checking unit's registry name (its default folder is named after it).</param>
    public static string For(AuditRequest r, string? selfCheckUnit)
    {
        var dir = r.OutDir ?? (selfCheckUnit is null
            ? Path.Combine("reports", r.Period.Id)
            : Path.Combine("reports", r.Period.Id, "自查", SafeFileName.Stem(selfCheckUnit)));
        // found only at the final move, a file in the way would fail the run after all the work
        for (var d = Path.GetFullPath(dir); !string.IsNullOrEmpty(d); d = Path.GetDirectoryName(d))
        {
            if (Directory.Exists(d)) break;
            if (File.Exists(d))
                throw new UsageException(d == Path.GetFullPath(dir)
                    ? $"输出目录“{dir}”是一个已有的文件，不是文件夹；请换一个输出目录。"
                    : $"输出目录“{dir}”无法创建：上级路径“{d}”是一个文件，不是文件夹。");
        }
        return dir;
    }
}
