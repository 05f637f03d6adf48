using System.IO.Compression;
using Auditor.Core;

namespace Auditor.Ingest.Tables;

/// <summary>
/// Refuses an .xlsx whose parts would inflate past a limit before the workbook is opened (a zip bomb must not
/// exhaust memory): first by the sizes the zip declares, then by inflating each entry into a counter that stops at
/// the limit (a bomb may lie about its sizes). Memory stays at one buffer; time is bounded by the limit.
/// The same inflation collects each part's merged cells (<see cref="MergeCellScanner"/>): a sheet lists them after its
/// cells, and this pass is the one chance to learn them before the cells stream by.
/// </summary>
internal static class ZipInflationGuard
{
    /// <summary>Checks the package; returns the merged ranges of each part that has some, by zip entry name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<MergedRange>> Check(string path, long maxEntryBytes)
    {
        var merges = new Dictionary<string, IReadOnlyList<MergedRange>>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var e in zip.Entries)
                if (e.Length > maxEntryBytes) throw TooBig(path, e.FullName, e.Length, maxEntryBytes);
            var buffer = new byte[1 << 16];
            foreach (var e in zip.Entries)
            {
                if (!e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) continue;
                using var s = e.Open();
                var scanner = new MergeCellScanner();
                long total = 0;
                int n;
                while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += n;
                    if (total > maxEntryBytes) throw TooBig(path, e.FullName, total, maxEntryBytes, lied: true);
                    scanner.Feed(buffer.AsSpan(0, n));
                }
                if (scanner.Ranges.Count > 0) merges[e.FullName] = scanner.Ranges;
            }
            return merges;
        }
        catch (InvalidDataException e)
        {
            throw new InputException($"{path}：不是有效的 .xlsx 工作簿（zip 结构损坏：{e.Message}）", e);
        }
    }

    private static InputException TooBig(string path, string entry, long size, long limit, bool lied = false) =>
        new($"{path}：工作簿中的“{entry}”解压后{(lied ? "超过" : "为")} {size / (1 << 20):N0} MB，超过上限 {limit / (1 << 20):N0} MB，拒绝读取" +
            "（可能是压缩炸弹；确属正常的大文件请用 --max-sheet-mb 提高上限，或导出为 .csv）");
}
