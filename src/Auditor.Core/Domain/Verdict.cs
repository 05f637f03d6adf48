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
    private static readonly EnumTable<Verdict> Table = EnumTable<Verdict>.Load();

    public static string Id(this Verdict v) => Table.Id(v);

    public static string Chinese(this Verdict v) => Table.Label(v);

    /// <summary>An id (met, breached …) or a Chinese label (按时履行, 超时 …).</summary>
    public static bool TryParse(string text, out Verdict v) => Table.TryParse(text, out v);

    /// <summary>Breached or missing: the verdicts that cost points and feed sanctions.</summary>
    public static bool IsFailure(this Verdict v) => v is Verdict.Breached or Verdict.Missing;
}
