using Auditor.Core;
using Auditor.Engine;
using NodaTime;

namespace Auditor.Web;

/// <summary>How `auditor serve` runs: where it listens, where it keeps everything, and the limits on what it accepts.</summary>
public sealed record WebOptions
{
    /// <summary>Everything the workspace stores lives here: accounts, uploads, audits, the history store, the audit log.</summary>
    public required string DataDir { get; init; }
    /// <summary>The rules folder (packs, calendars/, templates/, offices/).</summary>
    public required string RulesDir { get; init; }
    /// <summary>host:port; loopback by default. Port 0 picks a free port (tests).</summary>
    public string Listen { get; init; } = DefaultListen;
    /// <summary>An uploaded file larger than this is refused (the same guard the engine applies to its inputs).</summary>
    public long MaxFileBytes { get; init; } = AuditRequest.DefaultMaxFileBytes;
    /// <summary>An .xlsx sheet that would inflate past this is refused (zip bomb), by the engine when it reads the file.</summary>
    public long MaxSheetBytes { get; init; } = AuditRequest.DefaultMaxSheetBytes;
    /// <summary>A request body larger than this is refused before it is read to the end.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;
    /// <summary>Runs (audits and self-checks) that replay at once; more wait their turn, so memory stays bounded.</summary>
    public int MaxConcurrentRuns { get; init; } = Math.Max(2, Environment.ProcessorCount);
    /// <summary>The zone of the ledgers' local times and of the times the pages show.</summary>
    public DateTimeZone Zone { get; init; } = AuditorZones.Default;
    public IClock Clock { get; init; } = SystemClock.Instance;

    public const string DefaultListen = "127.0.0.1:8080";
    public const long DefaultMaxRequestBytes = 1L << 30;
}
