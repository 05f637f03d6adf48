using Auditor.Core;

namespace Auditor.Ingest.Tables;

/// <summary>
/// Reads a whole plain-text file (e.g. a notice copied from a web page into Notepad) in whatever encoding an office
/// saves it: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030 (<see cref="TextEncodingDetector"/>).
/// </summary>
public static class TextFile
{
    public static string ReadAllText(string path)
    {
        if (!File.Exists(path)) throw new InputException($"找不到输入文件：{path}");
        try
        {
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var (encoding, _, bom) = TextEncodingDetector.Detect(path, fs);
            fs.Position = bom;
            using var reader = new StreamReader(fs, encoding, detectEncodingFromByteOrderMarks: false);
            return reader.ReadToEnd();
        }
        catch (IOException e)
        {
            throw new InputException($"无法读取 {path}：{e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException($"无法读取 {path}：没有读取权限", e);
        }
    }
}
