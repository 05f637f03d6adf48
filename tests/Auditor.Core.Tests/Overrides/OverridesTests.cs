using Auditor.Core.Domain;
using Auditor.Core.Overrides;
using Auditor.Core.Scoring;
using NodaTime;
using static Auditor.Core.Tests.Scoring.TestFindings;
using Auditor.Core.Tests.Scoring;

namespace Auditor.Core.Tests.Overrides;

public class OverridesTests
{
    private static readonly string[] Header = ["舆情编号", "规则编号", "新判定", "理由", "批准人", "批准日期"];

    /// <summary>Rows 1, 2, … of a sheet, each a line of cells separated by "|" (the reader's job, csv or xlsx, is Ingest's).</summary>
    private static OverrideRow[] Rows(params string[] lines) =>
        [.. lines.Select((l, i) => new OverrideRow(i + 1, l.Split('|')))];

    private static IReadOnlyList<OverrideEntry> Parse(string file, params string[] lines) =>
        OverrideRows.Parse(Rows([string.Join("|", Header), .. lines]), file);

    private static List<Finding> Run() =>
    [
        Make("甲镇", "HC-001", "R-release", ObligationKind.Release, Verdict.Breached, 2, overrun: 30),
        Make("甲镇", "HC-001", "R-review", ObligationKind.Review, Verdict.Missing, 1),
        Make("甲镇", "HC-002", "R-release", ObligationKind.Release, Verdict.Met, 2),
    ];

    [Fact]
    public void An_override_changes_the_verdict_and_keeps_the_original()
    {
        var entries = Parse("申诉.csv", "HC-001|R-release|按时履行|系统时间错误，以平台截图为准|张三|2026年10月12日");
        var result = OverrideApplier.Apply(Run(), entries);
        var f = result[0];
        Assert.Equal(Verdict.Met, f.Verdict);
        Assert.Equal(new VerdictOverride(Verdict.Breached, Verdict.Met, "系统时间错误，以平台截图为准", "张三", new LocalDate(2026, 10, 12)), f.Override);
        Assert.Equal(30, f.OverrunMinutes);            // evidence kept
        Assert.Equal(Verdict.Missing, result[1].Verdict); // other rule of the same case untouched
        Assert.Null(result[2].Override);
        // score: before 100 − 2 − 1 = 97; after the appeal only the review deduction remains: 100 − 1 = 99
        Assert.Equal(97, TestScores.Of(Run(), new ScoringScheme(), [])[0].Score);
        Assert.Equal(99, TestScores.Of(result, new ScoringScheme(), [])[0].Score);
    }

    [Fact]
    public void English_headers_and_ids_in_any_column_order_work()
    {
        var entries = OverrideRows.Parse(Rows("verdict|case_id|rule_id|approver|date|justification", "insufficient-data|HC-001|R-review|李四|2026-10-01|材料在档案室"), "o.csv");
        var e = Assert.Single(entries);
        Assert.Equal(("HC-001", "R-review", Verdict.InsufficientData, "李四", new LocalDate(2026, 10, 1), 2), (e.CaseId, e.RuleId, e.NewVerdict, e.Approver, e.Date, e.Line));
    }

    [Fact]
    public void Unknown_case_is_an_input_error_naming_file_and_line()
    {
        var entries = Parse("/tmp/x/申诉.csv", "# 第一条", "HC-001|R-release|met|理由|张三|2026-10-12", "HC-999|R-release|met|理由|张三|2026-10-12");
        var ex = Assert.Throws<InputException>(() => OverrideApplier.Apply(Run(), entries));
        Assert.Equal(ExitCodes.Input, ex.ExitCode);
        Assert.Contains("申诉.csv 第4行", ex.Message);
        Assert.Contains("HC-999", ex.Message);
    }

    [Fact]
    public void Unknown_rule_is_an_input_error()
    {
        var entries = Parse("申诉.csv", "HC-001|R-nope|met|理由|张三|2026-10-12");
        var ex = Assert.Throws<InputException>(() => OverrideApplier.Apply(Run(), entries, knownRuleIds: ["R-release", "R-review"]));
        Assert.Contains("申诉.csv 第2行", ex.Message);
        Assert.Contains("R-nope", ex.Message);
    }

    [Fact]
    public void A_known_rule_that_did_not_apply_to_the_case_is_an_input_error()
    {
        var entries = Parse("申诉.csv", "HC-002|R-review|met|理由|张三|2026-10-12");
        var ex = Assert.Throws<InputException>(() => OverrideApplier.Apply(Run(), entries));
        Assert.Contains("第2行", ex.Message);
        Assert.Contains("无可改判", ex.Message);
    }

    [Theory]
    [InlineData("HC-001|R-release|通过|理由|张三|2026-10-12", "“新判定”列：新判定“通过”无法识别")]
    [InlineData("HC-001|R-release|met||张三|2026-10-12", "“理由”列：理由为空")]
    [InlineData("HC-001|R-release|met|理由||2026-10-12", "“批准人”列：批准人为空")]
    [InlineData("HC-001|R-release|met|理由|张三|2026-13-01", "“批准日期”列：批准日期“2026-13-01”无法识别")]
    [InlineData("|R-release|met|理由|张三|2026-10-12", "“舆情编号”列：舆情编号为空")]
    public void Bad_rows_are_input_errors_naming_file_row_and_column(string line, string expected)
    {
        var ex = Assert.Throws<InputException>(() => Parse("申诉.csv", line));
        Assert.StartsWith("申诉/豁免文件 申诉.csv 第2行" + expected, ex.Message);
    }

    [Theory]
    [InlineData("2026-10-12")]
    [InlineData("2026/10/12")]
    [InlineData("2026年10月12日")]
    [InlineData("２０２６．１０．１２")]
    [InlineData("2026/10/12 0:00")] // Excel saves a date cell so in CSV: the date is the approval date
    [InlineData("2026-10-12 15:30")]
    public void The_approval_date_takes_any_date_spelling(string date)
    {
        var entries = Parse("o.csv", $"HC-001|R-release|met|理由|张三|{date}");
        Assert.Equal(new LocalDate(2026, 10, 12), entries[0].Date);
    }

    [Theory]
    [InlineData("10月12日", "不是完整的日期")] // which year's approval must not be guessed
    [InlineData("15:30", "不是完整的日期")]
    [InlineData("2026-02-30", "2026年2月没有 30 日")]
    [InlineData("46000", "是一个数字")]
    public void An_approval_date_without_a_year_or_a_date_is_refused_with_the_reason(string date, string reason)
    {
        var ex = Assert.Throws<InputException>(() => Parse("o.csv", $"HC-001|R-release|met|理由|张三|{date}"));
        Assert.Contains($"o.csv 第2行“批准日期”列：批准日期“{date}”", ex.Message);
        Assert.Contains(reason, ex.Message);
    }

    [Fact]
    public void Duplicate_and_missing_columns_are_input_errors()
    {
        var dup = Assert.Throws<InputException>(() => Parse("o.csv", "HC-001|R-release|met|a|b|2026-10-12", "HC-001|R-release|missing|a|b|2026-10-12"));
        Assert.Contains("第3行", dup.Message);
        Assert.Contains("第2行", dup.Message);
        var cols = Assert.Throws<InputException>(() => OverrideRows.Parse(Rows("舆情编号|规则编号|新判定"), "o.csv"));
        Assert.Contains("理由", cols.Message);
    }

    [Fact]
    public void A_workbook_sheet_is_named_with_the_row()
    {
        var entries = OverrideRows.Parse(Rows(string.Join("|", Header), "HC-404|R-release|met|理由|张三|2026-10-12"), "申诉.xlsx", "申诉");
        var ex = Assert.Throws<InputException>(() => OverrideApplier.Apply(Run(), entries));
        Assert.StartsWith("申诉/豁免文件 申诉.xlsx [申诉] 第2行：", ex.Message);
        Assert.True(OverrideRows.IsHeader(Rows(string.Join("|", Header))[0]));
        Assert.False(OverrideRows.IsHeader(Rows("填报说明")[0]));
    }

    [Fact]
    public void Streamed_application_gives_the_same_findings_and_checks_at_the_end()
    {
        var entries = Parse("申诉.csv", "HC-001|R-review|按时履行|补录|张三|2026-10-12");
        var applier = new OverrideApplier(entries, ["R-release", "R-review"]);
        var streamed = Run().Select(applier.Apply).ToList();
        applier.Finish();
        Assert.Equal(OverrideApplier.Apply(Run(), entries).Select(f => (f.CaseId, f.RuleId, f.Verdict)), streamed.Select(f => (f.CaseId, f.RuleId, f.Verdict)));
        Assert.Equal(Verdict.Met, streamed[1].Verdict);
    }

    [Fact]
    public void Streamed_entry_for_a_case_seen_without_findings_names_the_missing_finding()
    {
        var entries = Parse("申诉.csv", "HC-009|R-review|按时履行|补录|张三|2026-10-12");
        var applier = new OverrideApplier(entries, ["R-release", "R-review"]);
        applier.SawCase("HC-009"); // a case of the run whose rules were all not applicable
        foreach (var f in Run()) applier.Apply(f);
        var ex = Assert.Throws<InputException>(applier.Finish);
        Assert.Contains("没有规则“R-review”的判定", ex.Message);

        var unknown = new OverrideApplier(entries, ["R-release", "R-review"]);
        foreach (var f in Run()) unknown.Apply(f);
        Assert.Contains("在本次审计中不存在", Assert.Throws<InputException>(unknown.Finish).Message);
    }
}
