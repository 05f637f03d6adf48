using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Reports.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Auditor.Reports.Tests;

/// <summary>findings.xlsx written finding by finding (<see cref="FindingsWorkbook"/>), read back with the Open XML SDK.</summary>
public class FindingsWorkbookTests
{
    private const int FindingColumns = 18;

    /// <summary>findings.xlsx of <paramref name="all"/> with the sample's other sheets (or <paramref name="o"/>'s).</summary>
    private static byte[] Stream(IReadOnlyList<Finding> all, int maxRowsPerSheet = FindingsWorkbook.ExcelMaxRows, int? maxSharedStrings = null,
        AuditOutcome? o = null) =>
        ReportFiles.Workbook(o ?? SampleOutcome.Build(), all, maxRowsPerSheet, maxSharedStrings);

    private static Finding[] Findings(params Finding[] findings) => findings;

    private static Finding Sample => SampleOutcome.Findings[0];

    [Fact]
    public void The_same_findings_give_the_same_bytes_every_time()
    {
        Assert.Equal(Stream(SampleOutcome.Findings, 6), Stream(SampleOutcome.Findings, 6));
        Assert.Equal(Stream(SampleOutcome.Findings), Stream(SampleOutcome.Findings));
    }

    [Fact]
    public void Readme_is_listed_first_and_selected_although_written_last_and_each_filter_names_its_own_sheet()
    {
        // 6-row sheets (5 data rows): 19 findings → 4 sheets, 6 scores → 2, 7 sanction reasons → 2, 3 data issues → 1.
        using var x = new XlsxReader(Stream(SampleOutcome.Findings, 6));
        var names = x.SheetNames;
        Assert.Equal(["说明", "findings", "findings_2", "findings_3", "findings_4", "scores", "scores_2", "sanctions", "sanctions_2", "data issues"], names);
        Assert.Equal(names.Select(n => n == "说明"), names.Select(n => x.Sheet(n).Descendants<SheetView>().Single().TabSelected?.Value == true));

        var filters = x.Book.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm._FilterDatabase").ToList();
        Assert.Equal(names.Count, filters.Count);
        foreach (var d in filters)
        {
            var sheet = names[(int)d.LocalSheetId!.Value];
            var range = x.Sheet(sheet).Descendants<AutoFilter>().Single().Reference!.Value!;
            var abs = string.Join(":", range.Split(':').Select(r => "$" + new string(r.TakeWhile(char.IsLetter).ToArray()) + "$" + new string(r.SkipWhile(char.IsLetter).ToArray())));
            Assert.Equal($"'{sheet}'!{abs}", d.Text);
        }

        var readme = string.Join("\n", x.Rows("说明", 1).Select(r => r[0]));
        Assert.Contains("findings：共19行", readme);
        Assert.Contains("findings、findings_2、findings_3、findings_4", readme);
        Assert.Contains("已按每表5行拆分", readme);
        Assert.Contains("scores、scores_2", readme);
        Assert.Contains("sanctions、sanctions_2", readme);
        Assert.DoesNotContain("data issues_2", readme);
    }

    [Fact]
    public void Rows_continue_across_sheets_in_order_without_loss()
    {
        var all = SampleOutcome.Findings;
        using var x = new XlsxReader(Stream(all, 6));
        var caseIds = new[] { "findings", "findings_2", "findings_3", "findings_4" }.SelectMany(s => x.Rows(s, 1)).Select(r => r[0]).ToList();
        Assert.Equal(all.Select(f => f.CaseId), caseIds);
        Assert.Equal("A1:R5", x.Sheet("findings_4").Descendants<AutoFilter>().Single().Reference!.Value);
    }

    [Fact]
    public void Repeating_columns_are_shared_strings_unique_ones_inline_and_all_read_back()
    {
        var all = SampleOutcome.Findings;
        using var x = new XlsxReader(Stream(all));
        var cells = x.Cells("findings");
        var rows = x.Rows("findings", FindingColumns);
        Assert.Equal(all.Length, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var f = all[i];
            int r = i + 2;
            Assert.Equal(f.CaseId, rows[i][0]);
            Assert.Equal(f.Unit, rows[i][1]);
            Assert.Equal(f.RuleId, rows[i][2]);
            Assert.Equal(f.Kind.Id(), rows[i][3]);
            Assert.Equal(f.Verdict.Id(), rows[i][5]);
            Assert.Equal(f.Verdict.Chinese(), rows[i][6]);
            Assert.Equal(f.Clause.Short, rows[i][11]);
            Assert.Equal(PublicText.StripIllegalXml(f.Evidence), rows[i][12]);
            Assert.Equal(f.RuleTitle, rows[i][14]);
            Assert.Equal(f.Severity, rows[i][15]);
            foreach (var col in "BCDEFGLO") Assert.Equal(CellValues.SharedString, cells[$"{col}{r}"].DataType!.Value);
            foreach (var col in "AM") Assert.Equal(CellValues.InlineString, cells[$"{col}{r}"].DataType!.Value);
        }
        int distinct = all.SelectMany(f => new[] { f.Unit, f.RuleId, f.Kind.Id(), f.Kind.Chinese(), f.Verdict.Id(), f.Verdict.Chinese(), f.Clause.Short, f.RuleTitle, f.Severity })
            .OfType<string>().Distinct().Count();
        Assert.Equal(distinct, x.SharedStringCount);
        var sst = x.Book.SharedStringTablePart!.SharedStringTable;
        Assert.Equal((uint)cells.Values.Count(c => c.DataType?.Value == CellValues.SharedString), sst.Count!.Value);
        Assert.Equal((uint)distinct, sst.UniqueCount!.Value);
    }

    [Fact]
    public void A_full_shared_string_table_sends_new_texts_inline_and_every_cell_still_reads_back()
    {
        var all = SampleOutcome.Findings;
        var bytes = Stream(all, maxSharedStrings: 3);
        using var x = new XlsxReader(bytes);
        Assert.Empty(x.ValidationErrors());
        Assert.Equal(3, x.SharedStringCount);
        var rows = x.Rows("findings", FindingColumns);
        Assert.Equal(all.Select(f => (f.Unit, f.Kind.Id(), f.Verdict.Chinese(), f.Clause.Short, f.Severity)),
            rows.Select(r => (r[1]!, r[3]!, r[6]!, r[11]!, r[15])));
        var cells = x.Cells("findings");
        Assert.Contains(cells.Values, c => c.DataType?.Value == CellValues.SharedString);
        Assert.Contains(cells.Values, c => c.DataType?.Value == CellValues.InlineString && c.CellReference!.Value!.StartsWith('F'));
    }

    [Fact]
    public void White_space_at_the_ends_and_inside_is_kept_and_marked_only_where_it_matters()
    {
        var all = Findings(
            Sample with { CaseId = "  C-1", Unit = " 城关镇", Evidence = "超时 30 分钟  ", CaseTitle = "两个  空格" },
            Sample with { CaseId = "C-2", Evidence = "第一行\r\n第二行\r第三行\t完" });
        using var x = new XlsxReader(Stream(all));
        var rows = x.Rows("findings", FindingColumns);
        Assert.Equal(new string?[] { "  C-1", " 城关镇", "超时 30 分钟  ", "两个  空格" }, new[] { rows[0][0], rows[0][1], rows[0][12], rows[0][13] });
        Assert.Equal("第一行\n第二行\n第三行\t完", rows[1][12]); // line ends as any XML reader (and Excel) reads them
        var cells = x.Cells("findings");
        bool Preserved(string cell) => cells[cell].Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Single().Space?.Value == SpaceProcessingModeValues.Preserve;
        Assert.True(Preserved("A2") && Preserved("M2") && Preserved("N2") && Preserved("M3"));
        Assert.False(Preserved("A3"));
        Assert.False(Preserved("N3"));
        var unitItem = x.Book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Single(i => i.InnerText == " 城关镇");
        Assert.Equal(SpaceProcessingModeValues.Preserve, unitItem.Text!.Space!.Value);
    }

    [Fact]
    public void Formula_looking_text_gets_the_apostrophe_in_shared_and_inline_cells()
    {
        var all = Findings(Sample with { Unit = "=1+2", RuleTitle = "@SUM(A1)", CaseId = "-5", Evidence = "+cmd|' /C calc'!A0" });
        using var x = new XlsxReader(Stream(all));
        var row = x.Rows("findings", FindingColumns).Single();
        Assert.Equal(new string?[] { "'-5", "'=1+2", "'+cmd|' /C calc'!A0", "'@SUM(A1)" }, new[] { row[0], row[1], row[12], row[14] });
        Assert.DoesNotContain(x.Sheet("findings").Descendants<CellFormula>(), _ => true);
    }

    [Fact]
    public void Dates_are_local_date_cells_also_across_a_daylight_saving_change()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var instants = new[] { Instant.FromUtc(2026, 3, 8, 6, 59), Instant.FromUtc(2026, 3, 8, 7, 0), Instant.FromUtc(2026, 11, 1, 5, 30), Instant.FromUtc(2026, 11, 1, 6, 30) };
        var all = Findings([.. instants.Select(i => Sample with { Start = i, Deadline = i + Duration.FromMinutes(1), Actual = null })]);
        using var x = new XlsxReader(Stream(all, o: SampleOutcome.Build() with { Zone = zone }));
        var rows = x.Rows("findings", FindingColumns);
        for (int i = 0; i < instants.Length; i++)
        {
            var expected = instants[i].InZone(zone).LocalDateTime.ToDateTimeUnspecified();
            Assert.Equal(expected, RoundToMinute(DateTime.FromOADate(double.Parse(rows[i][7]!, System.Globalization.CultureInfo.InvariantCulture))));
            Assert.Null(rows[i][9]);
        }
        Assert.Equal("2", x.Cells("findings")["H2"].StyleIndex!.Value.ToString()); // the yyyy-mm-dd hh:mm format
    }

    private static DateTime RoundToMinute(DateTime d) => new((d.Ticks + TimeSpan.TicksPerMinute / 2) / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute);

    [Fact]
    public void Workbooks_without_rows_and_split_workbooks_pass_the_Office2016_validator()
    {
        var empty = SampleOutcome.Build() with { Scores = [], Sanctions = [], DataIssues = [] };
        foreach (var bytes in new[] { Stream([], o: empty), Stream(SampleOutcome.Findings, 6), Stream(SampleOutcome.Findings, 2) })
        {
            using var x = new XlsxReader(bytes);
            Assert.Empty(x.ValidationErrors());
        }
        using var e = new XlsxReader(Stream([], o: empty));
        Assert.Equal(["说明", "findings", "scores", "sanctions", "data issues"], e.SheetNames);
        Assert.Empty(e.Rows("findings", FindingColumns));
    }

    [Property(MaxTest = 25, Arbitrary = new[] { typeof(HostileTextArbitrary) })]
    public bool Random_text_in_shared_and_inline_columns_keeps_the_workbook_valid_and_reads_back(string unit, string title, string evidence)
    {
        var t = (unit, title, evidence);
        var all = Findings(Sample with { Unit = t.unit, CaseTitle = t.title, Evidence = t.evidence }, Sample);
        using var x = new XlsxReader(Stream(all));
        var row = x.Rows("findings", FindingColumns)[0];
        static string Read(string s) => SpreadsheetText.ForCsv(s).Replace("\r\n", "\n").Replace('\r', '\n');
        return x.ValidationErrors().Count == 0 && row[1] == Read(t.unit) && row[13] == Read(t.title) && row[12] == Read(t.evidence);
    }

    [Fact]
    public void Adding_after_finish_or_finishing_twice_is_refused()
    {
        var o = SampleOutcome.Build();
        using var w = new FindingsWorkbook(new MemoryStream(), o.Period, o.Pack, o.AsOf, o.Zone);
        w.Add(Sample);
        w.Finish([], [], []);
        Assert.Throws<InvalidOperationException>(() => w.Add(Sample));
        Assert.Throws<InvalidOperationException>(() => w.Finish([], [], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FindingsWorkbook(new MemoryStream(), o.Period, o.Pack, o.AsOf, o.Zone, 1));
    }
}
