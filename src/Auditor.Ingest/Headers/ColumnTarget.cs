using Auditor.Core.Domain;

namespace Auditor.Ingest.Headers;

/// <summary>What a column feeds.</summary>
public enum ColumnTargetKind
{
    /// <summary>A case attribute (舆情编号, 填报单位, …).</summary>
    Field,
    /// <summary>An event time (ledger) — one column per event kind.</summary>
    Event,
    /// <summary>An event-log column: 环节, 时间, 办理单位, 说明, 渠道.</summary>
    LogColumn,
    /// <summary>Explicitly ignored by the --map file (not even kept in Extra).</summary>
    Ignore,
}

/// <summary>
/// The canonical meaning of a column, identified by a stable id: a field id (case_id, unit, …), an event id
/// (discovered, assigned, …), an event-log column id (stage, time, actor, detail, channel) or "ignore".
/// </summary>
public sealed record ColumnTarget(ColumnTargetKind Kind, string Id, EventKind? Event = null)
{
    public override string ToString() => Id;
}

/// <summary>Case attribute ids (DESIGN.md "Case fields") and event-log column ids.</summary>
public static class FieldIds
{
    public const string CaseId = "case_id", Unit = "unit", Title = "title", Source = "source", Severity = "severity",
        Polarity = "polarity", Sudden = "sudden", Scope = "scope", Involved = "involved", Competent = "competent",
        Responsible = "responsible", Responder = "responder", Truth = "truth", Due = "due", SpotCheck = "spot_check",
        ArchivedFlag = "archived_flag";

    public const string Stage = "stage", Time = "time", Actor = "actor", Detail = "detail", Channel = "channel";
}
