using System.IO.Compression;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.Docx;
using Auditor.Reports.Text;
using NodaTime;
using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;

namespace Auditor.Reports;
using Auditor.Reports.Writers;

/// <summary>
/// findings.xlsx (NPOI): sheets findings, scores, sanctions, data issues and 说明 — frozen header row, auto filter, set
/// column widths (AutoSizeColumn needs libgdiplus), real date cells, text never written as a formula. A sheet that
/// would pass Excel's 1,048,576-row limit continues on numbered sheets (findings_2 …), and 说明 says so.
/// </summary>
public static class FindingsWorkbookWriter
{
    /// <summary>Excel's row limit (header included).</summary>
    public const int ExcelMaxRows = 1_048_576;

    public static void Write(AuditOutcome outcome, string path) => File.WriteAllBytes(path, Build(outcome, ExcelMaxRows));

    internal static byte[] Build(AuditOutcome o, int maxRowsPerSheet)
    {
        var wb = new XSSFWorkbook();
        var created = o.AsOf.ToDateTimeUtc();
        wb.GetProperties().CoreProperties.Created = created;
        wb.GetProperties().CoreProperties.Creator = "Auditor";
        var styles = new Styles(wb);
        var readme = wb.CreateSheet("说明");
        var notes = new List<string>();
        DateTime? Local(Instant? i) => i?.InZone(o.Zone).LocalDateTime.ToDateTimeUnspecified();

        Table(wb, styles, "findings", maxRowsPerSheet, notes,
            [("case_id", 16), ("unit", 22), ("rule_id", 16), ("kind", 14), ("kind_zh", 12), ("verdict", 14), ("verdict_zh", 10),
             ("start", 17), ("deadline", 17), ("actual", 17), ("overrun_minutes", 10), ("clause", 14), ("evidence", 60),
             ("case_title", 30), ("rule_title", 24), ("severity", 10), ("weight", 8), ("override", 30)],
            o.Findings.Select(f => new object?[] { f.CaseId, f.Unit, f.RuleId, f.Kind.Id(), f.Kind.Chinese(), f.Verdict.Id(), f.Verdict.Chinese(),
                Local(f.Start), Local(f.Deadline), Local(f.Actual), f.OverrunMinutes, f.Clause.Short, f.Evidence,
                f.CaseTitle, f.RuleTitle, f.Severity, f.Weight,
                f.Override is { } ov ? $"原判定{ov.Original.Id()}：{ov.Justification}（{ov.Approver}，{ov.Date:yyyy-MM-dd}）" : null }),
            o.Findings.Length);
        var verdicts = Enum.GetValues<Verdict>().Where(v => v != Verdict.NotApplicable).ToArray();
        Table(wb, styles, "scores", maxRowsPerSheet, notes,
            [("rank", 6), ("unit", 24), ("unit_code", 12), ("score", 8), ("grade", 8), ("on_time_rate", 10),
             .. verdicts.Select(v => (v.Id(), 10)), ("formula", 60)],
            o.Scores.OrderBy(s => s.Rank).ThenBy(s => s.Unit, StringComparer.Ordinal).Select(s => (object?[])
                [s.Rank, s.Unit, s.UnitCode, s.Score, s.Grade, s.OnTimeRate, .. verdicts.Select(v => (object?)s.Count(v)), s.Formula]),
            o.Scores.Length);
        Table(wb, styles, "sanctions", maxRowsPerSheet, notes,
            [("unit", 24), ("sanction", 10), ("rule_id", 16), ("clause", 14), ("case_ids", 30), ("reason", 60)],
            o.Sanctions.OrderBy(s => (int)s.Kind).ThenBy(s => s.Unit, StringComparer.Ordinal)
                .SelectMany(s => (s.Reasons.Length == 0 ? [new SanctionReason(null, [], "", "")] : s.Reasons.AsEnumerable())
                    .Select(r => new object?[] { s.Unit, s.Kind.Chinese(), r.RuleId, r.Clause, string.Join("、", r.CaseIds), r.Text })),
            o.Sanctions.Sum(s => Math.Max(1, s.Reasons.Length)));
        Table(wb, styles, "data issues", maxRowsPerSheet, notes,
            [("file", 30), ("sheet", 14), ("row", 8), ("column", 14), ("case_id", 16), ("kind", 18), ("message", 70)],
            o.DataIssues.Select(d => new object?[] { d.File, d.Sheet, d.Row, d.Column, d.CaseId, d.Kind.ToString(), d.Message }),
            o.DataIssues.Length);

        string[] lines =
        [
            $"{o.Period.Chinese}政务舆情回应处置考核判定明细（规则包 {o.Pack.Id} {o.Pack.Version}，截止 {OfficialDate.Format(o.AsOf.InZone(o.Zone).LocalDateTime)}）",
            "findings：每个适用的（案件，规则）一行；start/deadline/actual 为本地时间（" + o.Zone.Id + "），overrun_minutes 为超出时限的分钟数。",
            "scores：每个单位一行；sanctions：每条处理理由一行；data issues：台账数据问题（文件、工作表、行、列）。",
            .. notes,
        ];
        readme.SetColumnWidth(0, 120 * 256);
        for (int i = 0; i < lines.Length; i++) readme.CreateRow(i).CreateCell(0).SetCellValue(SpreadsheetText.ForXlsx(lines[i]));

        using var ms = new MemoryStream();
        wb.Write(ms);
        return Normalize(ms.ToArray());
    }

    private sealed class Styles
    {
        public readonly ICellStyle Header, Date, Percent, Text;

        public Styles(XSSFWorkbook wb)
        {
            var bold = wb.CreateFont();
            bold.IsBold = true;
            Header = wb.CreateCellStyle();
            Header.SetFont(bold);
            Header.FillForegroundColor = IndexedColors.Grey25Percent.Index;
            Header.FillPattern = FillPattern.SolidForeground;
            Date = wb.CreateCellStyle();
            Date.DataFormat = wb.CreateDataFormat().GetFormat("yyyy-mm-dd hh:mm");
            Percent = wb.CreateCellStyle();
            Percent.DataFormat = wb.CreateDataFormat().GetFormat("0.0%");
            Text = wb.CreateCellStyle();
            Text.WrapText = false;
        }
    }

    private static void Table(XSSFWorkbook wb, Styles st, string name, int maxRows, List<string> notes,
        (string Header, int Width)[] columns, IEnumerable<object?[]> rows, int rowCount)
    {
        int perSheet = maxRows - 1;
        int sheets = Math.Max(1, (rowCount + perSheet - 1) / perSheet);
        if (sheets > 1)
            notes.Add($"{name}：共{rowCount}行，超过 Excel 单表 {maxRows:N0} 行上限，已按每表{perSheet:N0}行拆分为 {string.Join("、", Enumerable.Range(1, sheets).Select(i => SheetName(name, i)))}。");
        using var e = rows.GetEnumerator();
        for (int s = 1; s <= sheets; s++)
        {
            var sheet = wb.CreateSheet(SheetName(name, s));
            var head = sheet.CreateRow(0);
            for (int c = 0; c < columns.Length; c++)
            {
                var cell = head.CreateCell(c);
                cell.SetCellValue(columns[c].Header);
                cell.CellStyle = st.Header;
                sheet.SetColumnWidth(c, columns[c].Width * 256);
            }
            int r = 1;
            while (r <= perSheet && e.MoveNext())
            {
                var row = sheet.CreateRow(r++);
                var values = e.Current;
                for (int c = 0; c < values.Length; c++) SetCell(row, c, values[c], columns[c].Header, st);
            }
            sheet.CreateFreezePane(0, 1);
            sheet.SetAutoFilter(new CellRangeAddress(0, Math.Max(0, r - 1), 0, columns.Length - 1));
        }
    }

    private static string SheetName(string name, int i) => i == 1 ? name : $"{name}_{i}";

    private static void SetCell(IRow row, int c, object? v, string header, Styles st)
    {
        switch (v)
        {
            case null: return;
            case DateTime d:
                var dc = row.CreateCell(c);
                dc.SetCellValue(d);
                dc.CellStyle = st.Date;
                return;
            case double x:
                var nc = row.CreateCell(c);
                nc.SetCellValue(x);
                if (header == "on_time_rate") nc.CellStyle = st.Percent;
                return;
            case int i: row.CreateCell(c).SetCellValue(i); return;
            case long l: row.CreateCell(c).SetCellValue(l); return;
            default:
                // A string cell is never evaluated, but a user copying it back into a cell would run it: prefix as in CSV.
                row.CreateCell(c, CellType.String).SetCellValue(SpreadsheetText.FitCell(SpreadsheetText.ForCsv(v.ToString())));
                return;
        }
    }

    /// <summary>Rewrites the package with one fixed entry timestamp so that the same outcome gives the same bytes.</summary>
    private static byte[] Normalize(byte[] xlsx)
    {
        using var input = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var s = entry.Open();
                using var buf = new MemoryStream();
                s.CopyTo(buf);
                DocxPackage.Write(zip, entry.FullName, buf.ToArray());
            }
        }
        return output.ToArray();
    }
}
