namespace Auditor.Web.Storage;

/// <summary>
/// The layout of --data: everything the workspace stores. Folder names are generated ids, never names a user typed
/// or uploaded.
/// <code>
/// accounts.json            accounts (password hashes)
/// history.db               the history store every audit records into
/// audit-log.jsonl          who did what: runs, appeals, sign-offs, reopenings with their reasons
/// registries/&lt;pack&gt;.json    the unit registry last uploaded for a pack (units' self-checks use it)
/// audits/&lt;id&gt;/             one period's audit of one pack: audit.json, overrides.csv (appeals), out/ (the output folder),
///                          runs/&lt;run&gt;/ (run.json, inputs/, inspection.json)
/// selfchecks/&lt;id&gt;/         one unit's self-check: run.json, inputs/, out/
/// tmp/                     request bodies being received
/// keys/                    the keys that sign session cookies (owner-only; a restart keeps everyone signed in)
/// </code>
/// </summary>
public sealed class DataFolder
{
    public DataFolder(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }
    public string Accounts => Path.Combine(Root, "accounts.json");
    public string History => Path.Combine(Root, "history.db");
    public string AuditLog => Path.Combine(Root, "audit-log.jsonl");
    public string Registries => Path.Combine(Root, "registries");
    public string Audits => Path.Combine(Root, "audits");
    public string SelfChecks => Path.Combine(Root, "selfchecks");
    public string Temp => Path.Combine(Root, "tmp");
    public string Keys => Path.Combine(Root, "keys");

    public string Audit(string id) => Path.Combine(Audits, id);
    public string SelfCheck(string id) => Path.Combine(SelfChecks, id);
}
