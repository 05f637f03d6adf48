using Auditor.Engine;
using Auditor.Reports;
using Auditor.Web.Storage;

namespace Auditor.Web.Workspace;

/// <summary>What a unit's self-check takes: pack, period, as-of (blank: now) and its own ledgers.</summary>
public sealed record SelfCheckStart(string? Pack, string? Period, string? AsOf, IReadOnlyList<Upload> Ledgers);

/// <summary>Where a self-check is.</summary>
public sealed record SelfCheckStatus(
    string Id, string Unit, string Pack, string Period, string AsOf, string Status, string? StageText, int Cases, long Findings,
    string? Error, string StartedAt, string? FinishedAt, IReadOnlyList<string> Files);

/// <summary>
/// Units' self-checks: a unit uploads its own ledger and the engine runs it as a self-check of that unit
/// (<see cref="AuditRequest.SelfCheckUnit"/>) against the registry the office last uploaded for the pack, into a folder
/// of its own — it reads the history store for trends and writes nothing the office's audit uses, so many units check
/// themselves while the office audits. Each self-check belongs to the unit that ran it: no other account sees it.
/// </summary>
public sealed class SelfChecks(WorkspaceContext ctx)
{
    private const string LivePrefix = "selfcheck:";

    public string Start(Viewer viewer, SelfCheckStart start)
    {
        if (viewer.IsOffice || viewer.Unit is null) throw WorkspaceException.Forbidden("自查由单位账号进行：请用本单位的账号登录。");
        var pack = ctx.CheckPack(start.Pack);
        var period = WorkspaceTime.Period(start.Period);
        var asOf = WorkspaceTime.AsOf(start.AsOf, ctx.Options.Zone, ctx.Options.Clock);
        if (start.Ledgers.Count == 0) throw WorkspaceException.BadInput("请上传本单位的台账文件（.xlsx、.xls 或 .csv）。");
        ctx.Uploads.Check(start.Ledgers, "台账");
        var registry = JsonFiles.Read<RegistryRecord>(Path.Combine(ctx.Data.Registries, pack + ".json"))
            ?? throw WorkspaceException.Conflict($"办公室还没有为规则包“{pack}”上传单位名录：自查要用办公室的名录确认单位，请联系办公室。");

        var id = ctx.NewId("sc-");
        var dir = ctx.Data.SelfCheck(id);
        var inputs = Path.Combine(dir, "inputs");
        try
        {
            var ledgers = ctx.Uploads.SaveLedgers(start.Ledgers, inputs);
            System.IO.File.Copy(Path.Combine(ctx.Data.Registries, pack, registry.File.Stored), Path.Combine(inputs, registry.File.Stored));
            var record = new SelfCheckRecord
            {
                Id = id, Unit = viewer.Unit, Account = viewer.Name,
                Run = new RunRecord
                {
                    Id = id, Pack = pack, Period = period.Id, AsOf = WorkspaceTime.Format(asOf, ctx.Options.Zone), Ledgers = ledgers,
                    Units = registry.File, StartedBy = viewer.Name, StartedAt = ctx.NowText,
                },
            };
            Save(record);
            ctx.Queue.Start(LivePrefix + id, (live, cancel) =>
            {
                var request = ctx.Request(record.Run, inputs, Path.Combine(dir, "out"), overrides: null,
                    history: System.IO.File.Exists(ctx.Data.History) ? ctx.Data.History : null, selfCheckUnit: record.Unit);
                AuditEngine.Run(request, new AuditHooks { Progress = live }, cancel);
                (record.Run.Cases, record.Run.Findings) = (live.Last?.Cases, live.Last?.Findings);
            }, error => Finished(record, error));
            return id;
        }
        catch
        {
            if (!System.IO.File.Exists(Path.Combine(dir, "selfcheck.json"))) TryDelete(dir);
            throw;
        }
    }

    /// <summary>The viewer's own self-checks, newest first.</summary>
    public IReadOnlyList<SelfCheckStatus> Mine(Viewer viewer)
    {
        if (!Directory.Exists(ctx.Data.SelfChecks) || viewer.IsOffice) return [];
        return Directory.EnumerateDirectories(ctx.Data.SelfChecks).Select(Path.GetFileName).OfType<string>()
            .Select(Load).OfType<SelfCheckRecord>().Where(r => Owns(viewer, r))
            .OrderByDescending(r => r.Id, StringComparer.Ordinal).Select(StatusOf).ToList();
    }

    public SelfCheckStatus Status(Viewer viewer, string id) => StatusOf(Get(viewer, id));

    public IEnumerable<IReadOnlyDictionary<string, string>> Findings(Viewer viewer, string id, FindingFilter filter)
    {
        var r = Get(viewer, id);
        _ = filter.VerdictId; _ = filter.KindId;
        // a self-check's findings.csv holds the unit's own findings only
        return FindingRows.Read(Path.Combine(ctx.Data.SelfCheck(r.Id), "out", AuditFileNames.FindingsCsv), filter with { Unit = null });
    }

    public string File(Viewer viewer, string id, string name)
    {
        var r = Get(viewer, id);
        return OutputFiles.Find(Path.Combine(ctx.Data.SelfCheck(r.Id), "out"), name) ?? throw WorkspaceException.NotFound($"没有输出文件“{name}”。");
    }

    private SelfCheckRecord Get(Viewer viewer, string id)
    {
        var r = Load(id) ?? throw WorkspaceException.NotFound($"没有自查“{id}”。");
        return Owns(viewer, r) ? r : throw WorkspaceException.Forbidden("这是另一个单位的自查：只能查看本单位的自查。");
    }

    private static bool Owns(Viewer viewer, SelfCheckRecord r) => !viewer.IsOffice && viewer.Unit == r.Unit;

    private SelfCheckStatus StatusOf(SelfCheckRecord r)
    {
        var live = ctx.Queue.Live(LivePrefix + r.Id);
        var run = r.Run;
        if (run.Status == RunStatus.Running && live is null)
        {
            run.Status = RunStatus.Failed;
            run.Error = "运行中断（服务停止或重启）。";
            Save(r);
        }
        var p = live?.Last;
        var text = live is null ? null : live.Waiting ? "排队等待（同时运行的审计和自查已达上限）" : p?.Text ?? "准备中";
        return new SelfCheckStatus(r.Id, r.Unit, run.Pack, run.Period, run.AsOf, run.Status, text, p?.Cases ?? run.Cases ?? 0, p?.Findings ?? run.Findings ?? 0,
            run.Error, run.StartedAt, run.FinishedAt, OutputFiles.List(Path.Combine(ctx.Data.SelfCheck(r.Id), "out")));
    }

    private void Finished(SelfCheckRecord r, Exception? error)
    {
        r.Run.Status = error is null ? RunStatus.Done : RunStatus.Failed;
        r.Run.Error = error is null ? null : WorkspaceContext.FailureText(error);
        r.Run.FinishedAt = ctx.NowText;
        Save(r);
        ctx.Log.Add(r.Account, error is null ? "自查完成" : "自查失败", r.Id, r.Run.Error);
    }

    private SelfCheckRecord? Load(string id) =>
        id.StartsWith("sc-", StringComparison.Ordinal) && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? JsonFiles.Read<SelfCheckRecord>(Path.Combine(ctx.Data.SelfCheck(id), "selfcheck.json")) : null;

    private void Save(SelfCheckRecord r) => JsonFiles.Write(Path.Combine(ctx.Data.SelfCheck(r.Id), "selfcheck.json"), r);

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
    }
}
