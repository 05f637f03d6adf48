using System.Diagnostics;
using Auditor.Reports.Office;
using Xunit.Abstractions;

namespace Auditor.Reports.Tests;

[Collection(HeavyTests.Name)]
public class ScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void Thousand_unit_audit_writes_every_scorecard_and_a_summary_that_fits_the_page()
    {
        var o = SampleOutcome.Build(extraUnits: int.TryParse(Environment.GetEnvironmentVariable("AUDITOR_SCALE_UNITS"), out var n) ? n : 1000);
        var dir = TestFiles.TempDir("scale");
        var sw = Stopwatch.StartNew();
        var written = ReportSet.WriteAll(o, OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml")), dir);
        output.WriteLine($"{o.Scores.Length} units: {sw.ElapsedMilliseconds} ms for the whole set");
        Assert.Equal(o.Scores.Length, Directory.GetFiles(Path.Combine(dir, "单位成绩单")).Length);
        Assert.Empty(TestFiles.ValidationErrors(Path.Combine(dir, "汇总评分报告.docx")));
        Assert.Contains($"只列出得分最低的40个单位", TestFiles.BodyText(Path.Combine(dir, "汇总评分报告.docx")));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60), $"took {sw.Elapsed}");
    }
}
