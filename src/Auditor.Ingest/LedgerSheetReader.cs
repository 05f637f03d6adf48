using Auditor.Core.Domain;
using Auditor.Ingest.Headers;
using Auditor.Ingest.Tables;

namespace Auditor.Ingest;

/// <summary>A ledger sheet (宽表): each data row becomes one case, as the rows stream by.</summary>
internal static class LedgerSheetReader
{
    public static IEnumerable<Case> Read(SheetContext ctx, IEnumerable<RawRow> rows, SheetCounters counts)
    {
        int idCol = ctx.Header.ColumnOf(FieldIds.CaseId), recipientCol = ctx.Header.ColumnOf(FieldIds.Recipient);
        var eventCols = new List<(int Col, int DateCol, EventKind Kind, string? Recipient)>();
        for (int c = 0; c < ctx.Header.Targets.Length; c++)
            if (ctx.Header.Targets[c] is { Kind: ColumnTargetKind.Event, Event: EventKind k } t)
                eventCols.Add((c, t.Recipient is null ? ctx.Header.DateColumnOf(k) : -1, k, t.Recipient));

        foreach (var row in rows)
        {
            if (row.IsBlank) continue;
            counts.Rows++;
            var id = ctx.CaseId(row, idCol);
            if (id is null)
            {
                ctx.Issue(row.Number, idCol, null, DataIssueKind.MissingValue, "缺少舆情编号，本行未计入");
                continue;
            }
            var source = ctx.Source(row.Number);
            if (!ctx.Scope.Ids.TryAdd(id, source, out var first))
            {
                ctx.Issue(row.Number, idCol, id, DataIssueKind.DuplicateCaseId,
                    $"舆情编号“{SheetContext.Clip(id)}”重复：与 {first} 相同，本行未计入（请核对两行后保留一行）");
                continue;
            }
            var b = new CaseBuilder(id, source);
            b.ReadFields(ctx, row);
            foreach (var (col, dateCol, kind, named) in eventCols)
            {
                // a 报送对象 column says to whom the row's (one) report went; a column such as 报区委办公室时间 says it itself
                // a policy's issue date (政策出台) is normally a date: no issue for it (like 办理时限)
                if (ctx.Time(row, col, id, dateOnlyIsIssue: kind != EventKind.PolicyIssued, dateCol: dateCol) is { } t)
                    b.AddEvent(new CaseEvent(kind, t, null, null, null, source)
                        { Recipient = named ?? (kind == EventKind.Reported ? ctx.Word(row, recipientCol, id) : null) }, row.Number, col);
                else if (ctx.Written(row, col, dateCol) is { } written)
                    b.AddUnreadable(kind.Id(), written);
            }
            var built = b.Build(ctx);
            counts.Cases++;
            counts.Events += built.Events.Length;
            yield return built;
        }
    }
}

/// <summary>Counts of one sheet, for its <see cref="FileSummary"/>.</summary>
internal sealed class SheetCounters
{
    public int Rows, Cases, Events, DailyReports;
}
