using System.Text.RegularExpressions;
using Auditor.Core.Domain;
using Auditor.Ingest.Tables;

namespace Auditor.Ingest;

/// <summary>
/// Reading a case id cell: a 序号 that stands in for the id is qualified by the file and sheet (it restarts in each),
/// an id Excel turned into scientific notation (2.02607E+11) is reported and kept apart by its row (its digits are
/// lost: rows that now look alike are not duplicates), and a number past Excel's 15 digits is reported.
/// </summary>
internal sealed partial class SheetContext
{
    private bool _qualifiedNoted;
    /// <summary>The last scientific-notation id of an event log, the id it was kept as and the row it was last seen on.</summary>
    private (string Text, string Kept, int Row)? _scientificRun;

    private int _lastIdRow;

    /// <summary>The case id of a row (null when the cell is blank).</summary>
    public string? CaseId(RawRow row, int col)
    {
        var id = Text(row, col);
        if (id is null) return null;
        int previousIdRow = _lastIdRow;
        _lastIdRow = row.Number;
        if (Header.IdIsRowNumber && Scope.Qualifier(Sheet) is { Length: > 0 } prefix)
        {
            if (!_qualifiedNoted)
            {
                _qualifiedNoted = true;
                var where = Scope.QualifyByFile && Scope.QualifyBySheet && Sheet is not null ? "各文件、各工作表" : Scope.QualifyByFile ? "各文件" : "各工作表";
                Issue(row.Number, col, null, DataIssueKind.SheetQualifiedId,
                    $"本表没有“舆情编号”列，以“{ColumnName(col)}”作为编号；序号在{where}中各自从头编起，为免重号，本表的编号记作“{prefix}序号”（如“{prefix}{Clip(id)}”）。建议在台账中增加“舆情编号”列");
            }
            return prefix + id;
        }
        if (LooksScientific(id) && ScientificNotation().IsMatch(id))
        {
            // An event log's steps of one case follow each other: a run of rows with the same text is one case.
            if (Header.Shape == TableShape.EventLog && _scientificRun is { } run && run.Text == id && run.Row == previousIdRow)
            {
                _scientificRun = run with { Row = row.Number };
                return run.Kept;
            }
            var kept = $"{id}（{Scope.Qualifier(Sheet)}第{row.Number}行{(Header.Shape == TableShape.EventLog ? "起" : "")}）";
            _scientificRun = (id, kept, row.Number);
            Issue(row.Number, col, kept, DataIssueKind.ScientificNotationId,
                $"舆情编号“{id}”被 Excel 转成了科学计数法，原编号的后几位已经丢失，无法与其他案件区分；{(Header.Shape == TableShape.EventLog ? "本行及紧随其后同一写法的各行" : "本行")}暂记为“{kept}”，不按重复处理。请把该列设为“文本”格式、重新填写编号后再导出");
            return kept;
        }
        if (row[col].IsNumeric && Math.Abs(row[col].Number) >= 1e15)
            Issue(row.Number, col, id, DataIssueKind.ScientificNotationId,
                $"舆情编号“{id}”超过 15 位数字，Excel 把它存成了数字，末几位可能已被改成 0；请把该列设为“文本”格式后重新填写编号");
        return id;
    }

    /// <summary>A cheap test before the regex: an exponent mark after a digit (ids are read once per row, millions of times).</summary>
    private static bool LooksScientific(string id)
    {
        int e = id.AsSpan().IndexOfAny('E', 'e');
        return e > 0 && e < id.Length - 1 && char.IsAsciiDigit(id[e - 1]);
    }

    [GeneratedRegex(@"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex ScientificNotation();
}
