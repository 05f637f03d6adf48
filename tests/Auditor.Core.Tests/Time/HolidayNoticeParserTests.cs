using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Tests.Time;

/// <summary>
/// Importing the real notices (Data/notices/, the texts as published on gov.cn) reproduces the shipped calendar
/// files day by day, and the text an office copies in is read leniently where it can be and refused by line where it
/// cannot.
/// </summary>
public class HolidayNoticeParserTests
{
    private static string Notice(string name) => File.ReadAllText(TestRepo.Data(Path.Combine("notices", name)));

    private static CalendarYear Import(int year)
    {
        var y = HolidayNoticeParser.Parse(Notice($"{year}.txt"), $"{year}.txt");
        return year == 2020 ? HolidayNoticeParser.Amend(y, Notice("2020-extension.txt"), "2020-extension.txt") : y;
    }

    public static TheoryData<int> Years => [2020, 2021, 2022, 2023, 2024, 2025, 2026];

    [Theory]
    [MemberData(nameof(Years))]
    public void Importing_the_notice_reproduces_the_shipped_calendar_day_by_day(int year)
    {
        var imported = Import(year);
        var shipped = TestRepo.Calendar;
        // The shipped calendar with this year's file replaced by the imported one.
        var replaced = new WorkCalendar(shipped.Sources.Where(s => s.Year != year).Append(imported));
        for (var d = new LocalDate(year - 1, 12, 1); d <= new LocalDate(year + 1, 1, 31); d = d.PlusDays(1))
        {
            Assert.True(shipped.KindOf(d) == replaced.KindOf(d), $"{d:uuuu-MM-dd}: shipped {shipped.KindOf(d)}, imported {replaced.KindOf(d)}");
            Assert.Equal(shipped.HolidayName(d), replaced.HolidayName(d));
            Assert.Equal(shipped.AdjustedWorkdayFor(d), replaced.AdjustedWorkdayFor(d));
        }
        var file = shipped.Sources.Single(s => s.Year == year);
        Assert.Equal(file.Notice, imported.Notice);
        Assert.Equal(file.Amendments, imported.Amendments);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void The_written_file_loads_and_gives_the_same_year(int year)
    {
        var imported = Import(year);
        var dir = Directory.CreateTempSubdirectory("auditor-import-");
        try
        {
            var path = Path.Combine(dir.FullName, $"{year}.yaml");
            File.WriteAllText(path, CalendarYearWriter.Write(imported, "由测试生成"));
            var loaded = WorkCalendarLoader.LoadFile(path);
            Assert.Equal(imported.Notice, loaded.Notice);
            Assert.Equal(imported.Amendments, loaded.Amendments);
            Assert.Equal(imported.Holidays, loaded.Holidays);
            Assert.Equal(imported.AdjustedWorkdays, loaded.AdjustedWorkdays);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Item_texts_are_the_notice_wording()
    {
        var y = Import(2026);
        Assert.Equal("二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。",
            y.Holidays.Single(h => h.Name == "春节").Text);
        // Every item text of the shipped 2021–2026 files is the notice's line, word for word.
        foreach (var year in new[] { 2021, 2022, 2023, 2024, 2025, 2026 })
            Assert.Equal(TestRepo.Calendar.Sources.Single(s => s.Year == year).Holidays.Select(h => h.Text), Import(year).Holidays.Select(h => h.Text));
    }

    [Fact]
    public void The_2020_extension_moves_the_end_and_cancels_the_saturday_make_up_day()
    {
        var y = Import(2020);
        var spring = y.Holidays.Single(h => h.Name == "春节");
        Assert.Equal((new LocalDate(2020, 1, 24), new LocalDate(2020, 2, 2)), (spring.From, spring.To));
        Assert.DoesNotContain(y.AdjustedWorkdays, a => a.Date == new LocalDate(2020, 2, 1));
        Assert.Contains(y.AdjustedWorkdays, a => a.Date == new LocalDate(2020, 1, 19));
        Assert.Equal("国办发明电〔2020〕1号", Assert.Single(y.Amendments).Number);
    }

    [Fact]
    public void Half_width_punctuation_spaces_and_one_paragraph_are_read_the_same()
    {
        var text = Notice("2026.txt");
        var expected = HolidayNoticeParser.Parse(text, "a");
        var halfWidth = text.Replace('（', '(').Replace('）', ')').Replace('：', ':').Replace('，', ',').Replace("　", "  ");
        var oneParagraph = string.Join("", text.Split('\n').Select(l => l.Trim())); // everything on one line
        var wrapped = text.Replace("（农历正月初七、周一）", "（农历正月初七、\n周一）"); // a PDF line break inside an item
        // the whole gov.cn page: its index table above the notice and the page footer below
        var page = "索 引 号：000014349/2025-00077\n发文机关：国务院办公厅\t成文日期：2025年11月04日\n标　　题：国务院办公厅关于2026年部分节假日安排的通知\n" +
            "发文字号：国办发明电〔2025〕7号\t发布日期：2025年11月04日\n\n" + text + "\n【我要纠错】 责任编辑：某某\n扫一扫在手机打开当前页\n";
        foreach (var variant in new[] { halfWidth, oneParagraph, wrapped, page })
        {
            var y = HolidayNoticeParser.Parse(variant, "b");
            Assert.Equal(expected.Notice, y.Notice);
            Assert.Equal(expected.Holidays.Select(h => (h.Name, h.From, h.To)), y.Holidays.Select(h => (h.Name, h.From, h.To)));
            Assert.Equal(expected.AdjustedWorkdays, y.AdjustedWorkdays);
        }
    }

    [Fact]
    public void A_number_missing_from_the_text_is_taken_from_the_caller_and_must_agree_when_present()
    {
        var withoutNumber = Notice("2026.txt").Replace("国办发明电〔2025〕7号\n", "");
        var ex = Assert.Throws<InputException>(() => HolidayNoticeParser.Parse(withoutNumber, "n.txt"));
        Assert.StartsWith("n.txt:1: ", ex.Message);
        Assert.Contains("--number", ex.Message);
        Assert.Equal("国办发明电〔2025〕7号", HolidayNoticeParser.Parse(withoutNumber, "n.txt", "国办发明电[2025]7号").Notice.Number);
        var clash = Assert.Throws<InputException>(() => HolidayNoticeParser.Parse(Notice("2026.txt"), "n.txt", "国办发明电〔2025〕8号"));
        Assert.StartsWith("n.txt:2: ", clash.Message);
    }

    [Theory]
    // a weekday that is not the date's: 1月1日 2026 is a Thursday
    [InlineData("一、元旦：1月1日（周四）", "一、元旦：1月1日（周五）", 6, "星期四")]
    // 共N天 that disagrees with the dates
    [InlineData("放假，共3天。\n　　四、", "放假，共4天。\n　　四、", 8, "共 3 天")]
    // a sentence that is neither days off, days worked nor an encouragement
    [InlineData("5月9日（周六）上班。", "5月9日（周六）上班。另行通知。", 9, "另行通知")]
    // an item whose first sentence is not a holiday
    [InlineData("五、端午节：6月19日（周五）至21日（周日）放假，共3天。", "五、端午节：另行安排。", 10, "不是放假日期")]
    // a skipped item number
    [InlineData("六、中秋节", "七、中秋节", 11, "期望“六、”")]
    // an impossible date
    [InlineData("9月20日（周日）、10月10日（周六）上班", "9月31日、10月10日（周六）上班", 12, "9月31日")]
    public void Text_that_does_not_parse_is_refused_with_its_line(string from, string to, int line, string said)
    {
        var text = Notice("2026.txt");
        Assert.Contains(from, text);
        var ex = Assert.Throws<InputException>(() => HolidayNoticeParser.Parse(text.Replace(from, to), "2027.txt"));
        Assert.StartsWith($"2027.txt:{line}: ", ex.Message);
        Assert.Contains(said, ex.Message);
        Assert.Equal(ExitCodes.Input, ex.ExitCode);
    }

    [Fact]
    public void Title_and_signature_date_are_required()
    {
        var noTitle = Notice("2026.txt").Replace("国务院办公厅关于2026年部分节假日安排的通知\n", "");
        Assert.Contains("找不到通知标题", Assert.Throws<InputException>(() => HolidayNoticeParser.Parse(noTitle, "t")).Message);
        var noDate = Notice("2026.txt").Replace("2025年11月4日", "");
        Assert.Contains("找不到成文日期", Assert.Throws<InputException>(() => HolidayNoticeParser.Parse(noDate, "t")).Message);
        var otherNotice = Notice("2020-extension.txt");
        Assert.Contains("不是放假安排通知", Assert.Throws<InputException>(() => HolidayNoticeParser.Parse(otherNotice, "t")).Message);
    }

    [Fact]
    public void Older_wordings_one_day_with_a_day_in_lieu_and_a_cross_year_new_year()
    {
        // The 2014 notice's wording for 清明: "4月5日放假，4月7日（星期一）补休。"; 2023's 元旦 starts in 2022.
        var text = """
            国务院办公厅关于2014年部分节假日安排的通知
            国办发明电〔2013〕28号
            一、元旦：1月1日放假1天。
            二、清明节：4月5日放假，4月7日（星期一）补休。
            国务院办公厅
            2013年12月11日
            """;
        var y = HolidayNoticeParser.Parse(text, "2014.txt");
        Assert.Equal(2014, y.Year);
        Assert.Equal(new[] { new LocalDate(2014, 4, 5), new LocalDate(2014, 4, 7) },
            y.Holidays.Where(h => h.Name == "清明节").SelectMany(h => h.Dates()));
        var newYear = Import(2023).Holidays.First();
        Assert.Equal((new LocalDate(2022, 12, 31), new LocalDate(2023, 1, 2)), (newYear.From, newYear.To));
    }

    [Fact]
    public void An_extension_that_does_not_fit_is_refused()
    {
        var base2020 = HolidayNoticeParser.Parse(Notice("2020.txt"), "2020.txt");
        var wrongBack = Notice("2020-extension.txt").Replace("2月3日（星期一）起正常上班", "2月4日（星期二）起正常上班");
        Assert.Contains("恢复上班应是次日", Assert.Throws<InputException>(() => HolidayNoticeParser.Amend(base2020, wrongBack, "e")).Message);
        var unknown = Notice("2020-extension.txt").Replace("延长2020年春节假期", "延长2020年元宵节假期");
        Assert.Contains("元宵节", Assert.Throws<InputException>(() => HolidayNoticeParser.Amend(base2020, unknown, "e")).Message);
        var otherYear = HolidayNoticeParser.Parse(Notice("2021.txt"), "2021.txt");
        Assert.Contains("2020 年", Assert.Throws<InputException>(() => HolidayNoticeParser.Amend(otherYear, Notice("2020-extension.txt"), "e")).Message);
        // without 起, as gov.cn printed it
        var plain = HolidayNoticeParser.Amend(base2020, Notice("2020-extension.txt").Replace("起正常上班", "正常上班"), "e");
        Assert.Equal(new LocalDate(2020, 2, 2), plain.Holidays.Single(h => h.Name == "春节").To);
    }

    [Fact]
    public void Texts_with_quotes_and_yaml_characters_survive_the_file()
    {
        var y = new CalendarYear(2030, new CalendarNotice("国务院办公厅关于2030年\"部分\"节假日安排的通知", "国办发明电〔2029〕1号", new LocalDate(2029, 11, 1)), [],
            [new HolidayPeriod("国庆节", new LocalDate(2030, 10, 1), new LocalDate(2030, 10, 7), "七、国庆节: #1 \\ 'x' [a] {b} - c")], [], "");
        var loaded = WorkCalendarLoader.Parse(CalendarYearWriter.Write(y), "2030.yaml");
        Assert.Equal(y.Notice, loaded.Notice);
        Assert.Equal(y.Holidays, loaded.Holidays);
    }
}
