using System.Text;

namespace Auditor.Ingest.Tests;

/// <summary>A scratch folder for files a test writes; deleted on dispose.</summary>
public sealed class TempFiles : IDisposable
{
    static TempFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public string Dir { get; } = Directory.CreateTempSubdirectory("auditor-ingest-").FullName;

    public string Write(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Dir, name);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public void Dispose()
    {
        try { Directory.Delete(Dir, true); } catch (IOException) { }
    }
}
