using System.Text.Json;

namespace Auditor.Cli.Tests.Inspect;

/// <summary>
/// `auditor inspect` on the bundled fixtures. Expected numbers come from their spec (fixtures/README.md, "What each
/// file holds"), counted by hand: the row of case #n is
/// title rows + header + n (+ inserted blank/duplicate rows before it).
/// </summary>
public class InspectFixtureTests
{
    internal static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Auditor.sln"))) d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("Auditor.sln not found above the test folder");
    }

    internal static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = AuditorCli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static JsonElement Inspect(string place, string? file = null)
    {
        var dir = Path.Combine(Root, "fixtures", place);
        var files = file is not null ? [Path.Combine(dir, file)] : Directory.GetFiles(dir).Where(f => Path.GetFileName(f) != "units.csv").Order(StringComparer.Ordinal).ToArray();
        var (exit, output, err) = Run([.. new[] { "inspect" }, .. files, "--units", Path.Combine(dir, "units.csv"), "--format", "json", "--as-of", "2026-10-15 00:00"]);
        Assert.True(exit == 0, err);
        return JsonDocument.Parse(output).RootElement;
    }

    private static List<(string Kind, int Row, string Column)> Issues(JsonElement j) =>
        j.GetProperty("issues").EnumerateArray()
            .Select(i => (i.GetProperty("kind").GetString()!, i.GetProperty("row").GetInt32(), i.GetProperty("column").GetString()!))
            .OrderBy(x => x.Item2).ToList();

    [Fact]
    public void Huangchuan_q3_xlsx_with_title_row()
    {
        var j = Inspect("huangchuan", "潢川县2026年第三季度政务舆情处置台账.xlsx");
        Assert.Equal(80, j.GetProperty("cases").GetInt32());
        var f = Assert.Single(j.GetProperty("files").EnumerateArray());
        Assert.Equal(("xlsx", "ledger", 3, 81), (f.GetProperty("format").GetString(), f.GetProperty("shape").GetString(), f.GetProperty("header_row").GetInt32(), f.GetProperty("rows").GetInt32()));
        Assert.Equal(
            [("date-without-time", 20, "发现时间"), ("unknown-unit", 36, "填报单位"), ("event-before-discovery", 49, "上报时间"),
             ("unparsable-time", 56, "回应时间"), ("duplicate-case-id", 75, "舆情编号")],
            Issues(j));
    }

    [Fact]
    public void Huangchuan_both_quarters_together()
    {
        var j = Inspect("huangchuan");
        Assert.Equal(130, j.GetProperty("cases").GetInt32());
        Assert.Equal(2, j.GetProperty("files").GetArrayLength());
        Assert.Equal(5, j.GetProperty("issues").GetArrayLength());
    }

    [Fact]
    public void Gaoan_xls()
    {
        var j = Inspect("gaoan");
        Assert.Equal(70, j.GetProperty("cases").GetInt32());
        var f = Assert.Single(j.GetProperty("files").EnumerateArray());
        Assert.Equal(("xls", 3), (f.GetProperty("format").GetString(), f.GetProperty("header_row").GetInt32()));
        Assert.Equal(
            [("date-without-time", 23, "发现时间"), ("duplicate-case-id", 30, "舆情编号"), ("unknown-unit", 49, "填报单位"), ("unparsable-time", 63, "回应时间")],
            Issues(j));
    }

    [Fact]
    public void Zhanggong_event_log_csv()
    {
        var j = Inspect("zhanggong");
        Assert.Equal(60, j.GetProperty("cases").GetInt32());
        Assert.Equal(270, j.GetProperty("daily_reports").GetInt32());
        var f = Assert.Single(j.GetProperty("files").EnumerateArray());
        Assert.Equal(("event-log", "UTF-8", 3), (f.GetProperty("shape").GetString(), f.GetProperty("encoding").GetString(), f.GetProperty("header_row").GetInt32()));
        var issues = j.GetProperty("issues").EnumerateArray()
            .Select(i => (Kind: i.GetProperty("kind").GetString(), Case: i.GetProperty("case_id").GetString(), Column: i.GetProperty("column").GetString(), Row: i.GetProperty("row").GetInt32()))
            .OrderBy(i => i.Case).ToList();
        Assert.Equal(
            [("date-without-time", "ZGYQ20260011", "时间"), ("unknown-unit", "ZGYQ20260027", "责任单位"),
             ("unparsable-time", "ZGYQ20260039", "时间"), ("event-before-discovery", "ZGYQ20260048", "时间")],
            issues.Select(i => (i.Kind, i.Case, i.Column)));
        // The row number is the line a text editor shows: that line carries the case id.
        var lines = File.ReadAllLines(Directory.GetFiles(Path.Combine(Root, "fixtures", "zhanggong")).Single(p => !p.EndsWith("units.csv")));
        foreach (var i in issues) Assert.StartsWith(i.Case + ",", lines[i.Row - 1]);
        Assert.Contains("2026-07-19", lines[issues[0].Row - 1]);
        Assert.Contains("2026-08-2 下午", lines[issues[2].Row - 1]);
    }

    [Fact]
    public void Xuchang_gb18030_csv_with_synonym_headers()
    {
        var j = Inspect("xuchang");
        Assert.Equal(45, j.GetProperty("cases").GetInt32());
        var f = Assert.Single(j.GetProperty("files").EnumerateArray());
        Assert.Equal(("GB18030", 2), (f.GetProperty("encoding").GetString(), f.GetProperty("header_row").GetInt32()));
        var targets = f.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("header").GetString()!, c => c.GetProperty("target").GetString());
        Assert.Equal("case_id", targets["编号"]);
        Assert.Equal("unit", targets["报送单位"]);
        Assert.Equal("polarity", targets["性质"]);
        Assert.Equal("discovered", targets["监测时间"]);
        Assert.Equal("assigned", targets["转办时间"]);
        Assert.Equal("responded", targets["答复时间"]);
        Assert.Equal("reply_drafted", targets["提出回复意见时间"]);
        Assert.Equal("archived_flag", targets["是否归档"]);
        Assert.Null(targets["舆情简报内容"]);
        Assert.Null(targets["宣传引导提示"]);
        Assert.Equal(
            [("date-without-time", 8, "监测时间"), ("unknown-unit", 20, "报送单位"), ("unparsable-time", 32, "答复时间"),
             ("invalid-value", 44, "是否归档"), ("duplicate-case-id", 49, "编号")],
            Issues(j));
    }

    [Fact]
    public void Nanan_bom_csv_with_chinese_times()
    {
        var j = Inspect("nanan");
        Assert.Equal(55, j.GetProperty("cases").GetInt32());
        var f = Assert.Single(j.GetProperty("files").EnumerateArray());
        Assert.Equal(("UTF-8 BOM", 2), (f.GetProperty("encoding").GetString(), f.GetProperty("header_row").GetInt32()));
        Assert.Equal(
            [("date-without-time", 11, "发现时间"), ("unknown-unit", 23, "填报单位"), ("unparsable-time", 36, "回应时间"),
             ("duplicate-case-id", 49, "舆情编号"), ("future-time", 53, "回应时间")],
            Issues(j));
    }
}
