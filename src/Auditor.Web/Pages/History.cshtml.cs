using System.Globalization;
using System.Text;
using Auditor.Reports.History;
using Auditor.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Auditor.Web.Pages;

public sealed class HistoryModel(WorkspaceContext ctx) : WorkspacePage
{
    public IReadOnlyList<string> Packs { get; private set; } = [];
    public string? Pack { get; private set; }
    public IReadOnlyList<RecordedRun> Runs { get; private set; } = [];
    public IReadOnlyList<string> Periods { get; private set; } = [];
    public IReadOnlyList<(string Unit, IReadOnlyList<HistoryScore> Points)> ByUnit { get; private set; } = [];

    public IActionResult OnGet(string? pack)
    {
        if (!Viewer.IsOffice) return Redirect("/unit");
        if (!System.IO.File.Exists(ctx.Data.History)) return Page();
        using var store = HistoryStore.Open(ctx.Data.History, create: false);
        Packs = store.Runs().Select(r => r.PackId).Distinct().Order(StringComparer.Ordinal).ToList();
        Pack = Packs.Contains(pack ?? "") ? pack : Packs.FirstOrDefault();
        if (Pack is null) return Page();
        Runs = store.Runs(Pack).OrderBy(r => r.PeriodStart).ToList();
        Periods = Runs.Select(r => r.PeriodId).ToList();
        ByUnit = store.ScoreHistory(Pack).GroupBy(s => s.Unit)
            .Select(g => (g.Key, (IReadOnlyList<HistoryScore>)g.OrderBy(s => s.PeriodStart).ToList()))
            .OrderBy(g => g.Item2[^1].Rank).ToList();
        return Page();
    }

    /// <summary>A small line of a unit's scores over the periods (inline SVG, 0–100 scale), with its values as the accessible name.</summary>
    public static string Sparkline(IReadOnlyList<string> periods, IReadOnlyList<HistoryScore> points)
    {
        const int w = 120, h = 28;
        var xy = points.Select(p => (x: periods.Count <= 1 ? w / 2.0 : 4 + (w - 8) * periods.ToList().IndexOf(p.PeriodId) / (double)(periods.Count - 1),
            y: h - 2 - (h - 4) * Math.Clamp(p.Score, 0, 100) / 100)).ToList();
        var label = string.Join("，", points.Select(p => $"{p.PeriodId} {p.Score:0.#} 分"));
        var sb = new StringBuilder($"<svg class=\"spark\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\">");
        if (xy.Count > 1)
            sb.Append("<polyline points=\"").AppendJoin(' ', xy.Select(p => F(p.x) + "," + F(p.y))).Append("\" />");
        foreach (var p in xy) sb.Append($"<circle cx=\"{F(p.x)}\" cy=\"{F(p.y)}\" r=\"2.5\" />");
        return sb.Append("</svg>").ToString();
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
