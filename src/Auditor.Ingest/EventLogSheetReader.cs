using Auditor.Core.Domain;
using Auditor.Ingest.Headers;
using Auditor.Ingest.Tables;

namespace Auditor.Ingest;

/// <summary>
/// An event-log sheet (长表): one row per event, grouped into cases by 舆情编号 (rows of a case need not be
/// adjacent, so cases are yielded when the sheet ends); 日报 rows become <see cref="DailyReport"/>s.
/// </summary>
internal static class EventLogSheetReader
{
    public static IEnumerable<Case> Read(SheetContext ctx, IEnumerable<RawRow> rows, SheetCounters counts, IIngestSink sink)
    {
        var h = ctx.Header;
        int idCol = h.ColumnOf(FieldIds.CaseId), stageCol = h.ColumnOf(FieldIds.Stage), timeCol = h.ColumnOf(FieldIds.Time), dateCol = h.ColumnOf(FieldIds.Date);
        int actorCol = h.ColumnOf(FieldIds.Actor), detailCol = h.ColumnOf(FieldIds.Detail), channelCol = h.ColumnOf(FieldIds.Channel);
        int unitCol = h.ColumnOf(FieldIds.Unit), recipientCol = h.ColumnOf(FieldIds.Recipient);
        var cases = new Dictionary<string, CaseBuilder>(StringComparer.Ordinal);
        var order = new List<CaseBuilder>();
        var skipped = new HashSet<string>(StringComparer.Ordinal);

        foreach (var row in rows)
        {
            if (row.IsBlank) continue;
            counts.Rows++;
            var id = ctx.CaseId(row, idCol);
            var stageText = ctx.Word(row, stageCol, id);
            if (!HeaderVocabulary.TryParseStage(stageText, out var kind, out var stageRecipient))
            {
                ctx.Issue(row.Number, stageCol, id, stageText is null ? DataIssueKind.MissingValue : DataIssueKind.InvalidValue,
                    stageText is null ? "缺少环节名称，本行未计入" : $"无法识别的环节“{SheetContext.Clip(stageText)}”，本行未计入（应为 发现、交办、反馈、催办、办结、日报 等）");
                continue;
            }
            if (kind == EventKind.DailyReport)
            {
                ReadDailyReport(ctx, row, unitCol >= 0 ? unitCol : actorCol, timeCol, counts, sink);
                continue;
            }
            if (id is null)
            {
                ctx.Issue(row.Number, idCol, null, DataIssueKind.MissingValue, $"“{stageText}”环节缺少舆情编号，本行未计入");
                continue;
            }
            if (skipped.Contains(id)) continue; // further rows of a duplicate id, already reported
            if (!cases.TryGetValue(id, out var b))
            {
                var source = ctx.Source(row.Number);
                if (!ctx.Scope.Ids.TryAdd(id, source, out var first))
                {
                    ctx.Issue(row.Number, idCol, id, DataIssueKind.DuplicateCaseId,
                        $"舆情编号“{SheetContext.Clip(id)}”已在 {first} 出现（本文件的另一工作表），本表中该编号的各行未计入");
                    skipped.Add(id);
                    continue;
                }
                cases[id] = b = new CaseBuilder(id, source);
                order.Add(b);
            }
            b.ReadFields(ctx, row);
            var time = ctx.Time(row, timeCol, id, dateOnlyIsIssue: kind != EventKind.PolicyIssued, dateCol: dateCol);
            if (time is null)
            {
                if (ctx.Written(row, timeCol, dateCol) is { } written)
                    b.AddUnreadable(kind.Id(), written);
                else
                    ctx.Issue(row.Number, timeCol, id, DataIssueKind.MissingValue, $"“{stageText}”环节缺少时间，该环节未计入");
                continue;
            }
            b.AddEvent(new CaseEvent(kind, time, ctx.Word(row, actorCol, id), ctx.Word(row, channelCol, id), ctx.Text(row, detailCol, id),
                ctx.Source(row.Number)) { Recipient = stageRecipient ?? ctx.Word(row, recipientCol, id) }, row.Number, timeCol);
        }

        foreach (var b in order)
        {
            var built = b.Build(ctx);
            counts.Cases++;
            counts.Events += built.Events.Length;
            yield return built;
        }
    }

    private static void ReadDailyReport(SheetContext ctx, RawRow row, int unitCol, int timeCol, SheetCounters counts, IIngestSink sink)
    {
        var unit = ctx.Unit(row, unitCol, null);
        var time = ctx.Time(row, timeCol, null, dateCol: ctx.Header.ColumnOf(FieldIds.Date));
        if (unit is null)
        {
            ctx.Issue(row.Number, unitCol, null, DataIssueKind.MissingValue, "日报行缺少报送单位，本行未计入");
            return;
        }
        if (time is null)
        {
            if (ctx.Written(row, timeCol, ctx.Header.ColumnOf(FieldIds.Date)) is null)
                ctx.Issue(row.Number, timeCol, null, DataIssueKind.MissingValue, "日报行缺少报送时间，本行未计入");
            return;
        }
        if (ctx.Options.AsOf is { } asOf && time.Instant > asOf)
            ctx.Issue(row.Number, timeCol, null, DataIssueKind.FutureTime,
                $"日报时间 {time.Local:yyyy-MM-dd HH:mm} 晚于核查截止时间 {asOf.InZone(ctx.Options.Zone).LocalDateTime:yyyy-MM-dd HH:mm}");
        counts.DailyReports++;
        sink.DailyReport(new DailyReport(unit, time, ctx.Source(row.Number)));
    }
}
