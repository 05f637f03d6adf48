using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Auditor.Web.Server;

/// <summary>The stylesheet and script, served from the assembly (no CDN, no copying; works offline).</summary>
public static class StaticAssets
{
    private static readonly Dictionary<string, string> Types = new() { [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8" };

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/static/{name}", (string name) =>
        {
            var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("static/" + name);
            return stream is null || !Types.TryGetValue(Path.GetExtension(name), out var type)
                ? Results.NotFound()
                : Results.Stream(stream, type);
        }).AllowAnonymous();
}
