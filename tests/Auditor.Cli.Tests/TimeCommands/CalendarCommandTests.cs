namespace Auditor.Cli.Tests.TimeCommands;

public class CalendarCommandTests
{
    [Fact]
    public void Csv_2020_to_2026_equals_the_independent_reference()
    {
        var (code, stdout, stderr) = CliRun.WithRules("calendar", "--from", "2020-01-01", "--to", "2026-12-31", "--format", "csv");
        Assert.True(code == 0, stderr);
        // Produced from the npm package chinese-days 1.5.7 (tests/Auditor.Core.Tests/Time/Data/make-reference.sh),
        // which agrees with the State Council notices on every day.
        var reference = File.ReadAllText(Path.Combine(CliRun.Root, "tests", "Auditor.Core.Tests", "Time", "Data", "reference-chinese-days.csv")).Replace("\r\n", "\n");
        // Every day of 2020–2026 is announced: the third column is false throughout.
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal("date,kind,provisional", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",false", l));
        Assert.Equal(reference, string.Join("\n", lines.Select(l => l[..l.LastIndexOf(',')]).Skip(1).Prepend("date,kind")) + "\n");
    }

    [Fact]
    public void Csv_has_header_and_one_line_per_date()
    {
        var (code, stdout, _) = CliRun.WithRules("calendar", "--from", "2026-10-09", "--to", "2026-10-11");
        Assert.Equal(0, code);
        Assert.Equal("date,kind,provisional\n2026-10-09,workday,false\n2026-10-10,adjusted-workday,false\n2026-10-11,weekend,false\n", stdout);
    }

    [Fact]
    public void Text_names_holidays_and_make_up_days()
    {
        var (code, stdout, _) = CliRun.WithRules("calendar", "--from", "2026-02-14", "--to", "2026-02-15", "--format", "text");
        Assert.Equal(0, code);
        Assert.Equal("2026-02-14 星期六 调休上班日（春节调休）\n2026-02-15 星期日 节假日（春节）\n", stdout);
    }

    [Fact]
    public void A_year_that_cannot_be_computed_fails_before_writing_anything()
    {
        var (code, stdout, stderr) = CliRun.WithRules("calendar", "--from", "2100-12-30", "--to", "2101-01-02");
        Assert.Equal(4, code);
        Assert.Equal("", stdout);
        Assert.Contains("2101", stderr);
    }

    [Theory]
    [InlineData("2026-10-11", "2026-10-01")]
    [InlineData("2026-02-30", "2026-03-01")]
    [InlineData("2026-10-01 09:00", "2026-10-02")]
    public void Bad_ranges_are_usage_errors(string from, string to)
    {
        var (code, _, stderr) = CliRun.WithRules("calendar", "--from", from, "--to", to);
        Assert.Equal(2, code);
        Assert.StartsWith("错误：", stderr);
    }

    [Fact]
    public void Broken_calendar_file_is_a_rule_pack_error_with_position()
    {
        var dir = Directory.CreateTempSubdirectory("auditor-rules-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "calendars"));
            File.WriteAllText(Path.Combine(dir.FullName, "calendars", "2026.yaml"), "year: 2026\nnotice:\n  title: x\n  number: y\n  issued: 2025-11-31\nholidays: []\n");
            var (code, _, stderr) = CliRun.Run("calendar", "--from", "2026-01-01", "--to", "2026-01-02", "--rules", dir.FullName);
            Assert.Equal(4, code);
            Assert.Contains("2026.yaml:5:11:", stderr);
            Assert.Contains("2025-11-31", stderr);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Provisional_days_are_marked_in_every_format()
    {
        var (code, csv, _) = CliRun.WithRules("calendar", "--from", "2026-12-31", "--to", "2027-01-02");
        Assert.Equal(0, code);
        Assert.Equal("date,kind,provisional\n2026-12-31,workday,false\n2027-01-01,holiday,true\n2027-01-02,weekend,true\n", csv);
        var (_, text, _) = CliRun.WithRules("calendar", "--from", "2027-02-05", "--to", "2027-02-06", "--format", "text");
        Assert.Equal("2027-02-05 星期五 节假日（春节，推定）\n2027-02-06 星期六 节假日（春节，推定）\n", text);
        var (_, json, _) = CliRun.WithRules("calendar", "--from", "2026-10-10", "--to", "2026-10-10", "--format", "json");
        using (var doc = System.Text.Json.JsonDocument.Parse(json))
        {
            var day = Assert.Single(doc.RootElement.EnumerateArray().ToList());
            Assert.Equal("adjusted-workday", day.GetProperty("kind").GetString());
            Assert.Equal("国庆节", day.GetProperty("adjusted_for").GetString());
            Assert.False(day.GetProperty("provisional").GetBoolean());
        }
        var (_, json27, _) = CliRun.WithRules("calendar", "--from", "2027-10-04", "--to", "2027-10-04", "--format", "json");
        using (var doc = System.Text.Json.JsonDocument.Parse(json27))
        {
            var day = Assert.Single(doc.RootElement.EnumerateArray().ToList());
            Assert.Equal("holiday", day.GetProperty("kind").GetString()); // 补假 for Sat 10-2 (第六条)
            Assert.Equal("国庆节", day.GetProperty("holiday").GetString());
            Assert.True(day.GetProperty("provisional").GetBoolean());
        }
    }

    [Fact]
    public void From_and_to_are_required_for_the_listing()
    {
        var (code, _, stderr) = CliRun.WithRules("calendar", "--from", "2026-01-01");
        Assert.Equal(2, code);
        Assert.Contains("--to", stderr);
    }
}
