using Auditor.Core.Domain;
using Auditor.Reports.Office;

namespace Auditor.Reports.Tests;

/// <summary>
/// The data issue of a provisional calendar year is about the office's calendar, not about the units' ledgers: the
/// public notice does not count it as 台账记录不规范, the summary report states it apart, every document still validates.
/// </summary>
public class ProvisionalCalendarTextTests
{
    private const string Message = "日历目录中没有2027年的放假安排通知：12 条判定的期限用到了2027年的日期，其节假日按《全国年节及纪念日放假办法》推定";

    private static string Write(string name, bool ledgerIssues)
    {
        var sample = SampleOutcome.Build();
        var provisional = new DataIssue("rules/calendars", null, null, null, null, DataIssueKind.ProvisionalCalendar, Message);
        var outcome = sample with { DataIssues = [.. ledgerIssues ? sample.DataIssues : [], provisional], ProvisionalYears = [2027] };
        var dir = TestFiles.TempDir(name);
        ReportFiles.WriteSet(outcome, OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml")), dir);
        return dir;
    }

    [Fact]
    public void The_notice_counts_only_ledger_issues()
    {
        var with = TestFiles.BodyText(Path.Combine(Write("prov-notice", ledgerIssues: true), "通报批评.docx"));
        Assert.Contains("发现数据问题3条", with); // the three ledger issues of the sample, not 4
        var only = TestFiles.BodyText(Path.Combine(Write("prov-notice-only", ledgerIssues: false), "通报批评.docx"));
        Assert.DoesNotContain("台账记录不规范", only);
    }

    [Fact]
    public void The_summary_report_states_the_calendar_apart_and_validates()
    {
        var dir = Write("prov-summary", ledgerIssues: true);
        var summary = TestFiles.BodyText(Path.Combine(dir, "汇总评分报告.docx"));
        Assert.Contains("工作日历：" + Message, summary);
        Assert.Contains("共发现数据问题3条", summary);
        Assert.Contains("放假安排按法定节日推定", summary);
        foreach (var f in Directory.GetFiles(dir, "*.docx", SearchOption.AllDirectories))
            Assert.Empty(TestFiles.ValidationErrors(f));
    }
}
