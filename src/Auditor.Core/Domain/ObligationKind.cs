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

/// <summary>
/// How a kind is bounded in time. The one place that says which kinds run on a time window: the pack loader asks
/// those for start/target, the replay engine replays them through the window, documents call their breaches 超时.
/// </summary>
public enum ObligationTiming
{
    /// <summary>A start event, then a target event within the rule's window (or the 交办 due time, or no limit at all).</summary>
    Window,
    /// <summary>Every (working) day before the rule's cut-off time.</summary>
    DailyCutoff,
    /// <summary>Before another event (a risk assessment before the policy is issued).</summary>
    BeforeEvent,
    /// <summary>Not a time limit: who was responsible or spoke, a leak, a spot check, urging that went unanswered.</summary>
    None,
}

public static class ObligationKinds
{
    private static readonly EnumTable<ObligationKind> Table = EnumTable<ObligationKind>.Load();

    private static readonly IReadOnlyDictionary<ObligationKind, ObligationTiming> Timings = new Dictionary<ObligationKind, ObligationTiming>
    {
        [ObligationKind.DailyReport] = ObligationTiming.DailyCutoff,
        [ObligationKind.RiskAssessment] = ObligationTiming.BeforeEvent,
        [ObligationKind.Confidentiality] = ObligationTiming.None,
        [ObligationKind.ResponsibleParty] = ObligationTiming.None,
        [ObligationKind.Responder] = ObligationTiming.None,
        [ObligationKind.FalseFeedback] = ObligationTiming.None,
        [ObligationKind.Urging] = ObligationTiming.None,
        // every other kind: ObligationTiming.Window
    };

    public static IReadOnlyList<ObligationKind> All => Table.Values;

    public static string Id(this ObligationKind kind) => Table.Id(kind);

    public static string Chinese(this ObligationKind kind) => Table.Label(kind);

    /// <summary>"release、press-conference、…": every id, for messages.</summary>
    public static string IdList => Table.IdList;

    public static ObligationTiming Timing(this ObligationKind kind) =>
        Timings.TryGetValue(kind, out var t) ? t : ObligationTiming.Window;

    /// <summary>
    /// False for kinds that are not about a time limit (a spot check found false feedback, urging went unanswered, material
    /// leaked, the wrong unit was recorded or spoke): their breaches are never "超时".
    /// </summary>
    public static bool IsTimed(this ObligationKind kind) => kind.Timing() != ObligationTiming.None;

    public static bool TryParse(string text, out ObligationKind kind) => Table.TryParseId(text, out kind);
}
