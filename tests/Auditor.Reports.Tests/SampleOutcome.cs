using System.Collections.Immutable;
using Auditor.Core;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using NodaTime;

namespace Auditor.Reports.Tests;

/// <summary>
/// A realistic audit outcome written by hand (the pipeline fills it in production): six units of 潢川县, rules of the
/// 003 and 002 seeds, every verdict, failures in every lateness bucket and severity, sanctions of every kind, two
/// history periods, personal data and hostile text in places a report prints.
/// </summary>
internal static class SampleOutcome
{
    public static readonly DateTimeZone Zone = AuditorZones.Default;
    public const string IdNumber = "360702198804051234";
    public const string IdNumber15 = "360702880405123";
    public const string Mobile = "13812345678";
    public const string Email = "zhangsan@example.com";
    public const string InternalBrief = "内部简报：某领导批示暂缓回应，待宣传部统一口径";
    public const string FormulaTitle = "=HYPERLINK(\"http://evil.example\",\"点击\")";

    public static Instant At(int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneLeniently(Zone).ToInstant();

    private static readonly Citation C44 = new("003_b9631caf5bf78e06.txt", "4.4", "特别重大、重大突发事件发生后，应在5小时内发布权威信息，24小时内举行新闻发布会");
    private static readonly Citation C44r = new("003_b9631caf5bf78e06.txt", "4.4", "对其他政务舆情应在48小时内予以回应");
    private static readonly Citation C42 = new("003_b9631caf5bf78e06.txt", "4.2", "发现舆情后应第一时间向县政府办公室报告");
    private static readonly Citation C32 = new("002_d5e05033a8414c91.txt", "三.2", "交办的舆情事项，应在规定时限内办理并反馈结果，未明确时限的，3天内反馈");
    private static readonly Citation C21 = new("002_d5e05033a8414c91.txt", "二.1", "每日17时前报送舆情日报");
    private static readonly Citation C43 = new("002_d5e05033a8414c91.txt", "四.3", "对迟报、漏报、虚假反馈的单位予以通报批评");

    public static readonly ImmutableArray<Unit> Units =
    [
        new("HC001", "城关镇", ["城关"], UnitType.Township, null, "张建国"),
        new("HC002", "东城街道", [], UnitType.Street, null, "李红梅"),
        new("HC003", "县卫生健康委员会", ["县卫健委"], UnitType.Department, null, "王志强"),
        new("HC004", "县应急管理局", ["县应急局"], UnitType.Department, null, "陈晓东"),
        new("HC005", "光明镇", [], UnitType.Township, null, "刘海燕"),
        new("HC006", "县市场监督管理局", ["县市监局"], UnitType.Department, null, null),
    ];

    private static Finding F(string caseId, string unit, string rule, ObligationKind kind, Verdict v, Citation c, string evidence,
        string? severity = "一般", long? overrun = null, string? title = null, double weight = 2, string? fix = null,
        Instant? start = null, Instant? deadline = null, Instant? actual = null) => new()
    {
        CaseId = caseId, CaseTitle = title ?? $"群众反映{unit}相关问题", Unit = unit, RuleId = rule, RuleTitle = RuleTitle(rule), Kind = kind, Verdict = v,
        Start = start ?? At(7, 10, 22), Deadline = deadline ?? At(7, 11, 3), Actual = actual ?? (v == Verdict.Missing ? null : At(7, 11, 3, 30)),
        OverrunMinutes = overrun, Clause = c, Evidence = evidence, Severity = severity, Weight = weight, FixHint = fix,
        SanctionClass = v.IsFailure() ? "criticism" : null,
    };

    private static string RuleTitle(string id) => id switch
    {
        "hc-release-5h" => "重大突发事件5小时内发布权威信息",
        "hc-press-24h" => "重大突发事件24小时内举行新闻发布会",
        "hc-response-48h" => "其他舆情48小时内回应",
        "hc-report" => "第一时间报告",
        "zg-feedback-3d" => "交办事项3天内反馈",
        "zg-daily-17" => "每日17时前报送日报",
        "zg-false-feedback" => "不得虚假反馈",
        _ => id,
    };

    public static ImmutableArray<Finding> Findings =>
    [
        F("HC-2026-001", "城关镇", "hc-response-48h", ObligationKind.Response, Verdict.Met, C44r, "发现于7月10日22:00，应于7月12日22:00前回应，实际7月11日9:10回应"),
        F("HC-2026-001", "城关镇", "hc-report", ObligationKind.Report, Verdict.Met, C42, "发现于7月10日22:00，7月10日22:40上报"),
        F("HC-2026-002", "城关镇", "zg-feedback-3d", ObligationKind.Feedback, Verdict.Pending, C32, "交办于10月14日，10月17日24时前反馈，截止时尚未到期"),
        F("HC-2026-003", "东城街道", "hc-response-48h", ObligationKind.Response, Verdict.Met, C44r, "发现于8月2日9:00，8月3日15:00回应"),
        // scorecards list the findings that are not met: personal data to mask sits in one of those
        F("HC-2026-004", "东城街道", "hc-report", ObligationKind.Report, Verdict.InsufficientData, C42, "上报时间只记录了日期“2026-08-05”，无法判断是否在1小时内上报",
            fix: "上报时间应记录到分钟。", title: $"市民{Mobile}反映小区停水"),
        F("HC-2026-005", "县卫生健康委员会", "hc-release-5h", ObligationKind.Release, Verdict.Breached, C44, "发现于7月10日22:00，应于7月11日3:00前发布权威信息，实际7月11日3:30发布，超时30分钟",
            severity: "重大", overrun: 30, title: $"患者家属（身份证{IdNumber}）反映医院收费问题", weight: 5, fix: "重大突发事件须在5小时内发布权威信息，夜间实行值班发布。"),
        F("HC-2026-005", "县卫生健康委员会", "hc-press-24h", ObligationKind.PressConference, Verdict.Met, C44, "7月11日15:00举行新闻发布会", severity: "重大"),
        F("HC-2026-006", "县卫生健康委员会", "hc-response-48h", ObligationKind.Response, Verdict.Breached, C44r, "发现于8月9日10:00，应于8月11日10:00前回应，实际8月11日14:00回应，超时4小时",
            overrun: 240, title: $"来信人邮箱{Email}，旧身份证{IdNumber15}"),
        F("HC-2026-007", "县应急管理局", "hc-release-5h", ObligationKind.Release, Verdict.Breached, C44, "发现于9月1日6:00，应于9月1日11:00前发布，实际9月1日23:00发布，超时12小时",
            severity: "特别重大", overrun: 720, weight: 5, start: At(9, 1, 6), deadline: At(9, 1, 11), actual: At(9, 1, 23)),
        F("HC-2026-007", "县应急管理局", "hc-press-24h", ObligationKind.PressConference, Verdict.Breached, C44, "应于9月2日6:00前举行发布会，实际9月4日10:00举行，超时2天4小时",
            severity: "特别重大", overrun: 3120, weight: 5),
        F("HC-2026-008", "县应急管理局", "hc-response-48h", ObligationKind.Response, Verdict.Met, C44r, "按时回应", severity: "较大"),
        F("HC-2026-009", "光明镇", "hc-response-48h", ObligationKind.Response, Verdict.Missing, C44r, "发现于7月20日8:00，应于7月22日8:00前回应，截至10月15日未回应",
            severity: "较大", overrun: 121920, title: FormulaTitle, fix: "对网民关切须在48小时内公开回应。"),
        F("HC-2026-010", "光明镇", "zg-feedback-3d", ObligationKind.Feedback, Verdict.Breached, C32, "交办于8月3日，应于8月6日24时前反馈，实际8月12日反馈，超时5天\u0001",
            overrun: 8640),
        F("HC-2026-011", "光明镇", "zg-false-feedback", ObligationKind.FalseFeedback, Verdict.Breached, C43, "反馈“已办结”，抽查复核结论为虚假", overrun: 0, weight: 10),
        F("HC-2026-012", "光明镇", "hc-report", ObligationKind.Report, Verdict.Breached, C42, "发现于9月3日8:00，9月3日10:30上报，超时1小时30分钟", overrun: 90, severity: null),
        F("HC-2026-013", "县市场监督管理局", "hc-response-48h", ObligationKind.Response, Verdict.Missing, C44r, "未回应", overrun: 100000),
        F("DAILY-0901", "县市场监督管理局", "zg-daily-17", ObligationKind.DailyReport, Verdict.Breached, C21, "9月1日日报18:20报送，超时1小时20分钟", overrun: 80, severity: null) with
        {
            Override = null,
        },
        F("HC-2026-014", "县市场监督管理局", "hc-report", ObligationKind.Report, Verdict.Met, C42, "按时上报") with
        {
            Override = new VerdictOverride(Verdict.Breached, Verdict.Met, "系统故障导致上报时间记录错误，已提供截图", "县政府办公室", new LocalDate(2026, 10, 12)),
        },
        F("HC-2026-015", "东城街道", "hc-press-24h", ObligationKind.PressConference, Verdict.NotApplicable, C44, "非重大突发事件"),
    ];

    private static UnitScore Score(string unit, string code, double score, string grade, int rank, int met, int breached, int missing, int pending, int insuff,
        double? rate, ImmutableArray<Deduction> deductions, string formula) => new()
    {
        Unit = unit, UnitCode = code, Score = score, Grade = grade, Rank = rank,
        Counts = new Dictionary<Verdict, int> { [Verdict.Met] = met, [Verdict.Breached] = breached, [Verdict.Missing] = missing, [Verdict.Pending] = pending, [Verdict.InsufficientData] = insuff }.ToImmutableDictionary(),
        OnTimeRate = rate,
        KindRates = [],
        Deductions = deductions,
        Formula = formula,
    };

    public static ImmutableArray<UnitScore> Scores =>
    [
        Score("城关镇", "HC001", 100, "优秀", 1, 2, 0, 0, 1, 0, 1.0, [], "100 = 100"),
        Score("东城街道", "HC002", 99, "优秀", 2, 1, 0, 0, 0, 1, 1.0,
            [new("HC-2026-004", "hc-report", ObligationKind.Report, Verdict.InsufficientData, 1, "上报时间不精确，按数据不足扣 2×0.5 分")], "100 − 2×0.5 = 99"),
        Score("县卫生健康委员会", "HC003", 93, "优秀", 4, 1, 2, 0, 0, 0, 1 / 3.0,
            [new("HC-2026-005", "hc-release-5h", ObligationKind.Release, Verdict.Breached, 5, "发布权威信息超时30分钟"),
             new("HC-2026-006", "hc-response-48h", ObligationKind.Response, Verdict.Breached, 2, "回应超时4小时")], "100 − 5 − 2 = 93"),
        Score("县市场监督管理局", "HC006", 96, "优秀", 3, 1, 1, 1, 0, 0, 1 / 3.0,
            [new("HC-2026-013", "hc-response-48h", ObligationKind.Response, Verdict.Missing, 2, "未回应"),
             new("DAILY-0901", "zg-daily-17", ObligationKind.DailyReport, Verdict.Breached, 2, "日报迟报")], "100 − 2 − 2 = 96"),
        Score("县应急管理局", "HC004", 90, "优秀", 5, 1, 2, 0, 0, 0, 1 / 3.0,
            [new("HC-2026-007", "hc-release-5h", ObligationKind.Release, Verdict.Breached, 5, "发布权威信息超时12小时"),
             new("HC-2026-007", "hc-press-24h", ObligationKind.PressConference, Verdict.Breached, 5, "新闻发布会超时2天4小时")], "100 − 5 − 5 = 90"),
        Score("光明镇", "HC005", 84, "良好", 6, 0, 3, 1, 0, 0, 0,
            [new("HC-2026-009", "hc-response-48h", ObligationKind.Response, Verdict.Missing, 2, "未回应"),
             new("HC-2026-010", "zg-feedback-3d", ObligationKind.Feedback, Verdict.Breached, 2, "反馈超时5天"),
             new("HC-2026-011", "zg-false-feedback", ObligationKind.FalseFeedback, Verdict.Breached, 10, "虚假反馈"),
             new("HC-2026-012", "hc-report", ObligationKind.Report, Verdict.Breached, 2, "上报超时")], "100 − 2 − 2 − 10 − 2 = 84"),
    ];

    public static ImmutableArray<Sanction> Sanctions =>
    [
        new("光明镇", SanctionKind.Criticism, [new("zg-false-feedback", ["HC-2026-011"], "002 四.3", $"交办事项虚假反馈（{InternalBrief}）"),
            new("zg-feedback-3d", ["HC-2026-010"], "002 三.2", "交办事项超过时限5天才反馈")]),
        new("县应急管理局", SanctionKind.Criticism, [new("hc-release-5h", ["HC-2026-007"], "003 4.4", "特别重大突发事件超过5小时才发布权威信息")]),
        new("光明镇", SanctionKind.Interview, [new(null, ["HC-2026-009", "HC-2026-010", "HC-2026-011", "HC-2026-012"], "002 四.3", "本期超时或未履行4项，且存在虚假反馈")]),
        new("县市场监督管理局", SanctionKind.Accountability, [new("hc-response-48h", ["HC-2026-013"], "002 四.3", "经三次催办仍未回应")]),
        new("城关镇", SanctionKind.Commendation, [new(null, [], "", "各项履职事项均按时完成，得分100分")]),
        new("东城街道", SanctionKind.Commendation, [new(null, [], "", "得分99分，无超时和未履行事项")]),
    ];

    public static ImmutableArray<RuleInfo> Rules =>
    [
        new("hc-release-5h", RuleTitle("hc-release-5h"), ObligationKind.Release, C44, "5小时", 5, "criticism", null, "夜间值班发布"),
        new("hc-press-24h", RuleTitle("hc-press-24h"), ObligationKind.PressConference, C44, "24小时", 5, "criticism", null, null),
        new("hc-response-48h", RuleTitle("hc-response-48h"), ObligationKind.Response, C44r, "48小时", 2, "criticism", null, null),
        new("hc-report", RuleTitle("hc-report"), ObligationKind.Report, C42, "1小时", 2, null, "“第一时间”按1小时计", null),
        new("zg-feedback-3d", RuleTitle("zg-feedback-3d"), ObligationKind.Feedback, C32, "3天（民法典201—203条）", 2, "criticism", null, null),
        new("zg-daily-17", RuleTitle("zg-daily-17"), ObligationKind.DailyReport, C21, "每日17时", 2, null, null, null),
        new("zg-false-feedback", RuleTitle("zg-false-feedback"), ObligationKind.FalseFeedback, C43, null, 10, "criticism", null, null),
    ];

    public static AuditOutcome Build(int extraUnits = 0) => new()
    {
        Pack = new PackInfo("huangchuan", "舆情回应发布规范", "潢川县人民政府办公室", "Q/HCGK YX4—2018", "2026.1"),
        Period = AuditPeriod.Parse("2026Q3"),
        AsOf = At(10, 15, 9),
        Zone = Zone,
        Inputs = [new("fixtures/huangchuan/台账-2026Q3.xlsx", "9f2c6a1b0d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c", "ledger"),
                  new("fixtures/huangchuan/单位名录.csv", "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9", "registry")],
        Rules = Rules,
        Interpretations = [new("第一时间", C42, "发现后1小时内"), new("及时", C32, "交办后3天内，遇法定休假日顺延")],
        KeptFindings = [.. All(extraUnits).Where(AuditOutcome.IsKept)],
        Totals = FindingTotals.Of(All(extraUnits)),
        DataIssues =
        [
            new("fixtures/huangchuan/台账-2026Q3.xlsx", "台账", 12, "上报时间", "HC-2026-004", DataIssueKind.DateWithoutTime, "“2026-08-05”只有日期没有时刻"),
            new("fixtures/huangchuan/台账-2026Q3.xlsx", "台账", 31, "填报单位", "HC-2026-099", DataIssueKind.UnknownUnit, "单位“城关 镇政府”不在名录中"),
            new("fixtures/huangchuan/台账-2026Q3.xlsx", "台账", 40, "发现时间", null, DataIssueKind.UnparsableTime, "无法识别的时间“昨天下午”"),
        ],
        Scores = [.. Scores, .. ExtraScores(extraUnits)],
        Sanctions = Sanctions,
        Lists = [new(SanctionKind.Criticism, null), new(SanctionKind.Interview, null), new(SanctionKind.Commendation, null), new(SanctionKind.Accountability, null)],
        Units = [.. Units, .. Enumerable.Range(1, extraUnits).Select(i => new Unit($"X{i:0000}", $"测试单位{i:0000}", [], UnitType.Department, null, "某某"))],
        History =
        [
            new("2026Q1", "城关镇", 95, "优秀"), new("2026Q1", "东城街道", 88, "良好"), new("2026Q1", "县卫生健康委员会", 80, "良好"),
            new("2026Q1", "县应急管理局", 92, "优秀"), new("2026Q1", "光明镇", 70, "合格"),
            new("2026Q2", "城关镇", 97, "优秀"), new("2026Q2", "东城街道", 91, "优秀"), new("2026Q2", "县卫生健康委员会", 86, "良好"),
            // the history store gives each earlier score the unit's rates per kind: 县应急管理局 released on time once in two
            new("2026Q2", "县应急管理局", 85, "良好")
            {
                OnTimeRate = 0.5,
                KindRates = [new KindRate(ObligationKind.Release, 1, 1, 0), new KindRate(ObligationKind.Response, 2, 0, 0)],
            },
            new("2026Q2", "光明镇", 78, "合格"), new("2026Q2", "县市场监督管理局", 90, "优秀"),
        ],
        NotApplicableCount = 4,
        CaseCount = 16,
        ToolVersion = "0.1.0-test",
        ScoringMethod = "得分 = 100 − Σ（规则权重 × 判定系数），超时、未履行系数为1，数据不足系数为0.5；单类扣分不超过上限。",
        InternalTexts = [InternalBrief],
    };

    /// <summary>Every finding of <see cref="Build"/> (met and not-applicable ones included): what its findings files hold.</summary>
    public static IEnumerable<Finding> All(int extraUnits = 0) => [.. Findings, .. ExtraFindings(extraUnits)];

    /// <summary>The outcome with every finding replaced: the kept ones and the totals of all.</summary>
    public static AuditOutcome WithFindings(AuditOutcome o, IEnumerable<Finding> all)
    {
        var list = all.ToList();
        return o with { KeptFindings = [.. list.Where(AuditOutcome.IsKept)], Totals = FindingTotals.Of(list) };
    }

    /// <summary>
    /// The outcome a self-check of <paramref name="unit"/> has when it is given the same ledgers (the engine's rule):
    /// the unit's own part, compared with every unit of the audit — or with none when <paramref name="alone"/>.
    /// </summary>
    public static AuditOutcome SelfCheckOf(AuditOutcome audit, string unit, bool alone = false) => audit with
    {
        KeptFindings = [.. audit.KeptFindings.Where(f => f.Unit == unit)],
        Totals = audit.Totals.Where(u => u == unit),
        Scores = [.. audit.Scores.Where(s => s.Unit == unit)],
        History = [.. audit.History.Where(h => h.Unit == unit)],
        Sanctions = [], InternalReview = [],
        SelfCheck = new SelfCheckScope(unit, alone ? null : new Comparison(audit.Scores.Length, audit.Totals.ByKind)),
    };

    /// <summary>Scale runs: each extra unit has the findings of 光明镇 (a met one, two breached, a missing one …) and their deductions.</summary>
    private static IEnumerable<Finding> ExtraFindings(int n) =>
        Enumerable.Range(1, n).SelectMany(i => Findings.Where(f => f.Unit == "光明镇" || f.Unit == "城关镇")
            .Select(f => f with { Unit = $"测试单位{i:0000}", CaseId = $"X{i:0000}-{f.CaseId}" }));

    private static IEnumerable<UnitScore> ExtraScores(int n)
    {
        var template = Scores.Single(s => s.Unit == "光明镇");
        return Enumerable.Range(1, n).Select(i => template with
        {
            Unit = $"测试单位{i:0000}", UnitCode = $"X{i:0000}", Rank = 7,
            Deductions = [.. template.Deductions.Select(d => d with { CaseId = $"X{i:0000}-{d.CaseId}" })],
        });
    }
}
