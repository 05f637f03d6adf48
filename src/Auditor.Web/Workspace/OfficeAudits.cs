using Auditor.Core.Domain;
using Auditor.Engine;
using Auditor.Ingest;
using Auditor.Reports;
using Auditor.Web.Storage;

namespace Auditor.Web.Workspace;

/// <summary>What starting an audit takes: pack, period, as-of (blank: now), the ledgers and the unit registry.</summary>
public sealed record AuditStart(string? Pack, string? Period, string? AsOf, IReadOnlyList<Upload> Ledgers, Upload? Units);

/// <summary>Where an audit is, as the API and the pages show it.</summary>
public sealed record AuditStatus(
    string Id, string Pack, string Period, string Status, string? Stage, string? StageText, int Cases, long Findings, int Done, int Total,
    string? Error, string? AsOf, string? StartedBy, string? StartedAt, string? FinishedAt, string? Note,
    bool HasResults, string? ResultRun, SignOffRecord? SignedOff);

/// <summary>
/// The office's audits: one per (pack, period), each run by <see cref="AuditEngine"/> on the inputs uploaded for it,
/// into one output folder and the data folder's one history store. Enforces who may do what (the office starts,
/// appeals, signs off and reopens; a unit sees its own findings and the public documents of a signed-off period only),
/// that a period's audit never runs twice at once, that a signed-off period is not audited again until it is reopened
/// with a reason, and that a failed run keeps the previous results (the engine keeps the folder and the store; the
/// audit keeps pointing at the run that made them).
/// </summary>
public sealed class OfficeAudits(WorkspaceContext ctx)
{
    private readonly Lock _gate = new();
    private const string LivePrefix = "audit:";

    // ---- reading ------------------------------------------------------------------------------------------------

    public IReadOnlyList<AuditStatus> List(Viewer viewer)
    {
        if (!Directory.Exists(ctx.Data.Audits)) return [];
        return Directory.EnumerateDirectories(ctx.Data.Audits).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            .Select(id => Record(id)).OfType<AuditRecord>()
            .Where(a => viewer.IsOffice || a.SignOff is not null)
            .Select(StatusOf).ToList();
    }

    public AuditStatus Status(Viewer viewer, string id)
    {
        var audit = Get(id);
        if (!viewer.IsOffice && audit.SignOff is null) throw NotReleased();
        return StatusOf(audit);
    }

    public RunRecord? Run(string id, string? runId) => runId is null ? null : LoadRun(id, runId);

    /// <summary>What was read from the ledgers of the run whose results are shown (office only).</summary>
    public Inspection? Inspection(Viewer viewer, string id)
    {
        RequireOffice(viewer);
        var audit = Get(id);
        return audit.ResultRun is null ? null : JsonFiles.Read<Inspection>(Path.Combine(RunFolder(id, audit.ResultRun), "inspection.json"));
    }

    /// <summary>The findings of the results, filtered; a unit sees its own unit's, and only once the period is signed off.</summary>
    public IEnumerable<IReadOnlyDictionary<string, string>> Findings(Viewer viewer, string id, FindingFilter filter)
    {
        var audit = Get(id);
        if (!viewer.IsOffice)
        {
            var own = UnitOf(viewer, audit);
            if (!string.IsNullOrWhiteSpace(filter.Unit) && filter.Unit.Trim() != own && filter.Unit.Trim() != viewer.Unit)
                throw WorkspaceException.Forbidden("单位账号只能查看本单位的判定。");
            if (audit.SignOff is null) throw NotReleased();
            filter = filter with { Unit = own };
        }
        // the office may name a unit as the registry does in any of its forms (name, alias, code)
        else if (!string.IsNullOrWhiteSpace(filter.Unit) && RegistryUnit(audit, filter.Unit) is { } named)
            filter = filter with { Unit = named };
        _ = filter.VerdictId; _ = filter.KindId; // refuse bad filters before streaming starts
        return FindingRows.Read(Path.Combine(OutFolder(id), AuditFileNames.FindingsCsv), filter);
    }

    public IReadOnlyList<string> Files(Viewer viewer, string id)
    {
        var audit = Get(id);
        var all = OutputFiles.List(OutFolder(id));
        if (viewer.IsOffice) return all;
        if (audit.SignOff is null) return [];
        var own = UnitOf(viewer, audit);
        return all.Where(n => OutputFiles.UnitMay(n, own)).ToList();
    }

    /// <summary>The full path of an output file the viewer may download.</summary>
    public string File(Viewer viewer, string id, string name)
    {
        var audit = Get(id);
        if (!viewer.IsOffice)
        {
            if (audit.SignOff is null) throw NotReleased();
            if (!OutputFiles.UnitMay(name, UnitOf(viewer, audit)))
                throw WorkspaceException.Forbidden("单位账号只能下载签发后的通报、名单和本单位的成绩单。");
        }
        return OutputFiles.Find(OutFolder(id), name) ?? throw WorkspaceException.NotFound($"没有输出文件“{name}”。");
    }

    /// <summary>The output folder, for the office's zip of the documents.</summary>
    public string DocumentsFolder(Viewer viewer, string id)
    {
        RequireOffice(viewer);
        var audit = Get(id);
        return audit.ResultRun is null ? throw WorkspaceException.NotFound("这次审计还没有结果。") : OutFolder(id);
    }

    public IReadOnlyList<Auditor.Core.Overrides.OverrideEntry> Appeals(Viewer viewer, string id)
    {
        RequireOffice(viewer);
        Get(id);
        return Book(id).All();
    }

    public IReadOnlyList<AuditLogEntry> LogOf(Viewer viewer, string id)
    {
        RequireOffice(viewer);
        Get(id);
        return ctx.Log.For(id);
    }

    // ---- starting -------------------------------------------------------------------------------------------------

    /// <summary>Saves the uploads as a new run of the period's audit and starts it; the audit's id.</summary>
    public string Start(Viewer viewer, AuditStart start)
    {
        RequireOffice(viewer);
        var pack = ctx.CheckPack(start.Pack);
        var period = WorkspaceTime.Period(start.Period);
        var asOf = WorkspaceTime.AsOf(start.AsOf, ctx.Options.Zone, ctx.Options.Clock);
        if (start.Ledgers.Count == 0) throw WorkspaceException.BadInput("请至少上传一个台账文件（.xlsx、.xls 或 .csv）。");
        ctx.Uploads.Check(start.Ledgers, "台账");
        if (start.Units is not null) ctx.Uploads.Check([start.Units], "单位名录");
        var id = $"{pack}-{period.Id}";
        var previous = Record(id);
        var previousRun = previous?.ResultRun ?? previous?.LatestRun;
        if (start.Units is null && previousRun is null) throw WorkspaceException.BadInput("请上传单位名录（单位编码、单位名称、别名……的 csv 或 xlsx）。");
        CheckStartable(id, previous);

        var runId = ctx.NewId();
        var runDir = RunFolder(id, runId);
        var inputs = Path.Combine(runDir, "inputs");
        try
        {
            var ledgers = ctx.Uploads.SaveLedgers(start.Ledgers, inputs);
            StoredFile units;
            if (start.Units is not null) units = ctx.Uploads.SaveRegistry(start.Units, inputs);
            else
            {
                // a new upload of ledgers alone keeps the registry the audit already had
                var old = LoadRun(id, previousRun!)!.Units;
                System.IO.File.Copy(Path.Combine(RunFolder(id, previousRun!), "inputs", old.Stored), Path.Combine(inputs, old.Stored));
                units = old;
            }
            var run = new RunRecord
            {
                Id = runId, Pack = pack, Period = period.Id, AsOf = WorkspaceTime.Format(asOf, ctx.Options.Zone),
                Ledgers = ledgers, Units = units, StartedBy = viewer.Name, StartedAt = ctx.NowText,
            };
            Launch(viewer, id, run, checkedAlready: true);
            KeepRegistry(pack, id, runId, Path.Combine(inputs, units.Stored), units);
            return id;
        }
        catch
        {
            if (Record(id)?.LatestRun != runId) TryDelete(runDir);
            throw;
        }
    }

    /// <summary>Runs the audit again on the inputs of its results (after an appeal, or to retry).</summary>
    public void Rerun(Viewer viewer, string id, string note)
    {
        RequireOffice(viewer);
        var audit = Get(id);
        var source = audit.ResultRun ?? audit.LatestRun ?? throw WorkspaceException.NotFound("这次审计还没有运行过。");
        var old = LoadRun(id, source)!;
        var runId = ctx.NewId();
        var runDir = RunFolder(id, runId);
        CopyFolder(Path.Combine(RunFolder(id, source), "inputs"), Path.Combine(runDir, "inputs"));
        var run = new RunRecord
        {
            Id = runId, Pack = old.Pack, Period = old.Period, AsOf = old.AsOf, Ledgers = old.Ledgers, Units = old.Units,
            StartedBy = viewer.Name, StartedAt = ctx.NowText, Note = note,
        };
        try { Launch(viewer, id, run, checkedAlready: false); }
        catch { TryDelete(runDir); throw; }
    }

    private void Launch(Viewer viewer, string id, RunRecord run, bool checkedAlready)
    {
        var key = LivePrefix + id;
        lock (_gate)
        {
            var audit = Record(id);
            if (!checkedAlready || audit is not null) CheckStartable(id, audit);
            audit ??= new AuditRecord { Id = id, Pack = run.Pack, Period = run.Period };
            JsonFiles.Write(RunFile(id, run.Id), run);
            audit.LatestRun = run.Id;
            SaveRecord(audit);
            ctx.Queue.Start(key, (live, cancel) => Execute(id, run, live, cancel), error => Finished(id, run, error));
        }
        ctx.Log.Add(viewer.Name, "开始审计", id, run.Note ?? $"台账 {string.Join("、", run.Ledgers.Select(l => l.Name))}；名录 {run.Units.Name}；截止时点 {run.AsOf}");
    }

    private void CheckStartable(string id, AuditRecord? audit)
    {
        if (audit?.SignOff is { } s)
            throw WorkspaceException.Conflict($"{id} 已于 {s.At} 由 {s.By} 签发，考核期已锁定：如需重新审计，请先“重新开启”并写明理由。");
        if (ctx.Queue.Live(LivePrefix + id) is not null)
            throw WorkspaceException.Conflict($"{id} 正在运行：同一考核期的审计同时只能运行一次，请等它结束。");
        if (ctx.Queue.AnyLive(LivePrefix))
            throw WorkspaceException.Conflict("另一次审计正在运行：所有审计共用一个历史库，同时只能记录一次审计，请等它结束后再开始。");
    }

    private void Execute(string id, RunRecord run, RunQueue.LiveRun live, CancellationToken cancel)
    {
        var inputs = Path.Combine(RunFolder(id, run.Id), "inputs");
        var book = Book(id);
        var request = ctx.Request(run, inputs, OutFolder(id), book.Exists ? book.Path : null, ctx.Data.History, selfCheckUnit: null);
        AuditEngine.Run(request, new AuditHooks { Progress = live }, cancel);
        (run.Cases, run.Findings) = (live.Last?.Cases, live.Last?.Findings);
        // what was read, for the page: the inspection `auditor inspect` prints, over the same stored files
        JsonFiles.Write(Path.Combine(RunFolder(id, run.Id), "inspection.json"), Workspace.Inspection.Of(run, inputs, ctx.IngestOptions(run)));
    }

    private void Finished(string id, RunRecord run, Exception? error)
    {
        lock (_gate)
        {
            // Status reads these files without the gate: the audit points at the new results before the run file
            // says "done", so a reader that sees a finished run also sees its results.
            string? before = null;
            if (error is null && Record(id) is { } audit)
            {
                before = audit.ResultRun;
                audit.ResultRun = run.Id;
                SaveRecord(audit);
            }
            run.Status = error is null ? RunStatus.Done : RunStatus.Failed;
            run.Error = error is null ? null : WorkspaceContext.FailureText(error);
            run.FinishedAt = ctx.NowText;
            JsonFiles.Write(RunFile(id, run.Id), run);
            if (before is not null && before != run.Id) TryDelete(Path.Combine(RunFolder(id, before), "inputs"));
        }
        ctx.Log.Add(run.StartedBy, error is null ? "审计完成" : "审计失败", id, run.Error);
    }

    // ---- appeals, sign-off, reopening --------------------------------------------------------------------------------

    /// <summary>Records the decided verdict of one finding in the overrides and runs the audit again so every output shows it.</summary>
    public void Appeal(Viewer viewer, string id, string? caseId, string? ruleId, string? verdictText, string? justification, string? approver)
    {
        RequireOffice(viewer);
        var audit = Get(id);
        RequireOpen(audit, "申诉");
        caseId = (caseId ?? "").Trim();
        ruleId = (ruleId ?? "").Trim();
        if (caseId.Length == 0 || ruleId.Length == 0) throw WorkspaceException.BadInput("申诉须写明舆情编号（case_id）和规则编号（rule_id）。");
        if (!Verdicts.TryParse(verdictText ?? "", out var verdict))
            throw WorkspaceException.BadInput($"新判定“{verdictText}”无法识别：应为 按时履行、超时、未履行、未到期、不适用、数据不足 或 met、breached、missing、pending、not-applicable、insufficient-data。");
        if (string.IsNullOrWhiteSpace(justification)) throw WorkspaceException.BadInput("申诉须写明理由。");
        if (audit.ResultRun is null) throw WorkspaceException.Conflict("这次审计还没有结果，无可申诉的判定。");
        var original = FindingRows.Read(Path.Combine(OutFolder(id), AuditFileNames.FindingsCsv), new FindingFilter())
            .FirstOrDefault(r => r[FindingRows.CaseColumn] == caseId && r[FindingRows.RuleColumn] == ruleId)
            ?? throw WorkspaceException.NotFound($"本次审计没有案件“{caseId}”规则“{ruleId}”的判定。");
        var by = string.IsNullOrWhiteSpace(approver) ? viewer.Name : approver.Trim();
        lock (_gate)
        {
            if (ctx.Queue.Live(LivePrefix + id) is not null)
                throw WorkspaceException.Conflict($"{id} 正在运行，请等它结束后再记录申诉。");
            Book(id).Decide(caseId, ruleId, verdict, justification.Trim(), by, ctx.Now.InZone(ctx.Options.Zone).Date);
        }
        ctx.Log.Add(viewer.Name, "申诉改判", id, $"{caseId} × {ruleId}：{original[FindingRows.VerdictColumn]} → {verdict.Id()}；理由：{justification.Trim()}；批准人：{by}");
        Rerun(viewer, id, $"申诉改判 {caseId} × {ruleId} 后重新运行");
    }

    public void Withdraw(Viewer viewer, string id, string? caseId, string? ruleId)
    {
        RequireOffice(viewer);
        var audit = Get(id);
        RequireOpen(audit, "撤回申诉");
        lock (_gate)
        {
            if (ctx.Queue.Live(LivePrefix + id) is not null) throw WorkspaceException.Conflict($"{id} 正在运行，请等它结束。");
            if (!Book(id).Withdraw((caseId ?? "").Trim(), (ruleId ?? "").Trim()))
                throw WorkspaceException.NotFound($"没有案件“{caseId}”规则“{ruleId}”的申诉。");
        }
        ctx.Log.Add(viewer.Name, "撤回申诉", id, $"{caseId} × {ruleId}");
        Rerun(viewer, id, $"撤回申诉 {caseId} × {ruleId} 后重新运行");
    }

    /// <summary>Locks the period and releases its documents (to download, and the public ones to the units).</summary>
    public SignOffRecord SignOff(Viewer viewer, string id)
    {
        RequireOffice(viewer);
        lock (_gate)
        {
            var audit = Get(id);
            if (audit.SignOff is { } s) throw WorkspaceException.Conflict($"{id} 已于 {s.At} 由 {s.By} 签发。");
            if (ctx.Queue.Live(LivePrefix + id) is not null) throw WorkspaceException.Conflict($"{id} 正在运行，请等它结束后再签发。");
            if (audit.ResultRun is null) throw WorkspaceException.Conflict($"{id} 还没有成功运行过，无可签发的结果。");
            if (audit.LatestRun != audit.ResultRun)
                throw WorkspaceException.Conflict($"{id} 最近一次运行失败（{LoadRun(id, audit.LatestRun!)?.Error}）：请修正后重新运行，或确认沿用上次的结果后重新运行一次再签发。");
            audit.SignOff = new SignOffRecord(viewer.Name, ctx.NowText, audit.ResultRun);
            SaveRecord(audit);
            ctx.Log.Add(viewer.Name, "签发", id, $"运行 {audit.ResultRun}");
            return audit.SignOff;
        }
    }

    /// <summary>Unlocks a signed-off period; the reason is kept in the audit log.</summary>
    public void Reopen(Viewer viewer, string id, string? reason)
    {
        RequireOffice(viewer);
        if (string.IsNullOrWhiteSpace(reason)) throw WorkspaceException.BadInput("重新开启须写明理由（记入审计日志）。");
        lock (_gate)
        {
            var audit = Get(id);
            if (audit.SignOff is null) throw WorkspaceException.Conflict($"{id} 尚未签发，无需重新开启。");
            var was = audit.SignOff;
            audit.SignOff = null;
            SaveRecord(audit);
            ctx.Log.Add(viewer.Name, "重新开启", id, $"理由：{reason.Trim()}（原签发：{was.By} {was.At}）");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private AuditStatus StatusOf(AuditRecord a)
    {
        var latest = a.LatestRun is null ? null : LoadRun(a.Id, a.LatestRun);
        var live = ctx.Queue.Live(LivePrefix + a.Id);
        var p = live?.Last;
        string? stageText = live is null ? null : live.Waiting ? "排队等待（同时运行的审计和自查已达上限）" : p?.Text ?? "准备中";
        return new AuditStatus(a.Id, a.Pack, a.Period, latest?.Status ?? RunStatus.Failed, p?.Stage.ToString(), stageText,
            p?.Cases ?? latest?.Cases ?? 0, p?.Findings ?? latest?.Findings ?? 0, p?.Done ?? 0, p?.Total ?? 0, latest?.Error, latest?.AsOf, latest?.StartedBy, latest?.StartedAt,
            latest?.FinishedAt, latest?.Note, a.ResultRun is not null, a.ResultRun, a.SignOff);
    }

    /// <summary>The registry name of a unit account's unit in this audit's registry.</summary>
    private string UnitOf(Viewer viewer, AuditRecord audit)
    {
        if (viewer.Unit is null) throw WorkspaceException.Forbidden("账号没有绑定单位。");
        return RegistryUnit(audit, viewer.Unit) ?? throw WorkspaceException.Forbidden($"账号绑定的单位“{viewer.Unit}”不在这次审计的单位名录中。");
    }

    /// <summary>The registry name of <paramref name="unit"/> (a name, alias or code) in the registry of this audit's results; null when it names none.</summary>
    private string? RegistryUnit(AuditRecord audit, string unit)
    {
        var runId = audit.ResultRun ?? audit.LatestRun;
        var run = runId is null ? null : LoadRun(audit.Id, runId);
        if (run is null) return null;
        var file = Path.Combine(RunFolder(audit.Id, run.Id), "inputs", run.Units.Stored);
        return System.IO.File.Exists(file) ? UnitRegistryReader.Read(file).Resolve(unit.Trim())?.Name : null;
    }

    private static WorkspaceException NotReleased() => WorkspaceException.Forbidden("这次审计尚未签发：签发前单位账号不能查看办公室的判定、名单和通报。");

    private static void RequireOffice(Viewer viewer)
    {
        if (!viewer.IsOffice) throw WorkspaceException.Forbidden("只有办公室账号可以这样做。");
    }

    private static void RequireOpen(AuditRecord audit, string what)
    {
        if (audit.SignOff is { } s) throw WorkspaceException.Conflict($"{audit.Id} 已于 {s.At} 签发，考核期已锁定，不能{what}：请先重新开启并写明理由。");
    }

    public AuditRecord Get(string id) => Record(id) ?? throw WorkspaceException.NotFound($"没有审计“{id}”。");

    private AuditRecord? Record(string id) =>
        IsId(id) ? JsonFiles.Read<AuditRecord>(Path.Combine(ctx.Data.Audit(id), "audit.json")) : null;

    private void SaveRecord(AuditRecord a) => JsonFiles.Write(Path.Combine(ctx.Data.Audit(a.Id), "audit.json"), a);

    /// <summary>A run's record; a run the file says is running but nothing runs any more (the server stopped) is failed.</summary>
    private RunRecord? LoadRun(string id, string runId)
    {
        var run = JsonFiles.Read<RunRecord>(RunFile(id, runId));
        if (run is { Status: RunStatus.Running } && ctx.Queue.Live(LivePrefix + id) is null)
        {
            run.Status = RunStatus.Failed;
            run.Error = "运行中断（服务停止或重启）：上一次的结果保持不变。";
            JsonFiles.Write(RunFile(id, runId), run);
        }
        return run;
    }

    /// <summary>Ids are made here ("&lt;pack&gt;-&lt;period&gt;"); anything else (a path, dots) is simply not an audit.</summary>
    private static bool IsId(string id) => id.Length is > 0 and < 100 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private string OutFolder(string id) => Path.Combine(ctx.Data.Audit(id), "out");
    private string RunFolder(string id, string runId) => Path.Combine(ctx.Data.Audit(id), "runs", runId);
    private string RunFile(string id, string runId) => Path.Combine(RunFolder(id, runId), "run.json");
    private AppealBook Book(string id) => new(Path.Combine(ctx.Data.Audit(id), "overrides.csv"));

    /// <summary>The registry units' self-checks of this pack use from now on: a copy of its own, replaced whole.</summary>
    private void KeepRegistry(string pack, string id, string runId, string file, StoredFile units)
    {
        var dir = Path.Combine(ctx.Data.Registries, pack);
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, ".upload-" + runId);
        System.IO.File.Copy(file, temp);
        System.IO.File.Move(temp, Path.Combine(dir, units.Stored), overwrite: true);
        JsonFiles.Write(Path.Combine(ctx.Data.Registries, pack + ".json"), new RegistryRecord(pack, id, runId, units));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.EnumerateFiles(from)) System.IO.File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
    }

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
    }
}
