using System.Collections.Immutable;
using Auditor.Core;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Overrides;
using Auditor.Core.Replay;
using Auditor.Core.Rules;
using Auditor.Core.Scoring;
using Auditor.Core.Time;
using Auditor.Ingest;
using Auditor.Ingest.Headers;
using Auditor.Reports.History;
using Auditor.Reports.Machine;

namespace Auditor.Cli.Audit;

/// <summary>
/// One audit: exports → cases (streamed) → findings per (case, rule) → appeals/waivers → scores → sanctions (with the
/// previous period from the history store) → <see cref="AuditOutcome"/>. Writes nothing; see <see cref="AuditOutputWriter"/>.
/// </summary>
public sealed class AuditPipeline(AuditRequest request, IProgress<string>? progress = null)
{
    public RulePack? Pack { get; private set; }

    /// <summary>Cases read whose discovery date lies outside the period (not audited; counted in the summary).</summary>
    public int OutOfPeriodCases { get; private set; }

    public AuditOutcome Run()
    {
        var r = request;
        progress?.Report("读取规则包与工作日历");
        var pack = Pack = RulePackLoader.Load(r.RulesDir, r.Pack);
        var calendar = WorkCalendarLoader.LoadDirectory(Path.Combine(r.RulesDir, "calendars"));
        var calc = new DeadlineCalculator(calendar, r.Zone);
        progress?.Report("读取单位名录");
        var registry = UnitRegistryReader.Read(r.UnitsFile);
        var map = r.MapFile is null ? null : HeaderMap.Load(r.MapFile);

        var engine = new ReplayEngine(pack, calc, registry, r.AsOf);
        var sink = new CollectingSink();
        var findings = new List<Finding>();
        var caseIds = new HashSet<string>(StringComparer.Ordinal);
        int notApplicable = 0, cases = 0, outOfPeriod = 0;
        var internalTexts = new SortedSet<string>(StringComparer.Ordinal);
        progress?.Report("读取台账并逐案复盘");
        foreach (var c in LedgerLoader.Stream(r.Logs, registry, map, new IngestOptions { Zone = r.Zone, AsOf = r.AsOf, MaxFileBytes = r.MaxFileBytes, MaxSheetBytes = r.MaxSheetBytes }, sink))
        {
            if (c.DiscoveredAt is { } d && !r.Period.Contains(d.Date)) { outOfPeriod++; continue; }
            cases++;
            foreach (var field in pack.InternalFields)
                if (c.Extra.TryGetValue(field, out var text) && !string.IsNullOrWhiteSpace(text)) internalTexts.Add(text);
            caseIds.Add(c.CaseId);
            foreach (var f in engine.Replay(c))
            {
                if (f.Verdict == Verdict.NotApplicable) notApplicable++;
                else findings.Add(f);
            }
        }
        OutOfPeriodCases = outOfPeriod;
        var daily = sink.DailyReports.Where(x => r.Period.Contains(x.Time.Date)).ToList();
        foreach (var f in engine.ReplayDailyReports(daily, r.Period, registry))
        {
            if (f.Verdict == Verdict.NotApplicable) notApplicable++;
            else findings.Add(f);
        }

        ImmutableArray<Finding> all = [.. findings];
        if (r.OverridesFile is not null)
        {
            progress?.Report("应用申诉/豁免");
            var entries = OverridesFile.Read(r.OverridesFile);
            all = OverrideApplier.Apply(all, entries, pack.Rules.Select(x => x.Id), caseIds.Concat(all.Select(f => f.CaseId)));
        }

        progress?.Report("计算得分与处理名单");
        var assessed = registry.Units.Where(u => u.Type != UnitType.Superior).ToList();
        // Only units of the registry are ranked and can be named on a list: a name the registry does not know may be
        // a misspelling of a ranked unit. Their findings stay in every findings file and are flagged below.
        var known = registry.Units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        var scored = all.Where(f => known.Contains(f.Unit)).ToList();
        var unranked = all.Where(f => !known.Contains(f.Unit)).ToList();
        var scores = ScoreCalculator.CalculateForRegistry(scored, pack.Scoring, assessed);
        ImmutableArray<ScorePoint> history = [];
        PriorPeriod? previous = null;
        if (r.HistoryPath is not null && File.Exists(r.HistoryPath))
        {
            using var store = HistoryStore.Open(r.HistoryPath, create: false);
            history = store.ScoresBefore(pack.Id, r.Period);
            if (r.SelfCheckUnit is null) previous = store.LoadPrevious(pack.Id, r.Period);
        }
        // a self-check decides no lists (issue 5: what a unit runs before the audit)
        ImmutableArray<Sanction> sanctions = r.SelfCheckUnit is null ? SanctionEngine.Decide(scored, scores, pack.Scoring, previous) : [];

        var issues = sink.Issues.Concat(UncheckableRules(all, r.Logs)).Concat(UnrankedUnits(unranked, r.UnitsFile)).ToImmutableArray();
        if (r.SelfCheckUnit is { } only)
        {
            var unit = registry.Resolve(only)?.Name
                ?? throw new UsageException($"--unit “{only}”不在单位名录 {r.UnitsFile} 中（按单位名称、别名或编码查找）。");
            all = [.. all.Where(f => f.Unit == unit)];
            scores = [.. scores.Where(s => s.Unit == unit)];
            history = [.. history.Where(h => h.Unit == unit)];
        }

        return new AuditOutcome
        {
            Pack = pack.Info,
            Period = r.Period,
            AsOf = r.AsOf,
            Zone = r.Zone,
            Inputs = [.. Inputs(r)],
            Rules = [.. pack.RuleInfos()],
            Interpretations = [.. pack.InterpretationList()],
            Findings = all,
            DataIssues = issues,
            Scores = scores,
            Sanctions = sanctions,
            Units = registry.Units,
            History = history,
            NotApplicableCount = notApplicable,
            CaseCount = cases,
            ToolVersion = Commands.VersionCommand.ToolVersion,
            ScoringMethod = ScoreCalculator.MethodText(pack.Scoring),
            InternalTexts = [.. internalTexts],
        };
    }

    /// <summary>One data issue per rule that the exports could not show for some cases because a column is absent.</summary>
    private static IEnumerable<DataIssue> UncheckableRules(IEnumerable<Finding> findings, IReadOnlyList<string> logs) =>
        findings.Where(f => f.NotRecorded is not null)
            .GroupBy(f => (f.RuleId, f.RuleTitle, Columns: f.NotRecorded!))
            .OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Columns, StringComparer.Ordinal)
            .Select(g => new DataIssue(string.Join("；", logs), null, null, g.Key.Columns, null, DataIssueKind.MissingColumn,
                $"台账没有“{g.Key.Columns}”列：规则 {g.Key.RuleId}（{g.Key.RuleTitle}）有 {g.Count()} 件案件无法核查，记为数据不足、不扣分；请在台账模板中增加此列"));

    /// <summary>One data issue per unit name that bore findings but is not in the registry (not ranked, on no list).</summary>
    private static IEnumerable<DataIssue> UnrankedUnits(IEnumerable<Finding> findings, string unitsFile) =>
        findings.GroupBy(f => f.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DataIssue(unitsFile, null, null, null, null, DataIssueKind.UnknownUnit,
                $"单位“{g.Key}”不在单位名录中，但有 {g.Count()} 条判定归属于它（其中超时或未履行 {g.Count(f => f.Verdict.IsFailure())} 条，案件 " +
                $"{string.Join("、", g.Select(f => f.CaseId).Distinct().Take(5))}{(g.Select(f => f.CaseId).Distinct().Count() > 5 ? " 等" : "")}）：" +
                "未计入排名和处理名单；请在单位名录中补充该单位或别名后重新审计"));

    private static IEnumerable<InputFile> Inputs(AuditRequest r)
    {
        foreach (var l in r.Logs) yield return Input(l, "ledger");
        yield return Input(r.UnitsFile, "units");
        if (r.MapFile is not null) yield return Input(r.MapFile, "map");
        if (r.OverridesFile is not null) yield return Input(r.OverridesFile, "overrides");
        var packFile = RulePackLoader.ResolveFile(r.RulesDir, r.Pack);
        yield return Input(packFile, "pack");
    }

    private static InputFile Input(string path, string role) =>
        new(Path.GetFileName(path), ManifestWriter.Sha256Of(path), role);
}
