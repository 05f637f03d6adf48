using Auditor.Core.Domain;

namespace Auditor.Ingest.Headers;

/// <summary>What a column feeds.</summary>
public enum ColumnTargetKind
{
    /// <summary>A case attribute (舆情编号, 填报单位, …).</summary>
    Field,
    /// <summary>An event time (ledger) — one column per event kind.</summary>
    Event,
    /// <summary>
    /// The date of an event whose time of day stands in its own column (发现日期 beside 发现时间); read together with the
    /// event's column. Without such a column it becomes the event's column itself.
    /// </summary>
    EventDate,
    /// <summary>An event-log column: 环节, 时间, 办理单位, 说明, 渠道.</summary>
    LogColumn,
    /// <summary>Explicitly ignored by the --map file (not even kept in Extra).</summary>
    Ignore,
}

/// <summary>
/// The canonical meaning of a column, identified by a stable id: a field id (case_id, unit, …), an event id
/// (discovered, assigned, …; "reported>区委办公室" for a report column naming its recipient), an event-log column id
/// (stage, time, date, actor, detail, channel), an event's date part ("discovered.date") or "ignore".
/// </summary>
public sealed record ColumnTarget(ColumnTargetKind Kind, string Id, EventKind? Event = null, string? Recipient = null)
{
    public override string ToString() => Id;
}

/// <summary>Case attribute ids (docs/input.md, "列名") and event-log column ids.</summary>
public static class FieldIds
{
    // the case field ids are Core's (CaseFields), so Case.RecordedColumns and the replay engine agree with the headers
    public const string CaseId = CaseFields.CaseId, Unit = CaseFields.Unit, Title = CaseFields.Title, Source = CaseFields.Source,
        Severity = CaseFields.Severity, Polarity = CaseFields.Polarity, Sudden = CaseFields.Sudden, Scope = CaseFields.Scope,
        Involved = CaseFields.Involved, Competent = CaseFields.Competent, Responsible = CaseFields.Responsible,
        Responder = CaseFields.Responder, Truth = CaseFields.Truth, Due = CaseFields.Due, SpotCheck = CaseFields.SpotCheck,
        ArchivedFlag = CaseFields.ArchivedFlag, Recipient = CaseFields.Recipient, LeakedBy = CaseFields.LeakedBy;

    public const string Stage = "stage", Time = "time", Date = "date", Actor = "actor", Detail = "detail", Channel = "channel";
}
