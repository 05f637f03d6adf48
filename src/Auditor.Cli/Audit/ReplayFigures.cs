using System.Globalization;

namespace Auditor.Cli.Audit;

/// <summary>
/// The replay's figures as a person watches them: cases read and replayed, conclusions, the reading rate and the
/// time the replay has taken.
/// </summary>
/// <param name="Read">Cases read from the ledgers, other periods' included.</param>
/// <param name="Cases">Cases of the period replayed.</param>
/// <param name="Findings">Applicable findings (conclusions) made.</param>
/// <param name="Elapsed">Time since the replay began (or its whole length, once it is over).</param>
internal readonly record struct ReplayFigures(int Read, int Cases, long Findings, TimeSpan Elapsed)
{
    /// <summary>Cases read per second; 0 before any time has passed.</summary>
    public double Rate => Elapsed > TimeSpan.Zero ? Read / Elapsed.TotalSeconds : 0;

    /// <summary>The counts and the rate, e.g. "已读 12,000 件（期内 11,800 件），结论 35,400 项，6,000 件/秒".</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture,
        $"已读 {Read:N0} 件（期内 {Cases:N0} 件），结论 {Findings:N0} 项，{Rate:N0} 件/秒");

    /// <summary>
    /// The short form for a live row, which must fit a terminal line beside its spinner, bar and time: cases read (those
    /// of the period only when they differ) and the rate, e.g. "已读 12,000 件（期内 11,800 件），6,000 件/秒".
    /// </summary>
    public string Live => string.Create(CultureInfo.InvariantCulture,
        $"已读 {Read:N0} 件{(Cases == Read ? "" : string.Create(CultureInfo.InvariantCulture, $"（期内 {Cases:N0} 件）"))}，{Rate:N0} 件/秒");

    /// <summary>The figures of a finished replay, with its length.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"{Text}，用时 {Elapsed.TotalSeconds:0.0} 秒");
}
