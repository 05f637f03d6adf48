using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Tests.Time;

public class WorkCalendarLoaderTests
{
    private const string Good = """
        year: 2030
        notice:
          title: 国务院办公厅关于2030年部分节假日安排的通知
          number: 国办发明电〔2029〕1号
          issued: 2029-11-01
        holidays:
          - name: 国庆节
            from: 2030-10-01
            to: 2030-10-07
            days: 7
        adjusted_workdays:
          - date: 2030-09-29
            for: 国庆节
        """;

    private static RulePackException Broken(string yaml) =>
        Assert.Throws<RulePackException>(() => WorkCalendarLoader.Parse(yaml, "cal/2030.yaml"));

    [Fact]
    public void Loads_a_good_file()
    {
        var y = WorkCalendarLoader.Parse(Good, "cal/2030.yaml");
        Assert.Equal(2030, y.Year);
        Assert.Equal("国办发明电〔2029〕1号", y.Notice.Number);
        Assert.Equal(new LocalDate(2029, 11, 1), y.Notice.Issued);
        var cal = new WorkCalendar([y]);
        Assert.Equal(DayKind.Holiday, cal.KindOf(new LocalDate(2030, 10, 5)));
        Assert.Equal("国庆节", cal.HolidayName(new LocalDate(2030, 10, 5)));
        Assert.Equal(DayKind.AdjustedWorkday, cal.KindOf(new LocalDate(2030, 9, 29))); // a Sunday
        Assert.Equal(DayKind.Weekend, cal.KindOf(new LocalDate(2030, 9, 28)));
        Assert.Equal(DayKind.Workday, cal.KindOf(new LocalDate(2030, 10, 8)));
        Assert.False(cal.IsProvisional(new LocalDate(2030, 10, 8)));
        // No file for 2031: provisional, from the statute (元旦 2031-01-01 is a Wednesday).
        Assert.True(cal.IsProvisional(new LocalDate(2031, 1, 1)));
        Assert.Equal(DayKind.Holiday, cal.KindOf(new LocalDate(2031, 1, 1)));
        Assert.Equal("元旦", cal.HolidayName(new LocalDate(2031, 1, 1)));
        Assert.Equal(2101, Assert.Throws<CalendarMissingException>(() => cal.KindOf(new LocalDate(2101, 1, 1))).Year);
    }

    [Fact]
    public void Bad_date_names_line_and_column()
    {
        var ex = Broken(Good.Replace("from: 2030-10-01", "from: 2030-13-01"));
        Assert.StartsWith("cal/2030.yaml:8:11:", ex.Message);
        Assert.Contains("yyyy-MM-dd", ex.Message);
        Assert.Contains("2030-13-01", ex.Message);
        Assert.Equal(ExitCodes.RulePack, ex.ExitCode);
    }

    [Fact]
    public void Yaml_syntax_error_names_line_and_column()
    {
        var ex = Broken(Good.Replace("    days: 7", "    days: [7"));
        Assert.Matches(@"^cal/2030\.yaml:\d+:\d+: 错误：YAML 语法错误", ex.Message);
    }

    [Fact]
    public void Missing_notice_is_reported()
    {
        var yaml = string.Join("\n", Good.Split('\n').Where(l => !l.StartsWith("notice") && !l.StartsWith("  ")));
        var ex = Broken(yaml);
        Assert.Contains("缺少必填项“notice”", ex.Message);
        Assert.StartsWith("cal/2030.yaml:1:1:", ex.Message);
    }

    [Fact]
    public void Every_mistake_of_a_file_is_reported_at_once_each_at_its_place()
    {
        var ex = Broken(Good.Replace("year: 2030", "year: 2031").Replace("days: 7", "days: 8").Replace("date: 2030-09-29", "date: 2030-09-30"));
        Assert.Equal([
            "cal/2030.yaml:1:7: 错误：期望 year 与文件名一致（2030），实际为 2031",
            "cal/2030.yaml:10:11: 错误：期望 days 等于 2030-10-01 至 2030-10-07 的天数 7，实际为 8",
            "cal/2030.yaml:12:11: 错误：期望调休上班日是星期六或星期日，实际 2030-09-30 是星期一"], ex.Message.Split('\n'));
    }

    [Fact]
    public void Year_must_match_the_file_name()
    {
        var ex = Broken(Good.Replace("year: 2030", "year: 2031"));
        Assert.StartsWith("cal/2030.yaml:1:7:", ex.Message);
        Assert.Contains("文件名", ex.Message);
    }

    [Fact]
    public void Day_count_must_match_the_range()
    {
        var ex = Broken(Good.Replace("days: 7", "days: 8"));
        Assert.StartsWith("cal/2030.yaml:10:11:", ex.Message);
        Assert.Contains("天数 7", ex.Message);
    }

    [Fact]
    public void Adjusted_workday_must_be_a_weekend_day()
    {
        var ex = Broken(Good.Replace("date: 2030-09-29", "date: 2030-09-30"));
        Assert.StartsWith("cal/2030.yaml:12:11:", ex.Message);
        Assert.Contains("星期一", ex.Message);
    }

    [Fact]
    public void Adjusted_workday_inside_the_holiday_is_rejected()
    {
        var ex = Broken(Good.Replace("date: 2030-09-29", "date: 2030-10-05"));
        Assert.Contains("落在“国庆节”放假期间内", ex.Message);
    }

    [Fact]
    public void Unknown_key_is_rejected()
    {
        var ex = Broken(Good.Replace("    days: 7", "    dayz: 7"));
        Assert.StartsWith("cal/2030.yaml:10:5:", ex.Message);
        Assert.Contains("dayz", ex.Message);
    }

    [Fact]
    public void Reversed_range_is_rejected()
    {
        var ex = Broken(Good.Replace("to: 2030-10-07", "to: 2030-09-07").Replace("    days: 7\n", ""));
        Assert.StartsWith("cal/2030.yaml:9:9:", ex.Message);
    }

    [Fact]
    public void Duplicate_year_across_files_is_rejected()
    {
        var dir = Directory.CreateTempSubdirectory("auditor-cal-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "2030.yaml"), Good);
            File.WriteAllText(Path.Combine(dir.FullName, "extra.yaml"), Good);
            var ex = Assert.Throws<RulePackException>(() => WorkCalendarLoader.LoadDirectory(dir.FullName));
            Assert.Contains("重复", ex.Message);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Empty_or_missing_directory_is_a_rule_pack_error()
    {
        var dir = Directory.CreateTempSubdirectory("auditor-cal-");
        try
        {
            Assert.Throws<RulePackException>(() => WorkCalendarLoader.LoadDirectory(dir.FullName));
            Assert.Throws<RulePackException>(() => WorkCalendarLoader.LoadDirectory(Path.Combine(dir.FullName, "nope")));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Every_real_year_cites_a_state_council_notice()
    {
        Assert.Equal(Enumerable.Range(2020, 7), TestRepo.Calendar.Years);
        foreach (var y in TestRepo.Calendar.Sources)
        {
            Assert.StartsWith($"国务院办公厅关于{y.Year}年部分节假日安排的通知", y.Notice.Title);
            Assert.Matches(@"^国办发明电〔\d{4}〕\d+号$", y.Notice.Number);
            Assert.True(y.Notice.Issued.Year == y.Year - 1, $"{y.Year}: issued {y.Notice.Issued}");
        }
    }
}
