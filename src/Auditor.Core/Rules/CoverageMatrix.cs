using System.Text;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;

namespace Auditor.Core.Rules;

/// <summary>
/// `auditor rules coverage`: the pack's clause list as Markdown (clause → rules or why not machine-checkable), then
/// every rule with what it checks — start event, condition, who bears it, window (stated in the clause or the pack's
/// assumption), recipient, sanction — and the lists the pack's own document grounds.
/// </summary>
public static class CoverageMatrix
{
    public static string Markdown(RulePack pack)
    {
        var sb = new StringBuilder();
        sb.Append("# 条款覆盖矩阵：").Append(pack.Title).Append("（").Append(pack.Id).Append(' ').Append(pack.Version).AppendLine("）");
        sb.AppendLine();
        sb.AppendLine("| 来源 | 条款 | 内容 | 规则 | 义务类型 | 时限 | 说明 |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var c in pack.Clauses)
        {
            var rules = c.RuleIds.Select(pack.FindRule).Where(r => r is not null).Select(r => r!).ToList();
            sb.Append("| ").Append(Cell(c.Source)).Append(" | ").Append(Cell(Number(pack, c))).Append(" | ").Append(Cell(c.Summary ?? "")).Append(" | ");
            sb.Append(Cell(string.Join("<br>", rules.Select(r => r.Id)))).Append(" | ");
            sb.Append(Cell(string.Join("<br>", rules.Select(r => r.Kind.Id())))).Append(" | ");
            sb.Append(Cell(string.Join("<br>", rules.Select(WindowCell)))).Append(" | ");
            sb.Append(Cell(c.NotCheckable is null ? "机检" : "不可机检：" + c.NotCheckable)).AppendLine(" |");
        }
        var listed = new HashSet<string>(pack.Clauses.SelectMany(c => c.RuleIds), StringComparer.Ordinal);
        var unlisted = pack.Rules.Where(r => !listed.Contains(r.Id)).ToList();
        if (unlisted.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("未列入条款清单的规则：" + string.Join("、", unlisted.Select(r => r.Id)));
        }

        sb.AppendLine();
        sb.AppendLine("## 规则");
        sb.AppendLine();
        sb.AppendLine("| 规则 | 依据 | 起算事件 | 适用条件 | 义务主体 | 应报对象 | 时限 | 处理 |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in pack.Rules)
        {
            sb.Append("| ").Append(Cell(r.Id)).Append(" | ").Append(Cell(r.Clause.Short)).Append(" | ");
            sb.Append(Cell(r.Start?.Chinese() ?? "—")).Append(" | ");
            sb.Append(Cell(r.AppliesWhen.IsAlways ? "全部舆情" : r.AppliesWhen.Describe())).Append(" | ");
            sb.Append(Cell(Bearer(r))).Append(" | ");
            sb.Append(Cell(r.Recipients.IsEmpty && r.RecipientTypes.IsEmpty ? "—"
                : string.Join("、", r.Recipients.Concat(r.RecipientTypes.Select(t => t.Chinese()))))).Append(" | ");
            sb.Append(Cell(WindowCell(r) + (r.Assumed ? $"：{r.Assumption}" : ""))).Append(" | ");
            sb.Append(Cell(r.Sanction is null ? "只扣分" : ListWord(r.Sanction, pack.Scoring.Sanctions))).AppendLine(" |");
        }

        sb.AppendLine();
        sb.AppendLine("## 处理名单（本包依据文件规定的）");
        sb.AppendLine();
        var lists = Lists(pack.Scoring.Sanctions).ToList();
        if (lists.Count == 0) sb.AppendLine("本包依据的文件没有把某一义务的违反与通报批评、追责等处理直接相联系，本包不产生名单。");
        foreach (var line in lists) sb.AppendLine("- " + line);
        sb.AppendLine();
        sb.AppendLine("按考核等次通报批评、按整改不到位约谈、按得分表彰是办公室自己的考核办法，写在 rules/offices/<办公室>.yaml 的 policy: 中，文书注明“依据本单位考核办法”。");
        return sb.ToString();
    }

    private static string Number(RulePack pack, ClauseEntry c)
    {
        bool unverified = pack.Sources.TryGetValue(c.Source, out var doc) && doc.UnverifiedNumbers.Contains(c.Number);
        return unverified ? c.Number + "（条次未核实，文书中不写）" : c.Number;
    }

    private static string WindowCell(Rule r) =>
        r.Kind == ObligationKind.Urging ? $"{r.MinCount}次{(r.Assumed ? "（" + r.AssumedBy + "）" : "（原文）")}"
        : r.WindowText is null ? (r.Start is null ? "—" : "原文未定时限")
        : r.Assumed ? $"{r.WindowText}（{r.AssumedBy}）" : $"{r.WindowText}（原文）";

    private static string Bearer(Rule r)
    {
        var who = r.Attribution == Attribution.Named ? r.AttributionUnit ?? r.Attribution.Chinese() : r.Attribution.Chinese();
        return r.Obliged.IsEmpty ? who : $"{who}，限{string.Join("、", r.Obliged)}";
    }

    private static string ListWord(string sanction, SanctionCriteria c)
    {
        bool review = c.Review.Enabled && SanctionKinds.TryParse(sanction, out var k) && k == SanctionKind.Accountability;
        return review ? $"{sanction}（条件台账无法认定：列入内部待核查名单）" : sanction;
    }

    private static IEnumerable<string> Lists(SanctionCriteria c)
    {
        static string Triggers(List<FindingTrigger> ts) => string.Join("；", ts.Select(t => $"{t.Label}（{string.Join("、", t.Kinds.Concat(t.SanctionClasses))}）"));
        if (c.Criticism.Enabled && c.Criticism.Triggers.Count > 0)
            yield return $"通报批评：{Triggers(c.Criticism.Triggers)}；依据 {c.Criticism.Clause}“{c.Criticism.Quote}”";
        if (c.Accountability.Enabled)
            yield return $"追责：{Triggers(c.Accountability.Triggers)}；依据 {c.Accountability.Clause}“{c.Accountability.Quote}”";
        if (c.Review.Enabled)
            yield return $"待核查（办公室内部，不进入任何对外文书）：{Triggers(c.Review.Triggers)}；依据 {c.Review.Clause}“{c.Review.Quote}”；须核查：{c.Review.Note}";
    }

    private static string Cell(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}
