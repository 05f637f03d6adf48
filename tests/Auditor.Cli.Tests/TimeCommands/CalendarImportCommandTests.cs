using Auditor.Core.Time;

namespace Auditor.Cli.Tests.TimeCommands;

/// <summary>`auditor calendar import` end to end, and an office's own rules folder taking the imported year.</summary>
public sealed class CalendarImportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("auditor-import-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Notice(string name) => Path.Combine(CliRun.Root, "tests", "Auditor.Core.Tests", "Time", "Data", "notices", name);

    // Invented for this test (the 2027 notice is not yet published): weekdays are 2027's.
    private const string Invented2027 = """
        国务院办公厅关于2027年部分节假日安排的通知
        国办发明电〔2026〕99号
        一、元旦：1月1日（周五）至3日（周日）放假，共3天。
        二、春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，共9天。2月14日（周日）上班。
        国务院办公厅
        2026年11月1日
        """;

    [Fact]
    public void Without_out_the_file_goes_to_standard_output_and_loads()
    {
        var (code, stdout, stderr) = CliRun.Run("calendar", "import", Notice("2026.txt"));
        Assert.True(code == 0, stderr);
        var y = WorkCalendarLoader.Parse(stdout, "2026.yaml");
        var shipped = WorkCalendarLoader.LoadFile(Path.Combine(CliRun.Rules, "calendars", "2026.yaml"));
        Assert.Equal(shipped.Notice, y.Notice);
        Assert.Equal(shipped.Holidays, y.Holidays);
        Assert.Equal(shipped.AdjustedWorkdays, y.AdjustedWorkdays);
    }

    [Fact]
    public void The_2020_notice_and_its_extension_give_the_shipped_2020()
    {
        var path = Path.Combine(_dir, "2020.yaml");
        var (code, stdout, stderr) = CliRun.Run("calendar", "import", Notice("2020.txt"), Notice("2020-extension.txt"), "--out", path);
        Assert.True(code == 0, stderr);
        Assert.Contains("已写入", stdout);
        var y = WorkCalendarLoader.LoadFile(path);
        var shipped = WorkCalendarLoader.LoadFile(Path.Combine(CliRun.Rules, "calendars", "2020.yaml"));
        Assert.Equal(shipped.Amendments, y.Amendments);
        Assert.Equal(shipped.Holidays.Select(h => (h.Name, h.From, h.To)), y.Holidays.Select(h => (h.Name, h.From, h.To)));
        Assert.Equal(shipped.AdjustedWorkdays, y.AdjustedWorkdays);
    }

    [Fact]
    public void An_office_adds_next_year_to_its_own_rules_folder()
    {
        // Copy the rules folder, import the (invented) 2027 notice into it, and the deadline stops being provisional.
        var rules = Path.Combine(_dir, "本单位规则");
        CopyDirectory(CliRun.Rules, rules);
        var notice = Path.Combine(_dir, "通知.txt");
        File.WriteAllText(notice, Invented2027);
        // 2027-01-29 + 7 = Fri 2-5: provisional → 除夕 2-5 … 补假 2-10 off, Thu 2-11; with the notice → 2-5..2-13 off, Sun 2-14 works.
        var (_, before, _) = CliRun.Run("deadline", "--start", "2027-01-29 10:00", "--window", "7d", "--rules", rules);
        Assert.Contains("截止时间：2027年2月11日24时", before);
        Assert.Contains("推定", before);
        var (code, _, stderr) = CliRun.Run("calendar", "import", notice, "--out", Path.Combine(rules, "calendars", "2027.yaml"));
        Assert.True(code == 0, stderr);
        var (_, after, _) = CliRun.Run("deadline", "--start", "2027-01-29 10:00", "--window", "7d", "--rules", rules);
        Assert.Contains("截止时间：2027年2月14日24时", after);
        Assert.DoesNotContain("推定", after);
        var (_, csv, _) = CliRun.Run("calendar", "--from", "2027-02-14", "--to", "2027-02-14", "--rules", rules);
        Assert.Equal("date,kind,provisional\n2027-02-14,adjusted-workday,false\n", csv);
    }

    [Fact]
    public void A_text_that_does_not_parse_names_its_line()
    {
        var notice = Path.Combine(_dir, "bad.txt");
        File.WriteAllText(notice, Invented2027.Replace("1月1日（周五）", "1月1日（周六）"));
        var (code, stdout, stderr) = CliRun.Run("calendar", "import", notice);
        Assert.Equal(3, code);
        Assert.Equal("", stdout);
        Assert.Contains($"{notice}:3: ", stderr);
        Assert.Contains("星期五", stderr);
    }

    [Fact]
    public void The_number_can_be_given_and_a_file_named_for_another_year_is_refused()
    {
        var notice = Path.Combine(_dir, "n.txt");
        File.WriteAllText(notice, Invented2027.Replace("国办发明电〔2026〕99号\n", ""));
        var (missing, _, err) = CliRun.Run("calendar", "import", notice);
        Assert.Equal(3, missing);
        Assert.Contains("--number", err);
        var (ok, stdout, _) = CliRun.Run("calendar", "import", notice, "--number", "国办发明电〔2026〕99号");
        Assert.Equal(0, ok);
        Assert.Contains("number: \"国办发明电〔2026〕99号\"", stdout);
        var (wrong, _, err2) = CliRun.Run("calendar", "import", notice, "--number", "国办发明电〔2026〕99号", "--out", Path.Combine(_dir, "2026.yaml"));
        Assert.Equal(4, wrong);
        Assert.Contains("2026.yaml", err2);
        Assert.False(File.Exists(Path.Combine(_dir, "2026.yaml")));
    }

    [Fact]
    public void A_notice_saved_as_gb18030_reads_the_same()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var notice = Path.Combine(_dir, "gbk.txt");
        File.WriteAllBytes(notice, System.Text.Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(Notice("2026.txt"))));
        var (code, stdout, stderr) = CliRun.Run("calendar", "import", notice);
        Assert.True(code == 0, stderr);
        Assert.Contains("title: \"国务院办公厅关于2026年部分节假日安排的通知\"", stdout);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.GetDirectories(from)) CopyDirectory(d, Path.Combine(to, Path.GetFileName(d)));
    }
}
