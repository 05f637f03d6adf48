using System.Text.Json;
using Auditor.Web.Storage;
using NodaTime;

namespace Auditor.Web.Workspace;

/// <summary>One line of the audit log: when, who, what, which audit, and the details (a reopening's reason, an appeal).</summary>
public sealed record AuditLogEntry(string At, string User, string Action, string Target, string? Detail);

/// <summary>
/// The audit log (audit-log.jsonl under --data): every run started and ended, appeal, sign-off and reopening, one JSON
/// line each, appended and never rewritten — the record of who released what and why a signed-off period was reopened.
/// </summary>
public sealed class AuditLog(string path, IClock clock, DateTimeZone zone)
{
    private readonly Lock _gate = new();

    public void Add(string user, string action, string target, string? detail = null)
    {
        var entry = new AuditLogEntry(WorkspaceTime.Format(clock.GetCurrentInstant(), zone, seconds: true), user, action, target, detail);
        var line = JsonSerializer.Serialize(entry, JsonFiles.Compact) + "\n";
        lock (_gate) File.AppendAllText(path, line);
    }

    /// <summary>The entries about one target (an audit's id), oldest first.</summary>
    public IReadOnlyList<AuditLogEntry> For(string target)
    {
        if (!File.Exists(path)) return [];
        lock (_gate)
            return File.ReadLines(path).Where(l => l.Length > 0)
                .Select(l => JsonSerializer.Deserialize<AuditLogEntry>(l, JsonFiles.Options)!)
                .Where(e => e.Target == target).ToList();
    }
}
