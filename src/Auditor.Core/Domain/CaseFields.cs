namespace Auditor.Core.Domain;

/// <summary>Canonical ids of case fields (docs/input.md); event columns use <see cref="EventKinds.Id"/>.</summary>
public static class CaseFields
{
    public const string CaseId = "case_id", Unit = "unit", Title = "title", Source = "source", Severity = "severity",
        Polarity = "polarity", Sudden = "sudden", Scope = "scope", Involved = "involved", Competent = "competent",
        Responsible = "responsible", Responder = "responder", Truth = "truth", Due = "due", SpotCheck = "spot_check",
        ArchivedFlag = "archived_flag",
        // to whom the row's report went (报送对象); who leaked internal material (外传单位); who did an event-log step (办理单位)
        Recipient = "recipient", LeakedBy = "leaked_by", Actor = "actor";
}
