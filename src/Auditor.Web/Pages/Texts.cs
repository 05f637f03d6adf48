using System.Net;
using Auditor.Core.Domain;
using Auditor.Web.Workspace;

namespace Auditor.Web.Pages;

/// <summary>The Chinese words the pages show for the workspace's states and the engine's ids.</summary>
public static class Texts
{
    public static string Status(string status) => status switch
    {
        RunStatus.Running => "运行中",
        RunStatus.Done => "完成",
        RunStatus.Failed => "失败",
        _ => status,
    };

    /// <summary>The status as a coloured badge, with the sign-off when there is one (HTML, encoded).</summary>
    public static string StatusBadge(AuditStatus a) =>
        $"<span class=\"badge {a.Status}\">{Status(a.Status)}</span>" + (a.SignedOff is { } s ? $" <span class=\"badge signed\">已签发 {WebUtility.HtmlEncode(s.At)}</span>" : "");

    public static string Verdict(string id) => Verdicts.TryParse(id, out var v) ? v.Chinese() : id;

    public static string Kind(string id) => ObligationKinds.TryParse(id, out var k) ? k.Chinese() : id;

    /// <summary>The verdicts an office filters and appeals to (not-applicable ones are never rows).</summary>
    public static IReadOnlyList<Verdict> Listed { get; } =
        [Auditor.Core.Domain.Verdict.Met, Auditor.Core.Domain.Verdict.Breached, Auditor.Core.Domain.Verdict.Missing, Auditor.Core.Domain.Verdict.Pending, Auditor.Core.Domain.Verdict.InsufficientData];
}
