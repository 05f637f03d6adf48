using Microsoft.AspNetCore.Http;

namespace Auditor.Web.Server;

/// <summary>
/// Cross-site request forgery on the JSON API: besides the SameSite=Strict session cookie, every /api request that
/// changes something (POST, PUT, PATCH, DELETE) must carry the header <c>X-Auditor-Client</c> (any value). A form on
/// another site cannot send a custom header, and a script on another origin cannot either without a CORS preflight,
/// which this server never grants. The browser pages use forms with antiforgery tokens instead.
/// </summary>
public sealed class ApiCsrfGuard(RequestDelegate next)
{
    public const string Header = "X-Auditor-Client";

    public Task InvokeAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && string.IsNullOrWhiteSpace(http.Request.Headers[Header]))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return http.Response.WriteAsJsonAsync(new { error = $"缺少请求头 {Header}（防跨站请求伪造：API 的写操作须带此请求头，值任意，如 {Header}: oa）。" });
        }
        return next(http);
    }
}
