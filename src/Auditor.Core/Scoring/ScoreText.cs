using System.Globalization;

namespace Auditor.Core.Scoring;

/// <summary>How numbers appear in formulas and lists: invariant culture, at least one decimal, at most four.</summary>
public static class ScoreText
{
    public const char Minus = '−';

    public static string Number(decimal d) => d.ToString("0.0###", CultureInfo.InvariantCulture);

    public static string Number(double d) => Number((decimal)d);

    /// <summary>Base score as written in the pack (no forced decimal): 100, 95.5.</summary>
    public static string Plain(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>On-time rate as a percentage with one decimal, e.g. 95.0%; empty when null.</summary>
    public static string Percent(double? rate) =>
        rate is null ? "" : (Math.Round((decimal)rate.Value * 100, 1, MidpointRounding.AwayFromZero)).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
