using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Auditor.Cli.Commands;

/// <summary>`--format json` of the commands that have it: indented, Chinese written as is (not \u-escaped), one document.</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter o, Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var j = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(j);
        o.WriteLine(Encoding.UTF8.GetString(ms.ToArray()));
    }
}
