using System.Collections.Immutable;
using Auditor.Core;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Overrides;
using Auditor.Core.Rules;
using Auditor.Core.Scoring;
using Auditor.Core.Time;
using Auditor.Ingest;
using Auditor.Ingest.Headers;
using Auditor.Reports.Machine;
using Auditor.Reports.Office;
using Auditor.Reports.Templates;

namespace Auditor.Engine;

/// <summary>
/// Everything a run reads before the ledgers: the pack as the office applies it, the scoring scheme, the working
/// calendar, the registry, the column map, the appeals, the document templates and — for a self-check — the unit.
/// Any of them that is broken stops the run here, before an output folder or the history store is touched.
/// </summary>
internal sealed record AuditInputs(
    RulePack Pack,
    OfficeProfile Office,
    ScoringScheme Scheme,
    DeadlineCalculator Calculator,
    UnitRegistry Registry,
    HeaderMap? Map,
    ImmutableArray<OverrideEntry>? Overrides,
    ReportTemplates Templates,
    string? SelfCheckUnit)
{
    public static AuditInputs Load(AuditRequest r, RunProgress progress)
    {
        progress.Stage(AuditStage.ReadingRules);
        var pack = RulePackLoader.Load(r.RulesDir, r.Pack);
        // the office's own policy (考核办法): its lists, scheme and “多次” — none when its profile has no `policy:`
        var office = OfficeProfile.Load(OfficeProfile.FileFor(r.RulesDir, pack.Id, r.OfficeFile));
        if (office.Policy is { } policy) pack = policy.Apply(pack);
        var scheme = office.Policy?.Apply(pack.Scoring) ?? pack.Scoring;
        if (office.Policy is not null && scheme.Validate() is { Count: > 0 } wrong) // e.g. a grade the pack does not have
            throw new RulePackException($"{office.SourceFile}: policy 与规则包“{pack.Id}”的评分方案不相容：{string.Join("；", wrong)}");
        var calendar = WorkCalendarLoader.LoadDirectory(RulesFolder.Calendars(r.RulesDir));
        var templates = ReportTemplates.Load(RulesFolder.Templates(r.RulesDir));
        progress.Stage(AuditStage.ReadingUnits);
        var registry = UnitRegistryReader.Read(r.UnitsFile);
        var map = r.MapFile is null ? null : HeaderMap.Load(r.MapFile);
        var overrides = r.OverridesFile is null ? (ImmutableArray<OverrideEntry>?)null : OverridesReader.Read(r.OverridesFile);
        string? unit = null;
        if (r.SelfCheckUnit is { } wanted)
            unit = registry.Resolve(wanted)?.Name
                ?? throw new UsageException($"自查单位“{wanted}”不在单位名录 {r.UnitsFile} 中（按单位名称、别名或编码查找）。");
        return new AuditInputs(pack, office, scheme, new DeadlineCalculator(calendar, r.Zone), registry, map, overrides, templates, unit);
    }

    /// <summary>The input files as manifest.json lists them, with their digests.</summary>
    public IEnumerable<InputFile> Files(AuditRequest r)
    {
        // in the order the ledgers are read (file-name order): no output depends on the order of the ledgers given
        foreach (var l in r.Ledgers.Order(StringComparer.Ordinal)) yield return Input(l, "ledger");
        yield return Input(r.UnitsFile, "units");
        if (Office.SourceFile is { } officeFile) yield return Input(officeFile, "office");
        if (r.MapFile is not null) yield return Input(r.MapFile, "map");
        if (r.OverridesFile is not null) yield return Input(r.OverridesFile, "overrides");
        yield return Input(RulePackLoader.ResolveFile(r.RulesDir, r.Pack), "pack");
    }

    private static InputFile Input(string path, string role) => new(Path.GetFileName(path), ManifestWriter.Sha256Of(path), role);
}
