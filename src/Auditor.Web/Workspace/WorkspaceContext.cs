using System.Security.Cryptography;
using Auditor.Core.Rules;
using Auditor.Engine;
using Auditor.Ingest;
using Auditor.Web.Storage;
using NodaTime;

namespace Auditor.Web.Workspace;

/// <summary>What the office's audits and the units' self-checks share: the data folder, the options, the run queue, the log.</summary>
public sealed class WorkspaceContext(WebOptions options, RunQueue queue)
{
    public WebOptions Options { get; } = options;
    public DataFolder Data { get; } = new(options.DataDir);
    public RunQueue Queue { get; } = queue;
    public UploadStore Uploads { get; } = new(options.MaxFileBytes);
    public AuditLog Log { get; } = new(Path.Combine(Path.GetFullPath(options.DataDir), "audit-log.jsonl"), options.Clock, options.Zone);

    public Instant Now => Options.Clock.GetCurrentInstant();
    public string NowText => WorkspaceTime.Format(Now, Options.Zone, seconds: true);

    /// <summary>The pack ids of the rules folder, each with its title.</summary>
    public IReadOnlyList<(string Id, string Title)> Packs() =>
        RulePackLoader.AvailableIds(Options.RulesDir).Select(id =>
        {
            var diags = new List<PackDiagnostic>();
            var pack = RulePackLoader.TryLoad(Options.RulesDir, id, diags);
            return (id, pack?.Title ?? id);
        }).ToList();

    public string CheckPack(string? pack)
    {
        var id = (pack ?? "").Trim();
        return RulePackLoader.AvailableIds(Options.RulesDir).Contains(id) ? id
            : throw WorkspaceException.BadInput($"规则包“{pack}”不存在：可选 {string.Join("、", RulePackLoader.AvailableIds(Options.RulesDir))}。");
    }

    /// <summary>A run id: the local start time and a random suffix (sorts by time, never guessed).</summary>
    public string NewId(string prefix = "") =>
        prefix + Now.InZone(Options.Zone).LocalDateTime.ToString("yyyyMMdd-HHmmss", null) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    public IngestOptions IngestOptions(RunRecord run) => new()
    {
        Zone = Options.Zone,
        AsOf = WorkspaceTime.AsOf(run.AsOf, Options.Zone, Options.Clock),
        Period = WorkspaceTime.Period(run.Period),
        MaxFileBytes = Options.MaxFileBytes,
        MaxSheetBytes = Options.MaxSheetBytes,
    };

    /// <summary>The engine's request for a run whose inputs are under <paramref name="inputs"/>.</summary>
    public AuditRequest Request(RunRecord run, string inputs, string outDir, string? overrides, string? history, string? selfCheckUnit) => new()
    {
        RulesDir = Options.RulesDir,
        Pack = run.Pack,
        Ledgers = run.Ledgers.Select(l => Path.Combine(inputs, l.Stored)).ToList(),
        UnitsFile = Path.Combine(inputs, run.Units.Stored),
        Period = WorkspaceTime.Period(run.Period),
        AsOf = WorkspaceTime.AsOf(run.AsOf, Options.Zone, Options.Clock),
        Zone = Options.Zone,
        OverridesFile = overrides,
        HistoryPath = history,
        SelfCheckUnit = selfCheckUnit,
        OutDir = outDir,
        MaxFileBytes = Options.MaxFileBytes,
        MaxSheetBytes = Options.MaxSheetBytes,
    };

    /// <summary>The message a failed run shows: the engine's own for what a user can fix, a short note otherwise.</summary>
    public static string FailureText(Exception ex) => ex switch
    {
        Auditor.Core.AuditorException ae => ae.Message,
        OperationCanceledException => "运行已中止（服务停止）：上一次的结果保持不变。",
        _ => $"内部错误：{ex.Message}（这是程序的问题，不是输入的问题）",
    };
}
