using System.Text;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.Analysis;
using Auditor.Reports.Templates;

namespace Auditor.Reports.Writers;

/// <summary>The dynamic parts of the 通报 and 名单 wording (placeholders of rules/templates/*.md).</summary>
internal static class NoticeContent
{
    public const int MaxCaseIds = 10;

    public static Dictionary<string, TemplateValue> Common(ReportContext ctx)
    {
        var f = ctx.Figures;
        var o = ctx.Outcome;
        int Grade(string g) => o.Scores.Count(s => s.Grade == g);
        return new Dictionary<string, TemplateValue>(StringComparer.Ordinal)
        {
            ["考核期间"] = o.Period.Chinese,
            ["考核起止"] = ctx.PeriodRange,
            ["依据文件"] = ctx.BasisDocument,
            ["发文机关"] = ctx.Office is { } office ? string.Join("、", office.Issuers) : o.Pack.Issuer,
            ["单位总数"] = o.Scores.Length.ToString(),
            ["案件总数"] = o.CaseCount.ToString(),
            ["判定事项数"] = (f.Count(Verdict.Met) + f.Count(Verdict.Breached) + f.Count(Verdict.Missing)).ToString(),
            ["按时数"] = f.Count(Verdict.Met).ToString(),
            ["超时数"] = f.Count(Verdict.Breached).ToString(),
            ["未履行数"] = f.Count(Verdict.Missing).ToString(),
            ["未到期数"] = f.Count(Verdict.Pending).ToString(),
            ["数据不足数"] = f.Count(Verdict.InsufficientData).ToString(),
            ["按时率"] = OutcomeFigures.Percent(f.OverallRate),
            ["平均分"] = f.AverageScore.ToString("0.0"),
            ["优秀数"] = Grade("优秀").ToString(),
            ["良好数"] = Grade("良好").ToString(),
            ["合格数"] = Grade("合格").ToString(),
            ["不合格数"] = Grade("不合格").ToString(),
        };
    }

    /// <summary>One numbered paragraph per obligation kind with failures, then the data-quality problem.</summary>
    public static string Problems(ReportContext ctx)
    {
        var lines = new List<string>();
        var failing = ctx.Outcome.KeptFindings.Where(x => x.Verdict.IsFailure()).GroupBy(x => x.Kind)
            .OrderByDescending(g => g.Count()).ThenBy(g => (int)g.Key);
        int i = 1;
        foreach (var g in failing)
        {
            int b = g.Count(x => x.Verdict == Verdict.Breached), m = g.Count(x => x.Verdict == Verdict.Missing);
            int units = g.Select(x => x.Unit).Distinct().Count();
            var clauses = string.Join("、", g.Select(x => x.Clause.Short).Distinct().Order(StringComparer.Ordinal));
            var parts = new List<string>();
            if (b > 0) parts.Add(g.Key.IsTimed() ? $"超时{b}项" : $"{b}项");
            if (m > 0) parts.Add($"未履行{m}项");
            // a time limit the clause does not state is the pack's (or the office's) reading: the notice says so
            var assumed = g.Select(x => x.RuleId).Distinct().Select(id => ctx.Outcome.Rules.FirstOrDefault(r => r.Id == id))
                .Where(r => r?.Assumption is not null).Select(r => $"{r!.Title}的{(r.Kind == Core.Domain.ObligationKind.Urging ? "次数" : "时限")}为{r.AssumedBy}")
                .Distinct().ToList();
            var note = assumed.Count == 0 ? "" : $"（{string.Join("；", assumed)}）";
            lines.Add($"{i++}．**{TemplateRenderer.Escape(g.Key.Chinese())}{(g.Key.IsTimed() ? "不到位" : "问题")}**。" +
                      TemplateRenderer.Escape($"{string.Join("、", parts)}，涉及{units}个单位，未达到{clauses}规定的要求{note}。"));
        }
        int ledgerIssues = ctx.Outcome.DataIssues.Count(d => d.Kind.AboutLedgers());
        if (ledgerIssues > 0)
            lines.Add($"{i++}．**台账记录不规范**。" + TemplateRenderer.Escape(
                $"各单位报送的台账中发现数据问题{ledgerIssues}条（时间无法识别、只有日期没有时刻、单位名称不规范等），影响考核判定。"));
        if (lines.Count == 0) lines.Add("本期未发现超时或未履行问题。");
        return string.Join("\n\n", lines);
    }

    /// <summary>Numbered paragraphs naming each unit of one list with its reasons, clauses and cases.</summary>
    public static string Units(ReportContext ctx, SanctionKind kind, string none, string? lead = null)
    {
        var list = ctx.Figures.SanctionsByKind[kind].OrderBy(s => RankOf(ctx, s.Unit)).ThenBy(s => s.Unit, StringComparer.Ordinal).ToList();
        if (list.Count == 0) return TemplateRenderer.Escape(none);
        var sb = new StringBuilder();
        if (lead is not null) sb.Append(lead).Append("\n\n");
        int i = 1;
        foreach (var s in list)
        {
            if (i > 1) sb.Append("\n\n");
            sb.Append($"{i++}．**{TemplateRenderer.Escape(s.Unit)}**");
            sb.Append(TemplateRenderer.Escape($"：{Reasons(s)}（{BasisPhrase(s)}；涉及案件：{Cases(s, MaxCaseIds)}）。"));
        }
        return sb.ToString();
    }

    public static string Commended(ReportContext ctx)
    {
        var list = ctx.Figures.SanctionsByKind[SanctionKind.Commendation].OrderBy(s => RankOf(ctx, s.Unit)).ThenBy(s => s.Unit, StringComparer.Ordinal).ToList();
        if (list.Count == 0) return "本期无符合表扬条件的单位。";
        var names = string.Join("、", list.Select(s => $"**{TemplateRenderer.Escape(s.Unit)}**"));
        var basis = list.SelectMany(s => s.Reasons).All(r => r.FromPolicy) ? $"依据{ctx.ListBasis(SanctionKind.Commendation)}，" : "";
        return TemplateRenderer.Escape(basis) + names + TemplateRenderer.Escape($"等{list.Count}个单位政务舆情回应处置及时规范，各项履职事项均按时完成，予以通报表扬。");
    }

    public static string Accountability(ReportContext ctx) =>
        Units(ctx, SanctionKind.Accountability, "本期无移交追责的事项。",
            TemplateRenderer.Escape("以下单位的事项移交有关部门，依规依纪追究相关人员的责任："));

    /// <summary>The heading of the lists' section, naming only the lists decided: “通报批评和约谈情况”, “约谈情况”, ….</summary>
    public static string ListsHeading(ReportContext ctx)
    {
        // the notice says what is done with an accountability case: 移交追责
        var named = new[] { SanctionKind.Criticism, SanctionKind.Interview, SanctionKind.Accountability }
            .Where(ctx.Decides).Select(k => k == SanctionKind.Accountability ? "移交" + k.Chinese() : k.Chinese()).ToList();
        return named.Count == 0 ? "" : string.Join("和", named) + "情况";
    }

    /// <summary>Who the rectification paragraph addresses: the units on the lists decided, else every unit with problems.</summary>
    public static string UnitsToRectify(ReportContext ctx)
    {
        var named = new[] { SanctionKind.Criticism, SanctionKind.Interview }.Where(ctx.Decides).Select(k => k.Chinese()).ToList();
        return named.Count == 0 ? "存在问题的单位" : "被" + string.Join("和", named) + "的单位";
    }

    /// <summary>“依据本单位考核办法” for a list the office's own policy decides; “依据：002 四、3” for a clause.</summary>
    public static string BasisPhrase(Sanction s)
    {
        var policy = s.Reasons.Where(r => r.FromPolicy).Select(r => r.Clause.Trim()).Distinct().ToList();
        var clauses = s.Reasons.Where(r => !r.FromPolicy).Select(r => r.Clause.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        var parts = new List<string>();
        if (clauses.Count > 0) parts.Add("依据：" + string.Join("、", clauses));
        parts.AddRange(policy.Select(p => "依据" + p));
        return parts.Count == 0 ? "依据：—" : string.Join("；", parts);
    }

    /// <summary>Rule ids (huangchuan.response) are for machines: a public document names the clause only.</summary>
    private static readonly System.Text.RegularExpressions.Regex RuleIdInParens =
        new(@"（[a-z][a-z0-9_-]*\.[a-z0-9._-]+(，|）)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static string WithoutRuleIds(string text) =>
        RuleIdInParens.Replace(text, m => m.Groups[1].Value == "，" ? "（" : "");

    public static string Reasons(Sanction s)
    {
        var texts = s.Reasons.Select(r => WithoutRuleIds(r.Text.Trim()).TrimEnd('。', '；', ';')).Where(t => t.Length > 0).Distinct().ToList();
        return texts.Count == 0 ? "考核结果达到该项处理标准" : string.Join("；", texts);
    }

    public static string Clauses(Sanction s)
    {
        var c = s.Reasons.Select(r => r.Clause.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        return c.Count == 0 ? "—" : string.Join("、", c);
    }

    public static string Cases(Sanction s, int max)
    {
        var ids = s.Reasons.SelectMany(r => r.CaseIds).Distinct().Order(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return "—";
        return ids.Count <= max ? string.Join("、", ids) : string.Join("、", ids.Take(max)) + $"等{ids.Count}件";
    }

    private static int RankOf(ReportContext ctx, string unit) =>
        ctx.Outcome.Scores.FirstOrDefault(s => s.Unit == unit)?.Rank ?? int.MaxValue;
}
