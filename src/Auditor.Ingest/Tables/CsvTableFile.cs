using System.Text;
using Auditor.Core;

namespace Auditor.Ingest.Tables;

/// <summary>
/// The csv reader (ledgers, unit registries, overrides): streaming RFC 4180 (quotes, doubled quotes, line breaks
/// inside quotes; comma or tab delimited) in the encoding <see cref="TextEncodingDetector"/> finds. Row numbers count
/// records, as Excel and WPS show the file: a record whose quoted cell holds line breaks is one row, not several
/// editor lines. A quote never closed is refused with its row (the rest of the file would be one cell).
/// </summary>
internal sealed class CsvTableFile : ITableFile
{
    private readonly string _path;
    private readonly Encoding _encoding;
    private readonly int _bom;

    private CsvTableFile(string path, Encoding encoding, string name, int bom)
    {
        _path = path;
        _encoding = encoding;
        Encoding = name;
        _bom = bom;
    }

    public string Format => "csv";
    public string? Encoding { get; }

    public static CsvTableFile Open(string path)
    {
        using var fs = File.OpenRead(path);
        var (enc, name, bom) = TextEncodingDetector.Detect(path, fs);
        if (fs.Length <= bom) throw new InputException($"{path}：文件为空");
        return new CsvTableFile(path, enc, name, bom);
    }

    public IEnumerable<TableSheet> Sheets()
    {
        yield return new TableSheet(null, Rows());
    }

    private IEnumerable<RawRow> Rows()
    {
        using var fs = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        fs.Position = _bom;
        using var reader = new StreamReader(fs, _encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        char delimiter = DetectDelimiter();
        foreach (var r in Parse(reader, delimiter, _path)) yield return r;
    }

    /// <summary>
    /// Comma or tab, by counting both outside quoted fields in the first 20 records (commas inside a quoted cell of a
    /// tab-delimited file once outvoted its tabs — found by fuzzing).
    /// </summary>
    private char DetectDelimiter()
    {
        using var fs = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read);
        fs.Position = _bom;
        using var reader = new StreamReader(fs, _encoding, false);
        var buf = new char[1 << 16];
        int n = reader.ReadBlock(buf, 0, buf.Length);
        int commas = 0, tabs = 0, records = 0;
        bool inQuotes = false;
        for (int i = 0; i < n && records < 20; i++)
        {
            char c = buf[i];
            if (c == '"') inQuotes = !inQuotes;
            else if (inQuotes) continue;
            else if (c == ',') commas++;
            else if (c == '\t') tabs++;
            else if (c == '\n') records++;
        }
        return tabs > commas ? '\t' : ',';
    }

    internal static IEnumerable<RawRow> Parse(TextReader reader, char delimiter, string path = "csv")
    {
        var buf = new char[1 << 16];
        int len = 0, pos = 0;
        var field = new StringBuilder();
        var cells = new List<RawCell>(32);
        int record = 1, quoteOpenedAt = 0;
        bool inQuotes = false, quotedField = false, any = false;
        bool pendingCr = false;

        while (true)
        {
            if (pos >= len)
            {
                len = reader.Read(buf, 0, buf.Length);
                pos = 0;
                if (len <= 0) break;
            }
            char c = buf[pos++];
            if (pendingCr)
            {
                pendingCr = false;
                if (c == '\n')
                {
                    if (inQuotes) field.Append('\n'); // \r\n inside a quoted field
                    continue;
                }
            }
            if (inQuotes)
            {
                if (c == '"')
                {
                    // Peek the next char (may need a refill).
                    if (pos >= len)
                    {
                        len = reader.Read(buf, 0, buf.Length);
                        pos = 0;
                        if (len <= 0) { inQuotes = false; break; }
                    }
                    if (buf[pos] == '"') { field.Append('"'); pos++; }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\r') pendingCr = true;
                    field.Append(c);
                }
                continue;
            }
            if (c == delimiter)
            {
                cells.Add(RawCell.OfText(field.ToString()));
                field.Clear();
                quotedField = false;
                any = true;
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r') pendingCr = true;
                cells.Add(RawCell.OfText(field.ToString()));
                field.Clear();
                yield return new RawRow(record++, cells.ToArray());
                cells.Clear();
                quotedField = false;
                any = false;
            }
            else if (c == '"' && field.Length == 0 && !quotedField)
            {
                inQuotes = true;
                quoteOpenedAt = record;
                quotedField = true;
                any = true;
            }
            else
            {
                field.Append(c);
                any = true;
            }
        }
        if (inQuotes)
            throw new InputException($"{path} 第{quoteOpenedAt}行：引号未闭合，从这里到文件末尾都会被读成一个单元格；请检查该行的引号（单元格中的引号应写成两个 \"\"）后重新导出");
        if (any || field.Length > 0)
        {
            cells.Add(RawCell.OfText(field.ToString()));
            yield return new RawRow(record, cells.ToArray());
        }
    }

    public void Dispose() { }
}
