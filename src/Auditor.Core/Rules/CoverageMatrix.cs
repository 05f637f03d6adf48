using System.Text;
using Auditor.Core.Domain;

namespace Auditor.Core.Rules;

/// <summary>`auditor rules coverage`: the pack's clause list as a Markdown table (clause → rules or why not machine-checkable).</summary>
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
            sb.Append("| ").Append(Cell(c.Source)).Append(" | ").Append(Cell(c.Number)).Append(" | ").Append(Cell(c.Summary ?? "")).Append(" | ");
            sb.Append(Cell(string.Join("<br>", rules.Select(r => r.Id)))).Append(" | ");
            sb.Append(Cell(string.Join("<br>", rules.Select(r => r.Kind.Id())))).Append(" | ");
            sb.Append(Cell(string.Join("<br>", rules.Select(r => r.WindowText ?? "—")))).Append(" | ");
            sb.Append(Cell(c.NotCheckable is null ? "机检" : "不可机检：" + c.NotCheckable)).AppendLine(" |");
        }
        var listed = new HashSet<string>(pack.Clauses.SelectMany(c => c.RuleIds), StringComparer.Ordinal);
        var unlisted = pack.Rules.Where(r => !listed.Contains(r.Id)).ToList();
        if (unlisted.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("未列入条款清单的规则：" + string.Join("、", unlisted.Select(r => r.Id)));
        }
        return sb.ToString();
    }

    private static string Cell(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}
