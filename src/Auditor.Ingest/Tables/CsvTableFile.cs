using System.Text;
using Auditor.Core;

namespace Auditor.Ingest.Tables;

/// <summary>
/// The csv reader (ledgers, unit registries, overrides): a csv file as one sheet, in the encoding
/// <see cref="TextEncodingDetector"/> finds and the delimiter (comma or tab) it uses, its records read by
/// <see cref="CsvRecordReader"/> (RFC 4180: quotes, doubled quotes, line breaks inside quotes). Row numbers count
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
        var records = new CsvRecordReader(reader, delimiter, path);
        while (records.Next() is { } row) yield return row;
    }

    public void Dispose() { }
}
