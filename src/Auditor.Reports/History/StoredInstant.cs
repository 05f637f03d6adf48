using NodaTime;
using NodaTime.Text;

namespace Auditor.Reports.History;

/// <summary>
/// How the history store keeps a finding's instants (schema version 2): INTEGER Unix seconds when the instant is a
/// whole second in the years 1000–9999 — SQLite's strftime then gives back exactly the ISO text version 1 stored
/// ("2026-07-16T03:49:04Z") — otherwise that ISO text itself (e.g. "2026-07-16T23:59:59.999999999Z"). Nothing is lost.
/// </summary>
internal static class StoredInstant
{
    private const string IsoFormat = "'%Y-%m-%dT%H:%M:%SZ'";
    private static readonly long MinSeconds = Instant.FromUtc(1000, 1, 1, 0, 0).ToUnixTimeSeconds();
    private static readonly long MaxSeconds = Instant.FromUtc(9999, 12, 31, 23, 59, 59).ToUnixTimeSeconds();

    /// <summary>The Unix seconds to store, or false when the instant must be stored as <see cref="Text"/>.</summary>
    public static bool TryUnixSeconds(Instant i, out long seconds)
    {
        seconds = i.ToUnixTimeSeconds();
        return seconds >= MinSeconds && seconds <= MaxSeconds && Instant.FromUnixTimeSeconds(seconds) == i;
    }

    /// <summary>The version-1 text of an instant.</summary>
    public static string Text(Instant i) => InstantPattern.ExtendedIso.Format(i);

    /// <summary>SQL giving the version-1 text of a stored column (integer seconds or text).</summary>
    public static string ToText(string column) =>
        $"CASE WHEN typeof({column}) = 'integer' THEN strftime({IsoFormat}, {column}, 'unixepoch') ELSE {column} END";

    /// <summary>SQL storing a version-1 text column: Unix seconds when they give the same text back, else the text.</summary>
    public static string FromText(string column) =>
        $"CASE WHEN strftime({IsoFormat}, CAST(strftime('%s', {column}) AS INTEGER), 'unixepoch') = {column} " +
        $"THEN CAST(strftime('%s', {column}) AS INTEGER) ELSE {column} END";
}
