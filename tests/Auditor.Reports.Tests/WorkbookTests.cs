using Auditor.Core.Domain;
using NPOI.SS.UserModel;
using NPOI.XSSF.UserModel;

namespace Auditor.Reports.Tests;

public class WorkbookTests
{
    private static XSSFWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    [Fact]
    public void Sheets_have_frozen_headers_filters_widths_and_real_dates()
    {
        var bytes = ReportFiles.Workbook(SampleOutcome.Build(), SampleOutcome.Findings);
        var wb = Open(bytes);
        foreach (var name in new[] { "findings", "scores", "sanctions", "data issues", "说明" }) Assert.NotNull(wb.GetSheet(name));
        var f = wb.GetSheet("findings");
        Assert.Equal(SampleOutcome.Findings.Length, f.LastRowNum);
        var header = f.GetRow(0).Cells.Select(c => c.StringCellValue).ToList();
        Assert.Equal(new[] { "case_id", "unit", "rule_id", "kind", "kind_zh", "verdict", "verdict_zh", "start", "deadline", "actual", "overrun_minutes", "clause", "evidence" },
            header.Take(13));
        Assert.Equal(1, f.PaneInformation.HorizontalSplitTopRow);
        Assert.True(f.PaneInformation.IsFreezePane());
        Assert.Matches("<autoFilter ref=\"A1:R" + (SampleOutcome.Findings.Length + 1) + "\"", TestFiles.AllXml(bytes));
        Assert.Equal(60 * 256, f.GetColumnWidth(header.IndexOf("evidence")));
        var start = f.GetRow(1).GetCell(header.IndexOf("start"));
        Assert.Equal(CellType.Numeric, start.CellType);
        Assert.True(DateUtil.IsCellDateFormatted(start));
        Assert.Equal(new DateTime(2026, 7, 10, 22, 0, 0), start.DateCellValue); // local time, Asia/Shanghai
    }

    [Fact]
    public void Formula_looking_text_is_a_string_cell_with_an_apostrophe()
    {
        var wb = Open(ReportFiles.Workbook(SampleOutcome.Build(), SampleOutcome.Findings));
        var f = wb.GetSheet("findings");
        int col = f.GetRow(0).Cells.First(c => c.StringCellValue == "case_title").ColumnIndex;
        var cells = Enumerable.Range(1, f.LastRowNum).Select(r => f.GetRow(r).GetCell(col)).Where(c => c is not null).ToList();
        Assert.DoesNotContain(cells, c => c.CellType == CellType.Formula);
        Assert.Contains(cells, c => c.StringCellValue == "'" + SampleOutcome.FormulaTitle);
    }

    [Fact]
    public void Sheets_past_the_row_limit_continue_on_numbered_sheets_and_say_so()
    {
        // 19 findings with a 6-row limit (5 data rows a sheet) → findings, findings_2, findings_3, findings_4.
        var wb = Open(ReportFiles.Workbook(SampleOutcome.Build(), SampleOutcome.Findings, 6));
        Assert.Equal(5, wb.GetSheet("findings").LastRowNum);
        Assert.Equal(5, wb.GetSheet("findings_2").LastRowNum);
        Assert.Equal(5, wb.GetSheet("findings_3").LastRowNum);
        Assert.Equal(SampleOutcome.Findings.Length - 15, wb.GetSheet("findings_4").LastRowNum);
        Assert.Null(wb.GetSheet("findings_5"));
        Assert.Equal("case_id", wb.GetSheet("findings_4").GetRow(0).GetCell(0).StringCellValue);
        var readme = string.Join("\n", Enumerable.Range(0, wb.GetSheet("说明").LastRowNum + 1).Select(r => wb.GetSheet("说明").GetRow(r).GetCell(0).StringCellValue));
        Assert.Contains("findings_4", readme);
        Assert.Contains("拆分", readme);
    }

    [Fact]
    public void Same_outcome_same_bytes()
    {
        var a = ReportFiles.Workbook(SampleOutcome.Build(), SampleOutcome.Findings);
        Thread.Sleep(1100);
        var b = ReportFiles.Workbook(SampleOutcome.Build(), SampleOutcome.Findings);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Excel_limit_is_the_real_one() => Assert.Equal(1 << 20, FindingsWorkbook.ExcelMaxRows);

    [Fact]
    public void Data_issue_rows_keep_file_sheet_row_and_column()
    {
        var wb = Open(ReportFiles.Workbook(SampleOutcome.Build(), SampleOutcome.Findings));
        var s = wb.GetSheet("data issues");
        Assert.Equal(3, s.LastRowNum);
        var r = s.GetRow(1);
        Assert.Equal("台账", r.GetCell(1).StringCellValue);
        Assert.Equal(12, r.GetCell(2).NumericCellValue);
        Assert.Equal("上报时间", r.GetCell(3).StringCellValue);
        Assert.Equal(nameof(DataIssueKind.DateWithoutTime), r.GetCell(5).StringCellValue);
    }
}

public class WorkbookValidityTests
{
    [Fact]
    public void Workbook_passes_the_Office2016_validator()
    {
        var path = Path.Combine(TestFiles.TempDir("xlsx"), "findings.xlsx");
        File.WriteAllBytes(path, ReportFiles.Workbook(SampleOutcome.Build(), SampleOutcome.Findings));
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }
}
