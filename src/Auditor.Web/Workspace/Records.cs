namespace Auditor.Web.Workspace;

/// <summary>An uploaded file as stored: <see cref="Stored"/> is the generated file name under inputs/, <see cref="Name"/> the name it was uploaded with.</summary>
public sealed record StoredFile(string Stored, string Name, long Bytes);

/// <summary>The states of a run, as the API reports them.</summary>
public static class RunStatus
{
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}

/// <summary>One run of the engine (an office's audit or a unit's self-check): its inputs, who started it, how it ended (run.json).</summary>
public sealed class RunRecord
{
    public required string Id { get; init; }
    public required string Pack { get; init; }
    public required string Period { get; init; }
    /// <summary>The cut-off as local time, "2026-10-15 00:00".</summary>
    public required string AsOf { get; init; }
    public required List<StoredFile> Ledgers { get; init; }
    public required StoredFile Units { get; init; }
    public required string StartedBy { get; init; }
    public required string StartedAt { get; init; }
    /// <summary>Why the run was started when it was not a new upload (a re-run after an appeal).</summary>
    public string? Note { get; init; }
    public string Status { get; set; } = RunStatus.Running;
    /// <summary>Cases replayed and applicable findings, as the engine's last progress report of a finished run gave them.</summary>
    public int? Cases { get; set; }
    public long? Findings { get; set; }
    public string? FinishedAt { get; set; }
    public string? Error { get; set; }
}

/// <summary>A period's audit of one pack (audit.json): which run's results are in out/, the latest run, and the sign-off.</summary>
public sealed class AuditRecord
{
    public required string Id { get; init; }
    public required string Pack { get; init; }
    public required string Period { get; init; }
    /// <summary>The run whose results the output folder holds (the last run that succeeded); null before the first success.</summary>
    public string? ResultRun { get; set; }
    public string? LatestRun { get; set; }
    public SignOffRecord? SignOff { get; set; }
}

/// <summary>The period locked and its documents released: by whom, when, and which run's results.</summary>
public sealed record SignOffRecord(string By, string At, string Run);

/// <summary>A unit's self-check (selfcheck.json): the unit as its account names it, the account, and the run.</summary>
public sealed class SelfCheckRecord
{
    public required string Id { get; init; }
    public required string Unit { get; init; }
    public required string Account { get; init; }
    public required RunRecord Run { get; init; }
}

/// <summary>The unit registry last uploaded for a pack, which units' self-checks use (registries/&lt;pack&gt;.json).</summary>
public sealed record RegistryRecord(string Pack, string Audit, string Run, StoredFile File);
