using System.Collections.Immutable;
using Auditor.Core;
using Auditor.Core.Domain;
using Auditor.Ingest.Headers;
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
    /// </summary>
    public static IEnumerable<Case> Stream(IReadOnlyList<string> files, UnitRegistry registry, HeaderMap? map, IngestOptions options, IIngestSink sink)
    {
        var ids = new CaseIdIndex();
        foreach (var file in files)
            foreach (var c in ReadFile(file, registry, map, options, sink, ids))
                yield return c;
    }

    private static IEnumerable<Case> ReadFile(string file, UnitRegistry registry, HeaderMap? map, IngestOptions options, IIngestSink sink, CaseIdIndex ids)
    {
        using var table = TableFiles.Open(file, options);
        int readSheets = 0;
        var skipped = new List<string?>();
        foreach (var sheet in table.Sheets())
        {
            using var rows = sheet.Rows.GetEnumerator();
            var first = new List<RawRow>();
            while (first.Count < HeaderRow.ScanLimit && rows.MoveNext()) first.Add(rows.Current);
            if (first.All(r => r.IsBlank)) { skipped.Add(sheet.Name); continue; }
            var header = HeaderRow.Detect(first, map);
            if (header is null) { skipped.Add(sheet.Name); continue; }
            CheckRequired(file, sheet.Name, header);
            readSheets++;
            var ctx = new SheetContext(file, sheet.Name, header, registry, options, sink);
            var counts = new SheetCounters();
            var data = Rest(first.Where(r => r.Number > header.RowNumber), rows);
            var cases = header.Shape == TableShape.Ledger
                ? LedgerSheetReader.Read(ctx, data, ids, counts)
                : EventLogSheetReader.Read(ctx, data, ids, counts, sink);
            foreach (var c in cases) yield return c;
            sink.File(new FileSummary
            {
                File = file,
                Sheet = sheet.Name,
                Format = table.Format,
                Encoding = table.Encoding,
                Shape = header.Shape,
                HeaderRow = header.RowNumber,
                Columns = [.. header.Headers.Select((h, i) => (h, i)).Where(x => x.h is not null)
                    .Select(x => new ColumnSummary(x.i + 1, x.h!, header.Targets[x.i]?.Id))],
                Rows = counts.Rows,
                Cases = counts.Cases,
                Events = counts.Events,
                DailyReports = counts.DailyReports,
                Issues = ctx.IssueCount,
            });
        }
        if (readSheets == 0)
        {
            var where = skipped.Count > 0 && skipped[0] is not null ? $"（工作表：{string.Join("、", skipped)}）" : "";
            throw new InputException(
                $"{file}{where}：前 {HeaderRow.ScanLimit} 行中找不到可识别的表头；表头应包含“舆情编号”“发现时间”等列名（或用 --map 指定列名映射）");
        }
        foreach (var name in skipped.Where(n => n is not null))
            sink.Issue(new DataIssue(file, name, null, null, null, DataIssueKind.Other, $"工作表“{name}”中没有可识别的表头，已跳过"));
    }

    private static IEnumerable<RawRow> Rest(IEnumerable<RawRow> buffered, IEnumerator<RawRow> rest)
    {
        foreach (var r in buffered) yield return r;
        while (rest.MoveNext()) yield return rest.Current;
    }

    private static void CheckRequired(string file, string? sheet, HeaderRow header)
    {
        var required = header.Shape == TableShape.Ledger
            ? new[] { FieldIds.CaseId, EventKind.Discovered.Id() }
            : [FieldIds.CaseId, FieldIds.Stage, FieldIds.Time];
        foreach (var id in required)
        {
            if (header.ColumnOf(id) >= 0) continue;
            var where = sheet is null ? file : $"{file} [{sheet}]";
            if (header.Shape == TableShape.Ledger && header.LogOnlyHeaders.Count > 0)
                // 舆情编号 + 时间/办理单位/说明 but no 环节: an event log that lost its stage column, not a ledger.
                throw new InputException(
                    $"{where}：第{header.RowNumber}行表头有环节记录表的列“{string.Join("”“", header.LogOnlyHeaders)}”，但缺少必需的列“{HeaderVocabulary.CanonicalHeader(FieldIds.Stage)}”（环节记录表必须有此列；也可写作：{string.Join("、", HeaderVocabulary.HeadersOf(FieldIds.Stage).Skip(1))}）；如果这是台账（每行一个舆情），则缺少“{HeaderVocabulary.CanonicalHeader(id)}”列");
            var shape = header.Shape == TableShape.Ledger ? "台账" : "环节记录表";
            throw new InputException(
                $"{where}：第{header.RowNumber}行表头中缺少必需的列“{HeaderVocabulary.CanonicalHeader(id)}”（{shape}必须有此列；也可写作：{string.Join("、", HeaderVocabulary.HeadersOf(id).Skip(1))}）");
        }
    }
}
