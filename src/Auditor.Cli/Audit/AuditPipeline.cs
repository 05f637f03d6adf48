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
using Auditor.Reports.Office;

namespace Auditor.Cli.Audit;

/// <summary>
/// One audit: exports → cases (streamed) → findings per (case, rule) → appeals/waivers → scores → sanctions (with the
/// previous period from the history store) → <see cref="AuditOutcome"/>. Every finding is handed to the caller's sink
/// as it is replayed (the findings files and the history store are written while the ledgers are read); the outcome
/// keeps only the findings that are not met plus counts of all (issue 7: memory does not grow with met findings).
/// Writes nothing itself; see <see cref="AuditOutputWriter"/>.
/// </summary>
public sealed class AuditPipeline(AuditRequest request, IProgress<string>? progress = null)
{
    private Loaded? _loaded;

    /// <summary>What is read before the ledgers: pack, calendar, registry, header map, earlier periods from the history store.</summary>
    private sealed record Loaded(
        RulePack Pack, DeadlineCalculator Calculator, UnitRegistry Registry, HeaderMap? Map,
        ImmutableArray<ScorePoint> History, PriorPeriod? Previous, string? SelfCheckUnit, OfficeProfile Office, ScoringScheme Scheme);

    /// <summary>The pack as audited: with the office's reading of “多次” when its policy sets one.</summary>
    public RulePack? Pack => _loaded?.Pack;

    /// <summary>The office profile (--office, else rules/offices/&lt;pack&gt;.yaml, else national.yaml): document layout and its own policy.</summary>
    public OfficeProfile? Office => _loaded?.Office;

    /// <summary>The registry name of the self-check unit (after <see cref="Load"/>), null for an audit.</summary>
    public string? SelfCheckUnit => _loaded?.SelfCheckUnit;

    /// <summary>Cases read whose discovery date lies outside the period (not audited; counted in the summary).</summary>
    public int OutOfPeriodCases { get; private set; }

    /// <summary>
    /// Reads everything the replay needs before the ledgers, including the history store's earlier periods — before
    /// the caller opens its own recording of this period (no reader and writer on the store at once).
    /// </summary>
    public void Load()
    {
        if (_loaded is not null) return;
        var r = request;
        progress?.Report("读取规则包与工作日历");
        var pack = RulePackLoader.Load(r.RulesDir, r.Pack);
        // the office's own policy (考核办法): its lists, scheme and “多次” — none when its profile has no `policy:`
        var office = OfficeProfile.Load(OfficeProfile.FileFor(r.RulesDir, pack.Id, r.OfficeFile));
        if (office.Policy is { } policy) pack = policy.Apply(pack);
        var scheme = office.Policy?.Apply(pack.Scoring) ?? pack.Scoring;
        if (office.Policy is not null && scheme.Validate() is { Count: > 0 } wrong) // e.g. a grade the pack does not have
            throw new RulePackException($"{office.SourceFile}: policy 与规则包“{pack.Id}”的评分方案不相容：{string.Join("；", wrong)}");
        var calendar = WorkCalendarLoader.LoadDirectory(RulesLocator.Calendars(r.RulesDir));
        var calc = new DeadlineCalculator(calendar, r.Zone);
        progress?.Report("读取单位名录");
        var registry = UnitRegistryReader.Read(r.UnitsFile);
        var map = r.MapFile is null ? null : HeaderMap.Load(r.MapFile);
        string? only = null;
        if (r.SelfCheckUnit is { } wanted)
            only = registry.Resolve(wanted)?.Name
                ?? throw new UsageException($"--unit “{wanted}”不在单位名录 {r.UnitsFile} 中（按单位名称、别名或编码查找）。");
        ImmutableArray<ScorePoint> history = [];
        PriorPeriod? previous = null;
        if (r.HistoryPath is not null && File.Exists(r.HistoryPath))
        {
            using var store = HistoryStore.Open(r.HistoryPath, create: false);
            history = store.ScoresBefore(pack.Id, r.Period);
            if (only is null) previous = store.LoadPrevious(pack.Id, r.Period);
        }
        _loaded = new Loaded(pack, calc, registry, map, history, previous, only, office, scheme);
    }

    /// <summary>Runs the audit; <paramref name="sink"/> gets every finding that applies (appeals applied), in replay order.</summary>
    public AuditOutcome Run(Action<Finding>? sink = null)
    {
        Load();
        var r = request;
        var (pack, calc, registry, map, history, previous, only, office, scheme) = _loaded!;
        var engine = new ReplayEngine(pack, calc, registry, r.AsOf);
        var overrides = r.OverridesFile is null ? null : new OverrideApplier(OverridesReader.Read(r.OverridesFile), pack.Rules.Select(x => x.Id));
        var ingestIssues = new CollectingSink();
        var totals = new FindingTotals.Builder();
        var kept = new List<Finding>();
        var applicable = new List<Finding>();
        int notApplicable = 0, cases = 0, outOfPeriod = 0, provisional = 0;
        var provisionalYears = new SortedSet<int>();
        var internalTexts = new SortedSet<string>(StringComparer.Ordinal);

        void Take(Finding f)
        {
            if (f.Verdict == Verdict.NotApplicable) { notApplicable++; return; }
            if (overrides is not null) f = overrides.Apply(f);
            totals.Add(f);
            if (f.ProvisionalYears.Count > 0)
            {
                provisional++;
                provisionalYears.UnionWith(f.ProvisionalYears);
            }
            if (AuditOutcome.IsKept(f)) kept.Add(f);
            sink?.Invoke(f);
        }

        progress?.Report("读取台账并逐案复盘");
        foreach (var c in LedgerLoader.Stream(r.Logs, registry, map, new IngestOptions { Zone = r.Zone, AsOf = r.AsOf, Period = r.Period, MaxFileBytes = r.MaxFileBytes, MaxSheetBytes = r.MaxSheetBytes }, ingestIssues))
        {
            if (c.DiscoveredAt is { } d && !r.Period.Contains(d.Date)) { outOfPeriod++; continue; }
            cases++;
            foreach (var field in pack.InternalFields)
                if (c.Extra.TryGetValue(field, out var text) && !string.IsNullOrWhiteSpace(text)) internalTexts.Add(text);
            overrides?.SawCase(c.CaseId);
            applicable.Clear();
            notApplicable += engine.ReplayApplicable(c, applicable);
            foreach (var f in applicable) Take(f);
        }
        OutOfPeriodCases = outOfPeriod;
        var daily = ingestIssues.DailyReports.Where(x => r.Period.Contains(x.Time.Date)).ToList();
        foreach (var f in engine.ReplayDailyReports(daily, r.Period, registry)) Take(f);
        overrides?.Finish();

        progress?.Report("计算得分与处理名单");
        var all = totals.Build();
        var assessed = registry.Units.Where(u => u.Type != UnitType.Superior).ToList();
        // Only units of the registry are ranked and can be named on a list: a name the registry does not know may be
        // a misspelling of a ranked unit. Their findings stay in every findings file and are flagged below.
        var known = registry.Units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        var scored = kept.Where(f => known.Contains(f.Unit)).ToList();
        var scores = ScoreCalculator.CalculateForRegistry(all.Where(known.Contains), scored, scheme, assessed);
        progress?.Report("决定处理名单");
        // a self-check decides no lists (issue 5: what a unit runs before the audit); 待核查 stays internal to the office
        ImmutableArray<Sanction> decided = only is null ? SanctionEngine.Decide(scored, scores, scheme, previous) : [];
        ImmutableArray<Sanction> sanctions = [.. decided.Where(s => s.Kind.IsPublic())];

        progress?.Report("整理数据问题");
        var issues = ingestIssues.Issues.Concat(UncheckableRules(kept, [.. r.Logs.Order(StringComparer.Ordinal)]))
            .Concat(UnrankedUnits(all.Units.Values.Where(u => !known.Contains(u.Unit)), r.UnitsFile))
            .Concat(ProvisionalCalendar(provisional, provisionalYears,
                Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(r.RulesDir)), "calendars").Replace('\\', '/'))).ToImmutableArray();
        ImmutableArray<Finding> findings = [.. kept];
        if (only is not null)
        {
            findings = [.. findings.Where(f => f.Unit == only)];
            all = all.Where(u => u == only);
            scores = [.. scores.Where(s => s.Unit == only)];
            history = [.. history.Where(h => h.Unit == only)];
        }

        return new AuditOutcome
        {
            Pack = pack.Info,
            Period = r.Period,
            AsOf = r.AsOf,
            Zone = r.Zone,
            Inputs = [.. Inputs(r, office)],
            Rules = [.. pack.RuleInfos()],
            Interpretations = [.. pack.InterpretationList()],
            Findings = findings,
            Totals = all,
            DataIssues = issues,
            Scores = scores,
            Sanctions = sanctions,
            Lists = only is null ? PublicLists.Of(scheme.Sanctions) : [],
            InternalReview = [.. decided.Where(s => !s.Kind.IsPublic())],
            Units = registry.Units,
            History = history,
            NotApplicableCount = notApplicable,
            CaseCount = cases,
            ProvisionalYears = [.. provisionalYears],
            ToolVersion = Commands.VersionCommand.ToolVersion,
            ScoringMethod = ScoreCalculator.MethodText(scheme),
            ScoringScheme = scheme.SchemeName,
            InternalTexts = [.. internalTexts],
        };
    }

    /// <summary>One data issue per rule that the exports could not show for some cases because a column is absent.</summary>
    private static IEnumerable<DataIssue> UncheckableRules(IEnumerable<Finding> findings, IReadOnlyList<string> logs) =>
        findings.Where(f => f.NotRecorded is not null)
            .GroupBy(f => (f.RuleId, f.RuleTitle, Columns: f.NotRecorded!))
            .OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Columns, StringComparer.Ordinal)
            .Select(g => new DataIssue(string.Join("；", logs), null, null, g.Key.Columns, null, DataIssueKind.MissingColumn,
                $"导出中没有“{g.Key.Columns}”：规则 {g.Key.RuleId}（{g.Key.RuleTitle}）有 {g.Count()} 项无法核查，记为数据不足、不扣分；请在台账模板或导出中补充"));

    /// <summary>One data issue per unit name that bore findings but is not in the registry (not ranked, on no list).</summary>
    private static IEnumerable<DataIssue> UnrankedUnits(IEnumerable<UnitTotals> units, string unitsFile) =>
        units.Select(u => new DataIssue(unitsFile, null, null, null, null, DataIssueKind.UnknownUnit,
            $"单位“{u.Unit}”不在单位名录中，但有 {u.Total} 条判定归属于它（其中超时或未履行 {u.Failures} 条，案件 " +
            $"{string.Join("、", u.SampleCaseIds.Take(UnitTotals.ShownCases))}{(u.MoreCases ? " 等" : "")}）：" +
            "未计入排名和处理名单；请在单位名录中补充该单位或别名后重新审计"));

    /// <summary>
    /// One data issue counting the findings whose deadline used days of a year with no notice on file (computed from
    /// the statute, marked in their evidence): their verdicts stand, but the office should re-run once the notice is in.
    /// </summary>
    /// <param name="calendars">The calendars folder as the reports name it: "rules/calendars" (no machine path in a document).</param>
    private static IEnumerable<DataIssue> ProvisionalCalendar(int findings, SortedSet<int> years, string calendars)
    {
        if (findings == 0) yield break;
        var named = string.Join("、", years.Select(y => $"{y}年"));
        yield return new DataIssue(calendars, null, null, null, null, DataIssueKind.ProvisionalCalendar,
            $"日历目录中没有{named}的放假安排通知：{findings} 条判定的期限用到了{named}的日期，其节假日按{StatutoryHolidays.Statute}推定" +
            "（法定节日及逢周末的补假、周六周日休息，不含调休上班日），判定照常作出，证据末尾已注明；" +
            $"国务院办公厅公布安排后，请用 auditor calendar import 导入为 {string.Join("、", years.Select(y => $"{y}.yaml"))} 并重新审计");
    }

    private static IEnumerable<InputFile> Inputs(AuditRequest r, OfficeProfile office)
    {
        // in the order the ledgers are read (file-name order): no output depends on the order of --logs
        foreach (var l in r.Logs.Order(StringComparer.Ordinal)) yield return Input(l, "ledger");
        yield return Input(r.UnitsFile, "units");
        if (office.SourceFile is { } officeFile) yield return Input(officeFile, "office");
        if (r.MapFile is not null) yield return Input(r.MapFile, "map");
        if (r.OverridesFile is not null) yield return Input(r.OverridesFile, "overrides");
        var packFile = RulePackLoader.ResolveFile(r.RulesDir, r.Pack);
        yield return Input(packFile, "pack");
    }

    private static InputFile Input(string path, string role) =>
        new(Path.GetFileName(path), ManifestWriter.Sha256Of(path), role);
}
