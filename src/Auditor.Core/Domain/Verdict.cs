namespace Auditor.Core.Domain;

/// <summary>The outcome of checking one obligation on one case (docs/verdicts.md).</summary>
public enum Verdict
{
    Met,
    Breached,
    Missing,
    Pending,
    NotApplicable,
    InsufficientData,
}

public static class Verdicts
{
    public static string Id(this Verdict v) => v switch
    {
        Verdict.Met => "met",
        Verdict.Breached => "breached",
        Verdict.Missing => "missing",
        Verdict.Pending => "pending",
        Verdict.NotApplicable => "not-applicable",
        Verdict.InsufficientData => "insufficient-data",
        _ => throw new ArgumentOutOfRangeException(nameof(v)),
    };

    public static string Chinese(this Verdict v) => v switch
    {
        Verdict.Met => "按时履行",
        Verdict.Breached => "超时",
        Verdict.Missing => "未履行",
        Verdict.Pending => "未到期",
        Verdict.NotApplicable => "不适用",
        Verdict.InsufficientData => "数据不足",
        _ => throw new ArgumentOutOfRangeException(nameof(v)),
    };

    public static bool TryParse(string text, out Verdict v)
    {
        foreach (var x in Enum.GetValues<Verdict>())
        {
            if (x.Id() == text.Trim() || x.Chinese() == text.Trim()) { v = x; return true; }
        }
        v = default;
        return false;
    }

    /// <summary>Breached or missing: the verdicts that cost points and feed sanctions.</summary>
    public static bool IsFailure(this Verdict v) => v is Verdict.Breached or Verdict.Missing;
}
