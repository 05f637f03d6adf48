namespace Auditor.Cli.Fixtures;

/// <summary>
/// The stated proportions of a generated ledger (weights in parts per thousand unless said otherwise). They are
/// meant to look like a real quarter: mostly 一般/较大 incidents handled on time, a tail of late and missing
/// responses, a few sudden major events, a few date-only cells.
/// </summary>
internal static class FixtureMix
{
    public static readonly WeightedChoice<string> Severity = new(
        ("一般", 600), ("较大", 320), ("重大", 70), ("特别重大", 10));

    /// <summary>Probability that a case is a sudden event (突发事件 = 是), by severity.</summary>
    public static double SuddenChance(string severity) => severity switch
    {
        "特别重大" => 0.70,
        "重大" => 0.45,
        "较大" => 0.15,
        _ => 0.08,
    };

    public static readonly WeightedChoice<string> Polarity = new(
        ("负面", 750), ("普通负面", 100), ("重大负面", 30), ("正面", 120));

    public static readonly WeightedChoice<string> Scope = new(
        ("单一属地", 550), ("多个部门", 150), ("多个属地", 120), ("垂直管理", 70), ("重大政策", 60), ("区外", 50));

    public static readonly WeightedChoice<string> Source = new(
        ("微博", 220), ("12345平台", 200), ("微信", 150), ("抖音", 120), ("网站", 80), ("今日头条", 70),
        ("人民网领导留言板", 60), ("论坛", 40), ("快手", 40), ("百度贴吧", 20));

    /// <summary>Share of cases discovered in the last 48 hours of the period (the rest spread evenly over it).</summary>
    public const double DiscoveredNearEnd = 0.02;

    /// <summary>Share of 发现时间 cells written as a date without a time.</summary>
    public const double DiscoveryDateOnly = 0.003;

    /// <summary>Share of the checked actual times (release, press conference, response) written as a date only (on-time ones).</summary>
    public const double ActualDateOnly = 0.005;

    /// <summary>Outcome of one timed obligation of a case: how its actual time relates to the window.</summary>
    public enum Outcome { OnTime, AtDeadline, Late, Absent }

    /// <summary>Release within 5 h (sudden 特别重大/重大 events).</summary>
    public static readonly WeightedChoice<Outcome> Release = new(
        (Outcome.OnTime, 860), (Outcome.AtDeadline, 10), (Outcome.Late, 100), (Outcome.Absent, 30));

    /// <summary>Press conference within 24 h (sudden 特别重大/重大 events).</summary>
    public static readonly WeightedChoice<Outcome> PressConference = new(
        (Outcome.OnTime, 820), (Outcome.AtDeadline, 10), (Outcome.Late, 120), (Outcome.Absent, 50));

    /// <summary>Public response within 48 h (every other case).</summary>
    public static readonly WeightedChoice<Outcome> Response = new(
        (Outcome.OnTime, 865), (Outcome.AtDeadline, 5), (Outcome.Late, 90), (Outcome.Absent, 40));

    /// <summary>Longest overrun of a late release / press conference / response, in minutes (3 days, 5 days, 20 days).</summary>
    public const long ReleaseMaxOverrun = 3 * 1440, PressMaxOverrun = 5 * 1440, ResponseMaxOverrun = 20 * 1440;

    /// <summary>Unit types of the registry (per thousand, the county office comes on top: one per county).</summary>
    public static readonly WeightedChoice<string> UnitType = new(
        ("乡镇", 400), ("街道", 200), ("部门", 280), ("直属单位", 70), ("垂直管理", 50));

    /// <summary>Share of 填报单位 cells that give the unit's alias instead of its full name.</summary>
    public const double ReportedByAlias = 0.10;

    /// <summary>Share of cases whose 责任单位 is the reporting unit itself.</summary>
    public const double ResponsibleIsReporter = 0.80;

    /// <summary>Share of cases whose 回应单位 is the responsible unit.</summary>
    public const double ResponderIsResponsible = 0.85;
}
