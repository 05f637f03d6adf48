using Auditor.Reports.Office;

namespace Auditor.Reports.Tests;

[Collection(HeavyTests.Name)]
public class ScaleTests
{
    [Fact]
    public void Thousand_unit_audit_writes_every_scorecard_and_a_summary_that_fits_the_page()
    {
        var o = SampleOutcome.Build(extraUnits: int.TryParse(Environment.GetEnvironmentVariable("AUDITOR_SCALE_UNITS"), out var n) ? n : 1000);
        var dir = TestFiles.TempDir("scale");
        ReportSet.WriteDocuments(o, OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml")), ReportFiles.Templates, dir);
        Assert.Equal(o.Scores.Length, Directory.GetFiles(Path.Combine(dir, "单位成绩单")).Length);
        Assert.Empty(TestFiles.ValidationErrors(Path.Combine(dir, "汇总评分报告.docx")));
        Assert.Contains($"只列出得分最低的40个单位", TestFiles.BodyText(Path.Combine(dir, "汇总评分报告.docx")));
    }
}
