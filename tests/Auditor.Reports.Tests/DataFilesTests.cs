using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Auditor.Reports.Office;

namespace Auditor.Reports.Tests;

public class DataFilesTests
{
    private static string Write()
    {
        var dir = TestFiles.TempDir("data");
        var outcome = SampleOutcome.Build();
        ReportFiles.WriteSet(outcome, ReportFiles.Office("huangchuan"), dir, SampleOutcome.All());
        ReportFiles.WriteMachine(outcome, SampleOutcome.All(), dir);
        return dir;
    }

    [Fact]
    public void Findings_csv_has_the_design_columns_local_times_and_no_live_formula()
    {
        var dir = Write();
        var bytes = File.ReadAllBytes(Path.Combine(dir, "findings.csv"));
        Assert.NotEqual((byte)0xEF, bytes[0]); // UTF-8 without BOM: machine files (findings.xlsx is the human copy)
        var lines = Encoding.UTF8.GetString(bytes).Split("\n");
        Assert.StartsWith("case_id,unit,rule_id,kind,verdict,start,deadline,actual,overrun_minutes,clause,evidence", lines[0]);
        Assert.Equal(SampleOutcome.Findings.Length + 2, lines.Length); // header + rows + trailing empty
        Assert.StartsWith("HC-2026-001,城关镇,hc-response-48h,response,met,2026-07-10T22:00:00,", lines[1]); // local ISO
        Assert.Contains(lines, l => l.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\""));
        Assert.DoesNotContain(lines, l => l.Contains(",=HYPERLINK") || l.Contains(",\"=HYPERLINK"));
    }

    [Fact]
    public void Scores_sanctions_and_data_issue_csvs_have_one_row_each()
    {
        var dir = Write();
        string[] Rows(string f) => File.ReadAllText(Path.Combine(dir, f)).TrimEnd('\n').Split("\n");
        var scores = Rows("scores.csv");
        Assert.StartsWith("rank,unit,unit_code,score,grade,met,breached,missing,pending,not-applicable,insufficient-data,on_time_rate", scores[0]);
        Assert.Equal(7, scores.Length);
        // 城关镇: 2 met, 1 pending, nothing else → 100.0, on-time rate 2 / (2 + 0 + 0) = 1
        Assert.StartsWith("1,城关镇,HC001,100.0,优秀,2,0,0,1,0,0,1", scores[1]);
        Assert.Equal(7, Rows("sanctions.csv").Length);
        var issues = Rows("data-issues.csv");
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("fixtures/huangchuan/台账-2026Q3.xlsx,台账,12,上报时间,HC-2026-004,date-without-time,", issues[1]);
    }

    [Fact]
    public void Manifest_lists_inputs_and_every_output_with_its_digest()
    {
        var dir = Write();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        var root = doc.RootElement;
        Assert.Equal("huangchuan", root.GetProperty("pack").GetProperty("id").GetString());
        Assert.Equal("2026-10-15T09:00:00", root.GetProperty("as_of").GetString());
        Assert.Equal(2, root.GetProperty("inputs").GetArrayLength());
        var outputs = root.GetProperty("outputs").EnumerateArray().ToDictionary(e => e.GetProperty("path").GetString()!, e => e.GetProperty("sha256").GetString()!);
        Assert.Contains("通报批评.docx", outputs.Keys);
        Assert.Contains("单位成绩单/光明镇.docx", outputs.Keys);
        Assert.Contains("findings.json", outputs.Keys);
        foreach (var (path, sha) in outputs)
            Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(dir, path)))));
        var findings = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "findings.json"))).RootElement.GetProperty("findings");
        Assert.Equal(SampleOutcome.Findings.Length, findings.GetArrayLength());
        Assert.Equal(30, findings[5].GetProperty("overrun_minutes").GetInt64());
        Assert.Equal("4.4", findings[5].GetProperty("clause").GetProperty("clause").GetString());
    }
}
