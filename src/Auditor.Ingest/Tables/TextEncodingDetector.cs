using System.Text;
using Auditor.Core;

namespace Auditor.Ingest.Tables;

/// <summary>
/// Detects a csv file's text encoding without being told: a BOM (UTF-8, UTF-16LE/BE) decides; otherwise a
/// sample that is valid UTF-8 is UTF-8 and anything else GB18030. UTF-16 without a BOM is refused by name.
/// </summary>
internal static class TextEncodingDetector
{
    private const int SampleSize = 1 << 20;

    static TextEncodingDetector() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => System.Text.Encoding.GetEncoding("GB18030");

    /// <summary>Returns the encoding, its display name and the length of the BOM to skip.</summary>
    public static (Encoding Encoding, string Name, int BomLength) Detect(string path, Stream stream)
    {
        var buf = new byte[SampleSize];
        int n = stream.ReadAtLeast(buf, buf.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var s = buf.AsSpan(0, n);
        if (s.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (new UTF8Encoding(false, false), "UTF-8 BOM", 3);
        if (s.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (new UnicodeEncoding(false, false), "UTF-16LE", 2);
        if (s.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (new UnicodeEncoding(true, false), "UTF-16BE", 2);
        // Text in UTF-8 or GB18030 never holds a NUL byte; UTF-16 holds them on one side of each ASCII character.
        int even = 0, odd = 0;
        for (int i = 0; i < s.Length; i++) if (s[i] == 0) { if ((i & 1) == 0) even++; else odd++; }
        int nuls = even + odd;
        if (nuls > 0)
        {
            // UTF-16 text has a NUL beside every ASCII character (commas, digits, line breaks): many, nearly all on one side.
            // A handful of NULs in otherwise plain text is a damaged export, not UTF-16.
            if (nuls >= Math.Max(8, s.Length / 20) && 10 * Math.Max(even, odd) >= 9 * nuls)
                throw new InputException($"{path}：文件似乎是没有 BOM 的 UTF-16 编码文本，无法可靠识别；请另存为“CSV UTF-8”或 GB18030 编码后重试");
            int at = s.IndexOf((byte)0);
            int line = 1 + s[..at].Count((byte)'\n');
            throw new InputException($"{path}：第{line}行含有空字节（0x00），不是正常的文本（csv）文件；请重新导出为 .xlsx、.xls 或 .csv 后重试");
        }
        if (IsUtf8(s, complete: n < SampleSize))
            return (new UTF8Encoding(false, false), "UTF-8", 0);
        return (Gb18030, "GB18030", 0);
    }

    /// <summary>True when the bytes are valid UTF-8; an incomplete sequence at the cut end of a sample is allowed.</summary>
    internal static bool IsUtf8(ReadOnlySpan<byte> s, bool complete)
    {
        if (System.Text.Unicode.Utf8.IsValid(s)) return true;
        if (complete) return false;
        // Allow the sample to end in the middle of a multi-byte sequence.
        for (int cut = 1; cut <= 3 && cut < s.Length; cut++)
            if (System.Text.Unicode.Utf8.IsValid(s[..^cut])) return true;
        return false;
    }
}
