using System.Collections.Immutable;
using Auditor.Core.Domain;
using Auditor.Ingest.Headers;
using Auditor.Ingest.Tables;

namespace Auditor.Ingest;

/// <summary>
/// Collects one case's attributes and events (from one ledger row, or from the rows of an event log that carry
/// its id: first non-empty value wins) and builds the immutable <see cref="Case"/>, reporting timeline faults.
/// </summary>
internal sealed class CaseBuilder(string caseId, SourceRef source)
{
    private readonly List<(CaseEvent Event, int Row, int Column)> _events = [];
    private readonly List<UnitRef> _involved = [];
    private ImmutableDictionary<string, string>.Builder? _extra;
    private ImmutableDictionary<string, string>.Builder? _unreadable;

    public string CaseId { get; } = caseId;
    public SourceRef Source { get; } = source;
    public UnitRef? Unit, Competent, Responsible, Responder, LeakedBy;
    public string? Title, Platform, Severity, Polarity, Scope, Truth, SpotCheck;
    public bool? Sudden, ArchivedFlag;
    public RecordedTime? Due;

    public int EventCount => _events.Count;

    public void AddEvent(CaseEvent e, int row, int column) => _events.Add((e, row, column));

    /// <summary>A field or event cell that was filled but could not be read (already reported as a data issue).</summary>
    public void AddUnreadable(string id, string text)
    {
        _unreadable ??= ImmutableDictionary.CreateBuilder<string, string>();
        _unreadable.TryAdd(id, text);
    }

    public void AddExtra(string header, string value)
    {
        _extra ??= ImmutableDictionary.CreateBuilder<string, string>();
        _extra.TryAdd(header, value);
    }

    /// <summary>Reads the case attributes of one row (first non-empty value wins for repeated rows).</summary>
    public void ReadFields(SheetContext ctx, RawRow row)
    {
        var targets = ctx.Header.Targets;
        for (int col = 0; col < targets.Length; col++)
        {
            var t = targets[col];
            if (t is null)
            {
                if (ctx.Header.Headers[col] is { } h && ctx.Text(row, col, CaseId) is { } v) AddExtra(h, v);
                continue;
            }
            if (t.Kind != ColumnTargetKind.Field) continue;
            switch (t.Id)
            {
                case FieldIds.Unit: Unit ??= ctx.Unit(row, col, CaseId); break;
                case FieldIds.Title: Title ??= ctx.Text(row, col, CaseId); break;
                case FieldIds.Source: Platform ??= ctx.Word(row, col, CaseId); break;
                case FieldIds.Severity: Severity ??= ctx.Word(row, col, CaseId); break;
                case FieldIds.Polarity: Polarity ??= ctx.Word(row, col, CaseId); break;
                case FieldIds.Sudden: Sudden ??= ctx.YesNo(row, col, CaseId); break;
                case FieldIds.Scope: Scope ??= ctx.Word(row, col, CaseId); break;
                case FieldIds.Competent: Competent ??= ctx.Unit(row, col, CaseId); break;
                case FieldIds.Responsible: Responsible ??= ctx.Unit(row, col, CaseId); break;
                case FieldIds.Responder: Responder ??= ctx.Unit(row, col, CaseId); break;
                case FieldIds.Truth: Truth ??= ctx.ResultWord(row, col, CaseId, TruthWords.CanonicalTruth, TruthWords.TruthHint); break;
                case FieldIds.SpotCheck: SpotCheck ??= ctx.ResultWord(row, col, CaseId, TruthWords.CanonicalSpotCheck, TruthWords.SpotCheckHint); break;
                case FieldIds.LeakedBy: LeakedBy ??= ctx.Unit(row, col, CaseId); break;
                // A deadline given as a date (办理时限 2026-07-05) is normal: it stays DateOnly, with no issue.
                case FieldIds.Due: Due ??= ctx.Time(row, col, CaseId, dateOnlyIsIssue: false); break;
                case FieldIds.Involved:
                    if (_involved.Count == 0) _involved.AddRange(ctx.UnitList(row, col, CaseId));
                    break;
                case FieldIds.ArchivedFlag:
                    ReadArchivedFlag(ctx, row, col);
                    break;
            }
        }
    }

    /// <summary>是否归档 holds 是/否; some exports put the archiving time there instead, which is an archived event.</summary>
    private void ReadArchivedFlag(SheetContext ctx, RawRow row, int col)
    {
        if (ArchivedFlag is not null) return;
        var cell = row[col];
        if (cell.IsEmpty) return;
        if (cell.IsNumeric && cell.Kind != RawCellKind.Number || (cell.Kind == RawCellKind.Text && Times.TimeValueParser.Parse(cell.Span, ctx.Options.Zone) is not null))
        {
            if (ctx.Time(row, col, CaseId) is { } t)
            {
                ArchivedFlag = true;
                AddEvent(new CaseEvent(EventKind.Archived, t, null, null, null, ctx.Source(row.Number)), row.Number, col);
            }
            return;
        }
        ArchivedFlag = ctx.YesNo(row, col, CaseId);
    }

    /// <summary>Builds the case; reports a missing discovery time, events before discovery and times after as-of.</summary>
    public Case Build(SheetContext ctx)
    {
        // Stable insertion sort by instant: a case has a handful of events, mostly already in order.
        var ordered = _events;
        for (int i = 1; i < ordered.Count; i++)
        {
            var x = ordered[i];
            int j = i - 1;
            while (j >= 0 && ordered[j].Event.Time.Instant > x.Event.Time.Instant) { ordered[j + 1] = ordered[j]; j--; }
            ordered[j + 1] = x;
        }
        CaseEvent? discovered = null;
        foreach (var e in ordered) if (e.Event.Kind == EventKind.Discovered) { discovered = e.Event; break; }
        if (discovered is null)
            ctx.Issue(Source.Row, ctx.Header.Shape == TableShape.Ledger ? ctx.Header.ColumnOf(EventKind.Discovered.Id()) is int c and >= 0 ? c : null : null,
                CaseId, DataIssueKind.MissingValue, "缺少发现时间，以发现时间起算的时限无法核查");
        foreach (var (e, row, col) in ordered)
        {
            // A policy is issued, and assessed before that, before it draws the opinion (000 （六）): not a fault.
            if (discovered is not null && e.Kind is not (EventKind.Discovered or EventKind.RiskAssessed or EventKind.PolicyIssued) && IsBefore(e.Time, discovered.Time))
                ctx.Issue(row, col, CaseId, DataIssueKind.EventBeforeDiscovery,
                    $"{e.Kind.Chinese()}时间 {Show(e.Time)} 早于发现时间 {Show(discovered.Time)}");
            if (ctx.Options.AsOf is { } asOf && e.Time.Instant > asOf && !(e.Time.DateOnly && e.Time.Date <= asOf.InZone(ctx.Options.Zone).Date))
                ctx.Issue(row, col, CaseId, DataIssueKind.FutureTime,
                    $"{e.Kind.Chinese()}时间 {Show(e.Time)} 晚于核查截止时间 {asOf.InZone(ctx.Options.Zone).LocalDateTime:yyyy-MM-dd HH:mm}");
        }
        return new Case
        {
            CaseId = CaseId,
            ReportingUnit = Unit,
            Title = Title,
            Platform = Platform,
            Severity = Severity,
            Polarity = Polarity,
            Sudden = Sudden,
            Scope = Scope,
            Involved = [.. _involved],
            Competent = Competent,
            Responsible = Responsible,
            Responder = Responder,
            Truth = Truth,
            Due = Due,
            SpotCheck = SpotCheck,
            ArchivedFlag = ArchivedFlag,
            Events = EventsOf(ordered),
            Extra = _extra?.ToImmutable() ?? ImmutableDictionary<string, string>.Empty,
            Source = Source,
            RecordedColumns = ctx.RecordedColumns,
            Unreadable = _unreadable?.ToImmutable() ?? ImmutableDictionary<string, string>.Empty,
        };
    }

    private ImmutableArray<CaseEvent> EventsOf(List<(CaseEvent Event, int Row, int Column)> events)
    {
        var b = ImmutableArray.CreateBuilder<CaseEvent>(events.Count);
        // a ledger's 外传单位 names who leaked (an event log names it in the step's 办理单位)
        foreach (var e in events)
            b.Add(e.Event.Kind == EventKind.Leaked && e.Event.Actor is null && LeakedBy is not null ? e.Event with { Actor = LeakedBy.Name } : e.Event);
        return b.MoveToImmutable();
    }

    private static bool IsBefore(RecordedTime a, RecordedTime d) =>
        a.DateOnly || d.DateOnly ? a.Date < d.Date : a.Instant < d.Instant;

    private static string Show(RecordedTime t) => t.DateOnly ? $"{t.Local:yyyy-MM-dd}" : $"{t.Local:yyyy-MM-dd HH:mm}";
}
