using System.Text.Json;
using Auditor.Web.Accounts;
using Auditor.Web.Storage;
using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Auditor.Web.Api;

/// <summary>The JSON body of POST /api/login.</summary>
public sealed record LoginBody(string? User, string? Password);

/// <summary>The JSON body of POST /api/audits/{id}/appeals (approver: default the account's name).</summary>
public sealed record AppealBody(string? CaseId, string? RuleId, string? Verdict, string? Justification, string? Approver);

/// <summary>The JSON body of POST /api/audits/{id}/reopen.</summary>
public sealed record ReopenBody(string? Reason);

/// <summary>
/// The workspace as JSON under /api, for an office's OA system (README "网页工作台 → API"). Errors are
/// {"error": "中文说明"} with 400 (bad input), 401 (not logged in), 403 (not allowed), 404, 409 (state) or 413 (too large).
/// </summary>
public static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/login", Login).AllowAnonymous();
        app.MapPost("/api/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        });

        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapGet("/packs", (WorkspaceContext ctx) => ctx.Packs().Select(p => new { id = p.Id, title = p.Title }));
        api.MapGet("/audits", (HttpContext http, OfficeAudits audits) => Guard(http, v => Results.Json(audits.List(v), JsonFiles.Options)));
        api.MapPost("/audits", StartAudit).DisableAntiforgery();
        api.MapGet("/audits/{id}", (HttpContext http, OfficeAudits audits, string id) => Guard(http, v => Results.Json(audits.Status(v, id), JsonFiles.Options)));
        api.MapGet("/audits/{id}/findings", (HttpContext http, OfficeAudits audits, string id, string? unit, string? kind, string? verdict) =>
            Guard(http, v => Rows(audits.Findings(v, id, new FindingFilter(unit, kind, verdict)))));
        api.MapGet("/audits/{id}/files", (HttpContext http, OfficeAudits audits, string id) => Guard(http, v => Results.Json(audits.Files(v, id))));
        api.MapGet("/audits/{id}/files/{**name}", (HttpContext http, OfficeAudits audits, string id, string name) =>
            Guard(http, v => Download(audits.File(v, id, name))));
        api.MapGet("/audits/{id}/documents.zip", (HttpContext http, OfficeAudits audits, WorkspaceContext ctx, string id) =>
            Guard(http, v => Results.File(OutputFiles.DocumentsZip(audits.DocumentsFolder(v, id), ctx.Data.Temp), "application/zip", $"{id}-文书.zip")));
        api.MapGet("/audits/{id}/appeals", (HttpContext http, OfficeAudits audits, string id) => Guard(http, v => Results.Json(audits.Appeals(v, id)
            .Select(e => new { case_id = e.CaseId, rule_id = e.RuleId, verdict = Auditor.Core.Domain.Verdicts.Id(e.NewVerdict), justification = e.Justification, approver = e.Approver, date = e.Date.ToString("yyyy-MM-dd", null) }))));
        api.MapPost("/audits/{id}/appeals", (HttpContext http, OfficeAudits audits, string id, AppealBody body) => Guard(http, v =>
        {
            audits.Appeal(v, id, body.CaseId, body.RuleId, body.Verdict, body.Justification, body.Approver);
            return Results.Json(audits.Status(v, id), JsonFiles.Options, statusCode: 202);
        }));
        api.MapPost("/audits/{id}/appeals/withdraw", (HttpContext http, OfficeAudits audits, string id, AppealBody body) => Guard(http, v =>
        {
            audits.Withdraw(v, id, body.CaseId, body.RuleId);
            return Results.Json(audits.Status(v, id), JsonFiles.Options, statusCode: 202);
        }));
        api.MapPost("/audits/{id}/signoff", (HttpContext http, OfficeAudits audits, string id) => Guard(http, v => Results.Json(audits.SignOff(v, id), JsonFiles.Options)));
        api.MapPost("/audits/{id}/reopen", (HttpContext http, OfficeAudits audits, string id, ReopenBody body) => Guard(http, v =>
        {
            audits.Reopen(v, id, body.Reason);
            return Results.Json(audits.Status(v, id), JsonFiles.Options);
        }));
        api.MapGet("/audits/{id}/log", (HttpContext http, OfficeAudits audits, string id) => Guard(http, v => Results.Json(audits.LogOf(v, id), JsonFiles.Options)));

        api.MapPost("/selfchecks", StartSelfCheck).DisableAntiforgery();
        api.MapGet("/selfchecks", (HttpContext http, SelfChecks checks) => Guard(http, v => Results.Json(checks.Mine(v), JsonFiles.Options)));
        api.MapGet("/selfchecks/{id}", (HttpContext http, SelfChecks checks, string id) => Guard(http, v => Results.Json(checks.Status(v, id), JsonFiles.Options)));
        api.MapGet("/selfchecks/{id}/findings", (HttpContext http, SelfChecks checks, string id, string? kind, string? verdict) =>
            Guard(http, v => Rows(checks.Findings(v, id, new FindingFilter(null, kind, verdict)))));
        api.MapGet("/selfchecks/{id}/files/{**name}", (HttpContext http, SelfChecks checks, string id, string name) =>
            Guard(http, v => Download(checks.File(v, id, name))));
    }

    private static async Task<IResult> Login(HttpContext http, AccountStore accounts)
    {
        LoginBody? body;
        try { body = await http.Request.ReadFromJsonAsync<LoginBody>(); }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return Error(400, "请求体应为 JSON：{\"user\":\"账号\",\"password\":\"密码\"}。");
        }
        var account = accounts.Verify(body?.User, body?.Password);
        if (account is null) return Error(401, "账号或密码不正确。");
        var viewer = new Viewer(account.Name, account.Role, account.Unit);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, viewer.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.Json(new { user = account.Name, role = account.Role, unit = account.Unit });
    }

    private static async Task<IResult> StartAudit(HttpContext http, OfficeAudits audits)
    {
        try
        {
            var viewer = Require(http);
            var form = await ReadForm(http);
            var id = audits.Start(viewer, new AuditStart(form["pack"], form["period"], form["as_of"],
                form.Files.GetFiles("logs").Select(Upload.From).ToList(), form.Files.GetFile("units") is { } u ? Upload.From(u) : null));
            return Results.Json(new { id }, statusCode: 202);
        }
        catch (WorkspaceException ex) { return Error(ex.Status, ex.Message); }
    }

    private static async Task<IResult> StartSelfCheck(HttpContext http, SelfChecks checks)
    {
        try
        {
            var viewer = Require(http);
            var form = await ReadForm(http);
            var id = checks.Start(viewer, new SelfCheckStart(form["pack"], form["period"], form["as_of"], form.Files.GetFiles("logs").Select(Upload.From).ToList()));
            return Results.Json(new { id }, statusCode: 202);
        }
        catch (WorkspaceException ex) { return Error(ex.Status, ex.Message); }
    }

    /// <summary>The multipart form; a body over the request limit is 413, anything that is not multipart 400.</summary>
    internal static async Task<IFormCollection> ReadForm(HttpContext http)
    {
        if (!http.Request.HasFormContentType) throw WorkspaceException.BadInput("请求体应为 multipart/form-data（字段 pack、period、as_of，文件 logs、units）。");
        try { return await http.Request.ReadFormAsync(http.RequestAborted); }
        catch (BadHttpRequestException ex) when (ex.StatusCode == 413)
        {
            throw WorkspaceException.TooLarge("上传的内容超过请求大小上限（serve 的 --max-request-mb）。");
        }
        catch (InvalidDataException ex)
        {
            throw ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? WorkspaceException.TooLarge("上传的内容超过请求大小上限（serve 的 --max-request-mb）。")
                : WorkspaceException.BadInput($"无法读取上传的表单：{ex.Message}");
        }
    }

    private static Viewer Require(HttpContext http) => Viewer.From(http.User) ?? throw new WorkspaceException(401, "请先登录（POST /api/login）。");

    private static IResult Guard(HttpContext http, Func<Viewer, IResult> action)
    {
        try { return action(Require(http)); }
        catch (WorkspaceException ex) { return Error(ex.Status, ex.Message); }
    }

    private static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    /// <summary>Rows streamed as a JSON array: a million findings never sit in memory at once.</summary>
    private static IResult Rows(IEnumerable<IReadOnlyDictionary<string, string>> rows) => Results.Json(rows, JsonFiles.Compact);

    private static IResult Download(string path) =>
        Results.File(path, ContentTypes.For(path), Path.GetFileName(path), enableRangeProcessing: true);
}
