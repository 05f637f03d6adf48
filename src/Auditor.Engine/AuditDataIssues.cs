using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Time;

namespace Auditor.Engine;

/// <summary>
/// The data issues an audit adds to those of the ledgers' rows, worded for the office: rules the exports could not
/// show, units the registry does not know, deadlines computed from a provisional calendar.
/// </summary>
internal static class AuditDataIssues
{
    /// <summary>One data issue per rule that the exports could not show for some cases because a column is absent.</summary>
    public static IEnumerable<DataIssue> UncheckableRules(IEnumerable<Finding> findings, IReadOnlyList<string> ledgers) =>
        findings.Where(f => f.NotRecorded is not null)
            .GroupBy(f => (f.RuleId, f.RuleTitle, Columns: f.NotRecorded!))
            .OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Columns, StringComparer.Ordinal)
            .Select(g => new DataIssue(string.Join("；", ledgers), null, null, g.Key.Columns, null, DataIssueKind.MissingColumn,
                $"导出中没有“{g.Key.Columns}”：规则 {g.Key.RuleId}（{g.Key.RuleTitle}）有 {g.Count()} 项无法核查，记为数据不足、不扣分；请在台账模板或导出中补充"));

    /// <summary>One data issue per unit name that bore findings but is not in the registry (not ranked, on no list).</summary>
    public static IEnumerable<DataIssue> UnrankedUnits(IEnumerable<UnitTotals> units, string unitsFile) =>
        units.Select(u => new DataIssue(unitsFile, null, null, null, null, DataIssueKind.UnknownUnit,
            $"单位“{u.Unit}”不在单位名录中，但有 {u.Total} 条判定归属于它（其中超时或未履行 {u.Failures} 条，案件 " +
            $"{string.Join("、", u.SampleCaseIds.Take(UnitTotals.ShownCases))}{(u.MoreCases ? " 等" : "")}）：" +
            "未计入排名和处理名单；请在单位名录中补充该单位或别名后重新审计"));

    /// <summary>
    /// One data issue counting the findings whose deadline used days of a year with no notice on file (computed from
    /// the statute, marked in their evidence): their verdicts stand, but the office should re-run once the notice is in.
    /// </summary>
    /// <param name="calendars">The calendars folder as the reports name it: "rules/calendars" (no machine path in a document).</param>
    public static IEnumerable<DataIssue> ProvisionalCalendar(int findings, IReadOnlyList<int> years, string calendars)
    {
        if (findings == 0) yield break;
        var named = string.Join("、", years.Select(y => $"{y}年"));
        yield return new DataIssue(calendars, null, null, null, null, DataIssueKind.ProvisionalCalendar,
            $"日历目录中没有{named}的放假安排通知：{findings} 条判定的期限用到了{named}的日期，其节假日按{StatutoryHolidays.Statute}推定" +
            "（法定节日及逢周末的补假、周六周日休息，不含调休上班日），判定照常作出，证据末尾已注明；" +
            $"国务院办公厅公布安排后，请用 auditor calendar import 导入为 {string.Join("、", years.Select(y => $"{y}.yaml"))} 并重新审计");
    }
}
