namespace Auditor.Core.Domain;

/// <summary>Obligation kinds the engine implements (docs/verdicts.md, 各义务类型怎么判定); ids appear in findings.</summary>
public enum ObligationKind
{
    Release,
    PressConference,
    Response,
    SameDayReply,
    ReplyOpinion,
    Feedback,
    WrittenFeedback,
    DailyReport,
    Report,
    RiskAssessment,
    Review,
    Archive,
    Confidentiality,
    ResponsibleParty,
    Responder,
    ReportUp,
    PoliceReferral,
    Clarification,
    FalseFeedback,
    Urging,
}

public static class ObligationKinds
{
    private static readonly (ObligationKind Kind, string Id, string Chinese)[] Table =
    [
        (ObligationKind.Release, "release", "发布权威信息"),
        (ObligationKind.PressConference, "press-conference", "举行新闻发布会"),
        (ObligationKind.Response, "response", "公开回应"),
        (ObligationKind.SameDayReply, "same-day-reply", "当天回复"),
        (ObligationKind.ReplyOpinion, "reply-opinion", "提出回复意见"),
        (ObligationKind.Feedback, "feedback", "落实反馈"),
        (ObligationKind.WrittenFeedback, "written-feedback", "书面反馈"),
        (ObligationKind.DailyReport, "daily-report", "每日报送"),
        (ObligationKind.Report, "report", "及时上报"),
        (ObligationKind.RiskAssessment, "risk-assessment", "风险评估"),
        (ObligationKind.Review, "review", "总结评估"),
        (ObligationKind.Archive, "archive", "整理归档"),
        (ObligationKind.Confidentiality, "confidentiality", "保密"),
        (ObligationKind.ResponsibleParty, "responsible-party", "第一责任主体"),
        (ObligationKind.Responder, "responder", "谁主管谁发声"),
        (ObligationKind.ReportUp, "report-up", "报上级"),
        (ObligationKind.PoliceReferral, "police-referral", "移交公安"),
        (ObligationKind.Clarification, "clarification", "澄清辟谣"),
        (ObligationKind.FalseFeedback, "false-feedback", "虚假反馈"),
        (ObligationKind.Urging, "urging", "催办未落实"),
    ];

    public static IReadOnlyList<ObligationKind> All { get; } = Table.Select(t => t.Kind).ToArray();

    public static string Id(this ObligationKind kind) => Table[(int)kind].Id;

    public static string Chinese(this ObligationKind kind) => Table[(int)kind].Chinese;

    /// <summary>
    /// False for kinds that are not about a time limit (a spot check found false feedback, urging went unanswered, material
    /// leaked, the wrong unit was recorded or spoke): their breaches are never "超时".
    /// </summary>
    public static bool IsTimed(this ObligationKind kind) => kind is not (ObligationKind.FalseFeedback or ObligationKind.Urging
        or ObligationKind.Confidentiality or ObligationKind.ResponsibleParty or ObligationKind.Responder);

    public static bool TryParse(string text, out ObligationKind kind)
    {
        foreach (var t in Table)
        {
            if (t.Id == text.Trim()) { kind = t.Kind; return true; }
        }
        kind = default;
        return false;
    }
}
