using System.Collections.Immutable;
using Auditor.Core;
using Auditor.Core.Domain;
using Auditor.Ingest.Headers;
using Auditor.Ingest.Layout;
using Auditor.Ingest.Tables;

namespace Auditor.Ingest;

/// <summary>
/// Reads exports (.xlsx, .xls, .csv; ledger or event-log shape) into cases, daily reports and data issues.
/// Unreadable input throws <see cref="InputException"/> naming the file (and sheet/row/column where it applies);
/// row-level faults become <see cref="DataIssue"/>s.
/// </summary>
public static class LedgerLoader
{
    /// <summary>Reads every file and collects everything in memory.</summary>
    public static IngestResult Load(IReadOnlyList<string> files, UnitRegistry registry, HeaderMap? map, IngestOptions options)
    {
        var sink = new CollectingSink();
        var cases = Stream(files, registry, map, options, sink).ToImmutableArray();
        var seen = sink.Files.SelectMany(f => f.Columns.Select(c => c.Header));
        return new IngestResult(cases, [.. sink.DailyReports], [.. sink.Issues], [.. sink.Files],
            map is null ? [] : [.. map.Unused(seen)]);
    }

    /// <summary>
    /// Streams cases: a ledger row becomes a case as it is read (only case ids are kept, for duplicate detection);
    /// an event log's cases come when its sheet ends. Issues, daily reports and per-sheet summaries go to <paramref name="sink"/>.
    /// Files are read in file-name order whatever order they were given in, and a case id found in several files is
    /// decided by <see cref="CaseCensus"/> (a first reading that keeps only ids): nothing depends on the order of the list.
    /// </summary>
    public static IEnumerable<Case> Stream(IReadOnlyList<string> files, UnitRegistry registry, HeaderMap? map, IngestOptions options, IIngestSink sink)
    {
        var ordered = files.DistinctBy(f => string.IsNullOrWhiteSpace(f) ? f : Path.GetFullPath(f)).Order(StringComparer.Ordinal).ToList();
        bool several = ordered.Count > 1;
        var census = several
            ? CaseCensus.Take(ordered.Select(f => ReadFile(f, several, registry, map, options, NullSink.Instance)))
            : null;
        var contests = new ContestedCaseFilter(census, sink);
        foreach (var file in ordered)
            foreach (var c in ReadFile(file, several, registry, map, options, sink))
                if (contests.Admit(c)) yield return c;
    }

    private static IEnumerable<Case> ReadFile(string file, bool severalFiles, UnitRegistry registry, HeaderMap? map, IngestOptions options, IIngestSink sink)
    {
        using var table = TableFiles.Open(file, options);
        var sheets = table.Sheets().ToList();
        // 序号 is qualified by the sheet only when several sheets hold a ledger (not beside an empty Sheet2).
        bool severalSheets = sheets.Count > 1 && sheets.Count(s => !s.Hidden && !HelperSheetNames.IsHelper(s.Name) && HoldsLedger(s, map)) > 1;
        var scope = new FileScope(file, severalFiles, severalSheets);
        var outcomes = new List<SheetOutcome>();
        // Helper sheets (填报说明, 下拉选项, 统计 …) are read only when no other sheet holds data.
        foreach (var sheet in sheets.Where(s => !s.Hidden && !HelperSheetNames.IsHelper(s.Name)))
        {
            var outcome = new SheetOutcome(sheet);
            outcomes.Add(outcome);
            foreach (var c in ReadSheet(table, scope, sheet, registry, map, options, sink, outcome)) yield return c;
        }
        bool anyRead = outcomes.Any(o => o.Read);
        foreach (var sheet in sheets.Where(s => !s.Hidden && HelperSheetNames.IsHelper(s.Name)))
        {
            var outcome = new SheetOutcome(sheet);
            outcomes.Add(outcome);
            if (anyRead) { outcome.Skip("看来是填报说明、下拉选项、字典或统计等辅助工作表（其他工作表中已有台账）"); continue; }
            foreach (var c in ReadSheet(table, scope, sheet, registry, map, options, sink, outcome)) yield return c;
        }
        foreach (var sheet in sheets.Where(s => s.Hidden))
            outcomes.Add(new SheetOutcome(sheet).Skip("这是隐藏的工作表（多为下拉选项等辅助内容）；如其中有需要核查的舆情，请取消隐藏后重新导出"));

        if (!outcomes.Any(o => o.Read))
        {
            // A sheet with a header but without a required column explains itself best.
            if (outcomes.FirstOrDefault(o => o.Missing is not null)?.Missing is { } missing) throw missing;
            var hidden = outcomes.Where(o => o.Sheet.Hidden).Select(o => o.Sheet.Name).ToList();
            var names = outcomes.Where(o => !o.Sheet.Hidden && o.Sheet.Name is not null).Select(o => o.Sheet.Name).ToList();
            var where = names.Count > 0 ? $"（工作表：{string.Join("、", names)}）" : "";
            var hint = hidden.Count > 0 ? $"；隐藏的工作表“{string.Join("”“", hidden)}”未读取，如数据在其中，请取消隐藏后重新导出" : "";
            throw new InputException(
                $"{file}{where}：前 {HeaderRow.ScanLimit} 行中找不到可识别的表头；表头应包含“舆情编号”“发现时间”等列名（或用 --map 指定列名映射）{hint}");
        }
        foreach (var o in outcomes.Where(o => o.Skipped is not null))
            sink.Issue(new DataIssue(file, o.Sheet.Name, null, null, null, DataIssueKind.NotDataSheet,
                $"工作表“{o.Sheet.Name}”未读取：{o.Skipped}"));
    }

    /// <summary>What became of one sheet: read, or skipped with the reason a note gives.</summary>
    private sealed class SheetOutcome(TableSheet sheet)
    {
        public TableSheet Sheet { get; } = sheet;
        public bool Read { get; set; }
        public string? Skipped { get; private set; }
        /// <summary>The error for a header without a required column (thrown when no sheet of the file is read).</summary>
        public InputException? Missing { get; set; }

        public SheetOutcome Skip(string why)
        {
            Skipped = why;
            return this;
        }
    }

    private static IEnumerable<Case> ReadSheet(ITableFile table, FileScope scope, TableSheet sheet, UnitRegistry registry, HeaderMap? map, IngestOptions options,
        IIngestSink sink, SheetOutcome outcome)
    {
        using var rows = sheet.Rows.GetEnumerator();
        var first = new List<RawRow>();
        while (first.Count < HeaderRow.ScanLimit && rows.MoveNext()) first.Add(rows.Current);
        if (first.All(r => r.IsBlank)) { outcome.Skip("这是空表"); yield break; }
        var header = HeaderRow.Detect(first, map);
        if (header is null) { outcome.Skip($"前 {HeaderRow.ScanLimit} 行中没有可识别的表头，不是舆情台账"); yield break; }
        if (MissingRequired(scope.File, sheet.Name, header) is { } missing)
        {
            outcome.Missing = missing.Error;
            outcome.Skip($"第{header.RowNumber}行表头缺少必需的列“{missing.Column}”，不是舆情台账或环节记录表（其他工作表中已有）");
            yield break;
        }
        outcome.Read = true;
        var ctx = new SheetContext(scope, sheet.Name, header, registry, options, sink);
        var counts = new SheetCounters();
        var data = DataRows(ctx, Rest(first.Where(r => r.Number > header.RowNumber), rows));
        var cases = header.Shape == TableShape.Ledger
            ? LedgerSheetReader.Read(ctx, data, counts)
            : EventLogSheetReader.Read(ctx, data, counts, sink);
        foreach (var c in cases) yield return c;
        sink.File(new FileSummary
        {
            File = scope.File,
            Sheet = sheet.Name,
            Format = table.Format,
            Encoding = table.Encoding,
            Shape = header.Shape,
            HeaderRow = header.RowNumber,
            HeaderFirstRow = header.FirstRowNumber,
            MergedRanges = sheet.Merges.Count,
            Columns = [.. header.Headers.Select((h, i) => (h, i)).Where(x => x.h is not null)
                .Select(x => new ColumnSummary(x.i + 1, x.h!, header.Targets[x.i]?.Id))],
            Rows = counts.Rows,
            Cases = counts.Cases,
            Events = counts.Events,
            DailyReports = counts.DailyReports,
            Issues = ctx.IssueCount,
        });
    }

    /// <summary>Data rows below the header; totals, sign-offs, notes and repeated headers are skipped with a note each.</summary>
    private static IEnumerable<RawRow> DataRows(SheetContext ctx, IEnumerable<RawRow> rows)
    {
        foreach (var row in rows)
        {
            if (!row.IsBlank && NonDataRows.Classify(row, ctx.Header.Headers) is { } what)
            {
                ctx.Issue(row.Number, null, null, DataIssueKind.NotDataRow,
                    $"第{row.Number}行是{what.What}（“{SheetContext.Clip(what.Text)}”），不是舆情记录，已跳过");
                continue;
            }
            yield return row;
        }
    }

    /// <summary>The sheet's first rows have a header with the required columns (a look at 30 rows; the reading starts over).</summary>
    private static bool HoldsLedger(TableSheet sheet, HeaderMap? map)
    {
        var header = HeaderRow.Detect([.. sheet.Rows.Take(HeaderRow.ScanLimit)], map);
        return header is not null && MissingRequired("", null, header) is null;
    }

    private static IEnumerable<RawRow> Rest(IEnumerable<RawRow> buffered, IEnumerator<RawRow> rest)
    {
        foreach (var r in buffered) yield return r;
        while (rest.MoveNext()) yield return rest.Current;
    }

    /// <summary>The first required column the header lacks, with the error that explains it; null when none is missing.</summary>
    private static (string Column, InputException Error)? MissingRequired(string file, string? sheet, HeaderRow header)
    {
        var required = header.Shape == TableShape.Ledger
            ? new[] { FieldIds.CaseId, EventKind.Discovered.Id() }
            : [FieldIds.CaseId, FieldIds.Stage, FieldIds.Time];
        foreach (var id in required)
        {
            if (header.ColumnOf(id) >= 0) continue;
            var where = sheet is null ? file : $"{file} [{sheet}]";
            var column = HeaderVocabulary.CanonicalHeader(id);
            if (header.Shape == TableShape.Ledger && header.LogOnlyHeaders.Count > 0)
                // 舆情编号 + 时间/办理单位/说明 but no 环节: an event log that lost its stage column, not a ledger.
                return (HeaderVocabulary.CanonicalHeader(FieldIds.Stage), new InputException(
                    $"{where}：第{header.RowNumber}行表头有环节记录表的列“{string.Join("”“", header.LogOnlyHeaders)}”，但缺少必需的列“{HeaderVocabulary.CanonicalHeader(FieldIds.Stage)}”（环节记录表必须有此列；也可写作：{string.Join("、", HeaderVocabulary.HeadersOf(FieldIds.Stage).Skip(1))}）；如果这是台账（每行一个舆情），则缺少“{column}”列"));
            var shape = header.Shape == TableShape.Ledger ? "台账" : "环节记录表";
            return (column, new InputException(
                $"{where}：第{header.RowNumber}行表头中缺少必需的列“{column}”（{shape}必须有此列；也可写作：{string.Join("、", HeaderVocabulary.HeadersOf(id).Skip(1))}）"));
        }
        return null;
    }
}
