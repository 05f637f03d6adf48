using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Engine;

namespace Auditor.Cli.Audit;

/// <summary>The Chinese summary `audit` and `selfcheck` print when they are done.</summary>
internal static class AuditSummary
{
    public static void Write(TextWriter w, AuditResult result)
    {
        var o = result.Outcome;
        w.WriteLine($"规则包：{o.Pack.Title}（{o.Pack.Id} {o.Pack.Version}）");
        w.WriteLine($"考核期：{o.Period.Chinese}　截止时点：{Reports.Machine.MachineTime.Iso(o.AsOf, o.Zone).Replace('T', ' ')}");
        w.WriteLine($"案件：{o.CaseCount} 件" + (o.OutOfPeriodCases > 0 ? $"（另有 {o.OutOfPeriodCases} 件发现时间不在本考核期，未纳入）" : ""));
        var byVerdict = o.VerdictCounts();
        var counts = string.Join("，", Enum.GetValues<Verdict>().Select(v => $"{v.Chinese()} {byVerdict[v]}"));
        w.WriteLine($"判定：{counts}");
        w.WriteLine($"数据质量问题：{o.DataIssues.Length} 条（见 data-issues.csv）");
        w.WriteLine($"计分方案：{o.ScoringScheme}");
        foreach (var i in o.DataIssues.Where(i => i.Kind == DataIssueKind.ProvisionalCalendar))
            w.WriteLine($"注意：{i.Message}。");
        // a self-check of ledgers that held only its own unit has no rank to show
        var ranked = o.ComparedWith is not null;
        foreach (var s in o.Scores.OrderBy(s => s.Rank).ThenBy(s => s.Unit, StringComparer.Ordinal))
            w.WriteLine($"  {(ranked ? $"第{s.Rank}名 " : "")}{s.Unit}：{ScoreText.Number(s.Score)} 分，{s.Grade}");
        foreach (var g in o.Sanctions.GroupBy(s => s.Kind))
            w.WriteLine($"{g.Key.Chinese()}：{string.Join("、", g.Select(s => s.Unit))}");
        if (o.InternalReview.Length > 0)
            w.WriteLine($"待核查（内部，不对外）：{o.InternalReview.Length} 个单位，见 {Reports.AuditFileNames.InternalReview}");
        w.WriteLine($"报告已写入：{result.OutputFolder}");
    }
}
