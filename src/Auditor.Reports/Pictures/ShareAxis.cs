namespace Auditor.Reports.Pictures;

/// <summary>
/// The horizontal axis of the deadline picture: the time a case took as a share of its window (start to deadline).
/// Inside the window the axis is linear (0 … 1 = the deadline); beyond it, the multiple of the window on a log scale up
/// to 1000× (x = 1 + log10(share) / 3), so a 30-minute overrun and a three-month one are both readable. Cases past
/// 1000× sit at the right edge.
/// </summary>
internal static class ShareAxis
{
    public const double MaxMultiple = 1000;
    public const double Right = 2;

    public static double X(double share) =>
        share <= 1 ? Math.Max(0, share) : Math.Min(Right, 1 + Math.Log10(share) / Math.Log10(MaxMultiple));

    public static IEnumerable<(double Position, string Label)> Ticks(PictureWords w)
    {
        yield return (0, "0");
        yield return (0.25, "25%");
        yield return (0.5, "50%");
        yield return (0.75, "75%");
        yield return (1, w.Say("时限", "deadline"));
        foreach (var m in new[] { 5, 10, 100 }) yield return (X(m), w.Say($"{m}倍", $"{m}x"));
        yield return (Right, w.Say("≥1000倍", ">=1000x"));
    }
}
