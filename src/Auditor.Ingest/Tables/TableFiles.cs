using Auditor.Core;

namespace Auditor.Ingest.Tables;

/// <summary>Opens an export by its content (zip = xlsx, OLE2 = xls, anything else = csv), checking the name agrees.</summary>
internal static class TableFiles
{
    public static ITableFile Open(string path) => Open(path, IngestOptions.Default);

    public static ITableFile Open(string path, IngestOptions options)
    {
        if (Directory.Exists(path)) throw new InputException($"{path}：这是一个文件夹，不是导出文件");
        if (!File.Exists(path)) throw new InputException($"{path}：文件不存在");
        var size = new FileInfo(path).Length;
        if (size > options.MaxFileBytes)
            throw new InputException($"{path}：文件大小 {size / (1 << 20):N0} MB 超过上限 {options.MaxFileBytes / (1 << 20):N0} MB，拒绝读取（可用 --max-file-mb 提高上限）");
        var head = new byte[8];
        int n;
        try
        {
            using var fs = File.OpenRead(path);
            n = fs.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}：无法读取文件（{e.Message}）", e);
        }
        if (n == 0) throw new InputException($"{path}：文件为空");
        var ext = Path.GetExtension(path).ToLowerInvariant();
        bool zip = n >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04;
        bool ole = n >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0;
        if (zip)
        {
            var merges = ZipInflationGuard.Check(path, options.MaxSheetBytes);
            return XlsxTableFile.Open(path, merges);
        }
        if (ole && ext is ".xlsx" or ".xlsm")
            throw new InputException($"{path}：这是一个加密（设置了打开密码）的 Excel 工作簿，无法读取；请去掉密码后另存为 .xlsx 或 .csv 再试");
        if (ole) return XlsTableFile.Open(path);
        if (ext is ".xlsx" or ".xlsm")
            throw new InputException($"{path}：不是有效的 Excel 工作簿（.xlsx 文件应为 zip 格式）；请用 Excel 另存为 .xlsx 或 .csv 后重试");
        if (ext == ".xls")
            throw new InputException($"{path}：不是有效的 Excel 97-2003 工作簿（.xls）；可能是网页或文本文件改了扩展名，请用 Excel 另存为 .xlsx 或 .csv 后重试");
        return CsvTableFile.Open(path);
    }
}
