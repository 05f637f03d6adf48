using System.Text.Json;

namespace Auditor.Cli.Tests.TimeCommands;

public class DeadlineCommandTests
{
    [Fact]
    public void Json_for_the_issue_example()
    {
        var (code, stdout, stderr) = CliRun.WithRules("deadline", "--start", "2026-09-29 09:00", "--window", "3d", "--format", "json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var r = doc.RootElement;
        Assert.Equal("2026-09-29T09:00:00", r.GetProperty("start").GetString());
        Assert.Equal("3d", r.GetProperty("window").GetString());
        Assert.Equal("2026-10-09T00:00:00", r.GetProperty("deadline").GetString());
        Assert.Equal("2026年10月8日24时", r.GetProperty("deadline_text").GetString());
        Assert.True(r.GetProperty("end_of_day").GetBoolean());
        Assert.Contains(r.GetProperty("reasoning").EnumerateArray(), x => x.GetString()!.Contains("国庆节假日"));
    }

    [Fact]
    public void Text_says_which_days_were_skipped_and_why()
    {
        var (code, stdout, _) = CliRun.WithRules("deadline", "--start", "2026-09-29 09:00", "--window", "3d");
        Assert.Equal(0, code);
        Assert.Contains("截止时间：2026年10月8日24时（2026-10-09T00:00:00）", stdout);
        Assert.Contains("10月2日至10月7日为国庆节假日", stdout);
        Assert.Contains("顺延至10月8日", stdout);
        Assert.Contains("民法典", stdout);
    }

    [Theory]
    [InlineData("2026-09-30 16:00")]
    [InlineData("2026/9/30 16:00")]
    [InlineData("2026年9月30日16时")]
    [InlineData("2026年9月30日 16:00")]
    [InlineData("2026.09.30 16:00:00")]
    public void Start_formats_all_mean_the_same_time(string start)
    {
        var (code, stdout, stderr) = CliRun.WithRules("deadline", "--start", start, "--window", "3wd", "--format", "json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("2026-09-30T16:00:00", doc.RootElement.GetProperty("start").GetString());
        // 10-01..10-07 holiday; 10-08, 10-09, make-up Saturday 10-10.
        Assert.Equal("2026-10-11T00:00:00", doc.RootElement.GetProperty("deadline").GetString());
    }

    [Fact]
    public void Explicit_due_overrides_the_window()
    {
        var (code, stdout, _) = CliRun.WithRules("deadline", "--start", "2026-09-29 09:00", "--window", "3d", "--due", "2026-09-30 12:00", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("2026-09-30T12:00:00", doc.RootElement.GetProperty("deadline").GetString());
        Assert.True(doc.RootElement.GetProperty("explicit_due").GetBoolean());
    }

    [Fact]
    public void Zone_changes_the_local_reading()
    {
        // 09:00 in Tokyo; 5h later is 14:00 Tokyo time.
        var (code, stdout, _) = CliRun.WithRules("deadline", "--start", "2026-09-29 09:00", "--window", "5h", "--zone", "Asia/Tokyo", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("2026-09-29T14:00:00", doc.RootElement.GetProperty("deadline").GetString());
        Assert.Equal("Asia/Tokyo", doc.RootElement.GetProperty("zone").GetString());
    }

    [Theory]
    [InlineData("--start", "2026-13-01 09:00")]
    [InlineData("--start", "明天上午")]
    [InlineData("--start", "2026-09-29")]
    [InlineData("--window", "3x")]
    [InlineData("--format", "xml")]
    [InlineData("--zone", "Mars/Olympus")]
    public void Bad_values_are_usage_errors_in_chinese(string option, string value)
    {
        var args = new Dictionary<string, string> { ["--start"] = "2026-09-29 09:00", ["--window"] = "3d", [option] = value };
        var (code, stdout, stderr) = CliRun.WithRules(["deadline", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("错误：", stderr);
        Assert.Contains(option, stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Missing_required_option_is_a_usage_error()
    {
        var (code, _, _) = CliRun.WithRules("deadline", "--window", "3d");
        Assert.Equal(2, code);
    }

    [Fact]
    public void A_year_that_cannot_be_computed_is_named()
    {
        var (code, stdout, stderr) = CliRun.WithRules("deadline", "--start", "2100-12-30 09:00", "--window", "3d");
        Assert.Equal(4, code);
        Assert.Equal("", stdout);
        Assert.Contains("2101", stderr);
    }

    [Fact]
    public void The_december_window_into_2027_is_answered_and_marked_provisional()
    {
        var (code, stdout, stderr) = CliRun.WithRules("deadline", "--start", "2026-12-30 10:00", "--window", "3d");
        Assert.True(code == 0, stderr);
        Assert.Contains("截止时间：2027年1月4日24时（2027-01-05T00:00:00）", stdout);
        Assert.Contains("2027年放假安排尚未收录", stdout);
        Assert.Contains("《全国年节及纪念日放假办法》（2024年修订）", stdout);
        var (jsonCode, json, _) = CliRun.WithRules("deadline", "--start", "2026-12-30 10:00", "--window", "3d", "--format", "json");
        Assert.Equal(0, jsonCode);
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        Assert.Equal("2027-01-05T00:00:00", r.GetProperty("deadline").GetString());
        Assert.True(r.GetProperty("provisional").GetBoolean());
        Assert.Equal([2027], r.GetProperty("provisional_years").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Contains(r.GetProperty("reasoning").EnumerateArray(), x => x.GetString()!.Contains("《全国年节及纪念日放假办法》"));
        // inside 2026 nothing is provisional
        var (_, plain, _) = CliRun.WithRules("deadline", "--start", "2026-09-29 09:00", "--window", "3d", "--format", "json");
        using var plainDoc = JsonDocument.Parse(plain);
        Assert.False(plainDoc.RootElement.GetProperty("provisional").GetBoolean());
    }
}
