using Auditor.Core.Scoring;
using Auditor.Reports.Office;

namespace Auditor.Reports.Tests;

/// <summary>
/// A list the audit does not decide (neither the governing document nor the office's policy provides it) is never
/// shown — no 名单 document, no “本期无…” section in the notice, no 附件 line — and the notice's numbered headings stay
/// continuous. A decided list that comes out empty still says “本期无…”.
/// </summary>
public class UndecidedListsTests
{
    private static readonly OfficeProfile Office = OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml"));

    private static (string Dir, string Notice) Write(string name, params PublicList[] lists)
    {
        var o = SampleOutcome.Build() with
        {
            Lists = [.. lists],
            Sanctions = [.. SampleOutcome.Sanctions.Where(s => lists.Any(l => l.Kind == s.Kind))],
        };
        var dir = TestFiles.TempDir(name);
        ReportSet.WriteDocuments(o, Office, ReportFiles.Templates, dir);
        Assert.Empty(Directory.GetFiles(dir, "*.docx", SearchOption.AllDirectories).SelectMany(TestFiles.ValidationErrors));
        return (dir, TestFiles.BodyText(Path.Combine(dir, AuditFileNames.Notice)));
    }

    [Fact]
    public void Without_any_list_the_notice_reports_results_only_and_no_list_document_is_written()
    {
        var (dir, notice) = Write("no-lists");
        Assert.False(File.Exists(Path.Combine(dir, AuditFileNames.InterviewList)));
        Assert.False(File.Exists(Path.Combine(dir, AuditFileNames.CommendationList)));
        foreach (var absent in new[] { "通报批评的单位", "约谈", "表扬的单位", "移交追责", "本期无", "附件" })
            Assert.DoesNotContain(absent, notice);
        // 一、总体情况 二、存在的主要问题, then the template's 五、工作要求 becomes 三、
        Assert.Contains("一、总体情况", notice);
        Assert.Contains("二、存在的主要问题", notice);
        Assert.Contains("三、工作要求", notice);
        Assert.DoesNotContain("四、", notice);
        Assert.Contains("存在问题的单位要认真查找原因", notice);
    }

    [Fact]
    public void Only_the_decided_lists_appear_numbered_in_order_and_attached_in_order()
    {
        var (dir, notice) = Write("interview-only", new PublicList(SanctionKind.Interview, "本单位考核办法"));
        Assert.Contains("三、约谈情况", notice);
        Assert.Contains("（一）约谈的单位", notice);
        Assert.DoesNotContain("通报批评的单位", notice);
        Assert.DoesNotContain("移交追责", notice);
        Assert.Contains("四、工作要求", notice);
        Assert.Contains("（名单见附件1）", notice);
        Assert.Contains("附件：1．", notice);
        Assert.DoesNotContain("表扬名单", notice); // the second attachment line
        Assert.Contains("被约谈的单位要认真查找原因", notice);
        var list = TestFiles.BodyText(Path.Combine(dir, AuditFileNames.InterviewList));
        Assert.StartsWith("附件1", list);
        Assert.Contains("根据本单位考核办法和", list);
        Assert.False(File.Exists(Path.Combine(dir, AuditFileNames.CommendationList)));
    }

    [Fact]
    public void A_commendation_list_alone_is_attachment_1()
    {
        var (dir, notice) = Write("commendation-only", new PublicList(SanctionKind.Commendation, "本单位考核办法"));
        Assert.Contains("三、表扬的单位", notice);
        Assert.Contains("四、工作要求", notice);
        Assert.StartsWith("附件1", TestFiles.BodyText(Path.Combine(dir, AuditFileNames.CommendationList)));
    }

    [Fact]
    public void A_decided_list_that_is_empty_says_so()
    {
        var o = SampleOutcome.Build() with { Lists = [new PublicList(SanctionKind.Criticism, null)], Sanctions = [] };
        var dir = TestFiles.TempDir("empty-criticism");
        ReportSet.WriteDocuments(o, Office, ReportFiles.Templates, dir);
        var notice = TestFiles.BodyText(Path.Combine(dir, AuditFileNames.Notice));
        Assert.Contains("三、通报批评情况", notice);
        Assert.Contains("本期无通报批评的单位。", notice);
        Assert.Contains("被通报批评的单位要认真查找原因", notice);
    }
}

public class UndecidedListsInSummaryTests
{
    [Fact]
    public void The_summary_appendix_lists_only_decided_lists()
    {
        var office = OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml"));
        var dir = TestFiles.TempDir("summary-lists");
        ReportSet.WriteDocuments(SampleOutcome.Build() with { Lists = [new PublicList(SanctionKind.Interview, null)] }, office, ReportFiles.Templates, dir);
        var text = TestFiles.BodyText(Path.Combine(dir, AuditFileNames.Summary));
        Assert.Contains("附录1　约谈名单", text);
        Assert.DoesNotContain("通报批评名单（", text);
        Assert.DoesNotContain("表彰名单（", text);

        var none = TestFiles.TempDir("summary-no-lists");
        ReportSet.WriteDocuments(SampleOutcome.Build() with { Lists = [], Sanctions = [] }, office, ReportFiles.Templates, none);
        Assert.Contains("本期考核不产生处理名单", TestFiles.BodyText(Path.Combine(none, AuditFileNames.Summary)));
    }
}
