using System.IO.Compression;
using System.Text;

namespace Auditor.Reports.Docx;

/// <summary>
/// A .docx written part by part with fixed names and relationship ids, zipped in a fixed order with one fixed
/// timestamp: the same content gives the same bytes. No random ids, no clock.
/// </summary>
internal sealed class DocxPackage
{
    /// <summary>Zip entry time of every part (entries carry a local DOS time; the value only needs to be fixed).</summary>
    public static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<(string Path, byte[] Data, bool Stored)> _parts = [];
    private readonly SortedDictionary<string, string> _overrides = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _defaults = new(StringComparer.Ordinal)
    {
        ["rels"] = "application/vnd.openxmlformats-package.relationships+xml",
        ["xml"] = "application/xml",
    };

    public void AddDefault(string extension, string contentType) => _defaults[extension] = contentType;

    public void Add(string path, string? contentType, string xml) => Add(path, contentType, Encoding.UTF8.GetBytes(xml));

    public void Add(string path, string? contentType, byte[] data) => Add(path, contentType, data, stored: false);

    /// <param name="stored">Store the bytes as they are (a PNG is compressed already: deflating it again costs time and gains nothing).</param>
    public void Add(string path, string? contentType, byte[] data, bool stored)
    {
        _parts.Add((path.TrimStart('/'), data, stored));
        if (contentType is not null) _overrides["/" + path.TrimStart('/')] = contentType;
    }

    public void Save(Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Write(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes()));
        foreach (var (path, data, stored) in _parts) Write(zip, path, data, stored ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
    }

    public byte[] ToBytes()
    {
        using var ms = new MemoryStream();
        Save(ms);
        return ms.ToArray();
    }

    internal static void Write(ZipArchive zip, string path, byte[] data, CompressionLevel level = CompressionLevel.Optimal)
    {
        var e = zip.CreateEntry(path, level);
        e.LastWriteTime = EntryTime;
        using var s = e.Open();
        s.Write(data);
    }

    private string ContentTypes()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        sb.Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        foreach (var (ext, ct) in _defaults) sb.Append($"<Default Extension=\"{ext}\" ContentType=\"{ct}\"/>");
        foreach (var (p, ct) in _overrides) sb.Append($"<Override PartName=\"{Xml.Attr(p)}\" ContentType=\"{ct}\"/>");
        return sb.Append("</Types>").ToString();
    }

    /// <summary>A relationships part body.</summary>
    public static string Relationships(IEnumerable<(string Id, string Type, string Target)> rels)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        sb.Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (id, type, target) in rels)
            sb.Append($"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{Xml.Attr(target)}\"/>");
        return sb.Append("</Relationships>").ToString();
    }
}

/// <summary>XML escaping for text and attributes (input must already be XML-legal, see PublicText).</summary>
internal static class Xml
{
    public static string Text(string s)
    {
        if (s.AsSpan().IndexOfAny('<', '>', '&') < 0) return s;
        return s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }

    public static string Attr(string s)
    {
        if (s.AsSpan().IndexOfAny("<>&\"'") < 0) return s;
        return s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&apos;");
    }
}
