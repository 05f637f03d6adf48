using Microsoft.AspNetCore.Http;

namespace Auditor.Web.Storage;

/// <summary>A file received with a request: the name the browser or client gave it (metadata only), its size, its content.</summary>
public sealed record Upload(string FileName, long Length, Func<Stream> Open)
{
    public static Upload From(IFormFile f) => new(f.FileName, f.Length, f.OpenReadStream);
}
