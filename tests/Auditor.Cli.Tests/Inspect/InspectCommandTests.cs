using System.Text.Json;

namespace Auditor.Cli.Tests.Inspect;

public class InspectCommandTests
{
    private static string Write(string dir, string name, string text)
    {
        var p = Path.Combine(dir, name);
        File.WriteAllText(p, text);
        return p;
    }

    [Fact]
    public void Text_output_is_a_chinese_summary_with_shape_header_mapping_counts_and_issues()
    {
        var dir = Directory.CreateTempSubdirectory("auditor-inspect-").FullName;
        try
        {
            var path = Write(dir, "a.csv", "某县台账\n舆情编号,填报单位,发现时间,回应时间,舆情简报内容\nA1,城关镇,2026-07-03 14:20,2026-07-04 09:00,简报\nA2,城关镇,2026年7月5日,,\n");
            var (exit, output, _) = InspectFixtureTests.Run("inspect", path, "--as-of", "2026-10-15 00:00");
            Assert.Equal(0, exit);
            Assert.Contains("形态：台账", output);
            Assert.Contains("表头在第2行", output);
            Assert.Contains("发现时间→discovered", output);
            Assert.Contains("未映射的列（保留为附加字段）：舆情简报内容", output);
            Assert.Contains("舆情 2 件，事件 3 个", output);
            Assert.Contains("第4行“发现时间”列（A2）", output);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Json_output_has_cases_events_and_located_issues()
    {
        var dir = Directory.CreateTempSubdirectory("auditor-inspect-").FullName;
        try
        {
            var path = Write(dir, "a.csv", "舆情编号,发现时间,回应时间\nA1,2026-07-03 14:20,2026-07-04 09:00\nA2,2026-07-05 10:00,明天\n");
            var (exit, output, _) = InspectFixtureTests.Run("inspect", path, "--format", "json", "--as-of", "2026-10-15 00:00");
            Assert.Equal(0, exit);
            var j = JsonDocument.Parse(output).RootElement;
            Assert.Equal(2, j.GetProperty("cases").GetInt32());
            Assert.Equal(3, j.GetProperty("events").GetInt32());
            var i = Assert.Single(j.GetProperty("issues").EnumerateArray().ToList());
            Assert.Equal(path, i.GetProperty("file").GetString());
            Assert.Equal(JsonValueKind.Null, i.GetProperty("sheet").ValueKind);
            Assert.Equal(3, i.GetProperty("row").GetInt32());
            Assert.Equal("回应时间", i.GetProperty("column").GetString());
            Assert.Contains("明天", i.GetProperty("message").GetString());
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void A_missing_file_exits_3_with_a_message_and_no_stack_trace()
    {
        var (exit, output, err) = InspectFixtureTests.Run("inspect", "/nonexistent/台账.xlsx");
        Assert.Equal(3, exit);
        Assert.Contains("台账.xlsx", err);
        Assert.Contains("不存在", err);
        Assert.DoesNotContain("   at ", err);
        Assert.Equal("", output);
    }

    [Fact]
    public void A_bad_as_of_is_a_usage_error()
    {
        var (exit, _, err) = InspectFixtureTests.Run("inspect", "x.csv", "--as-of", "下周一");
        Assert.Equal(2, exit);
        Assert.Contains("--as-of", err);
    }
}
