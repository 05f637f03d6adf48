using System.Collections.Immutable;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;

namespace Auditor.Engine;

/// <summary>
/// From the replayed findings to the outcome: who is ranked, the scores, the lists, the data issues. An office's
/// audit ranks every assessed unit of the registry; a self-check ranks the units of the ledgers it was given and
/// keeps only its own unit's part, with how it compares with the others.
/// </summary>
internal static class AuditDecisions
{
    public static AuditOutcome Decide(AuditRequest r, AuditInputs inputs, PastPeriods past, ReplayTally tally, RunProgress progress)
    {
        progress.Stage(AuditStage.Scoring);
        var registry = inputs.Registry;
        var all = tally.Totals;
        // Only units of the registry are ranked and can be named on a list: a name the registry does not know may be
        // a misspelling of a ranked unit. Their findings stay in every findings file and are flagged below.
        var known = registry.Units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        var scored = tally.Kept.Where(f => known.Contains(f.Unit)).ToList();
        IEnumerable<Unit> assessed = registry.Units.Where(u => u.Type != UnitType.Superior);
        var only = inputs.SelfCheckUnit;
        // A self-check is given some ledgers, not the period's: a registry unit with no findings in them was not
        // checked, and scoring it at the base would rank the unit against units nobody looked at.
        if (only is not null) assessed = assessed.Where(u => u.Name == only || all.Units.ContainsKey(u.Name));
        var scores = ScoreCalculator.Calculate(all.Where(known.Contains), scored, inputs.Scheme, assessed);
        progress.Stage(AuditStage.DecidingLists);
        // a self-check decides no lists (it is what a unit runs before the audit); 待核查 stays internal to the office
        ImmutableArray<Sanction> decided = only is null ? SanctionEngine.Decide(scored, scores, inputs.Scheme, past.Previous) : [];

        progress.Stage(AuditStage.CollectingDataIssues);
        var issues = tally.IngestIssues
            .Concat(AuditDataIssues.UncheckableRules(tally.Kept, [.. r.Ledgers.Order(StringComparer.Ordinal)]))
            .Concat(AuditDataIssues.UnrankedUnits(all.Units.Values.Where(u => !known.Contains(u.Unit)), r.UnitsFile))
            .Concat(AuditDataIssues.ProvisionalCalendar(tally.ProvisionalFindings, tally.ProvisionalYears, RulesFolder.CalendarsShown(r.RulesDir)))
            .ToImmutableArray();

        var outcome = new AuditOutcome
        {
            Pack = inputs.Pack.Info,
            Period = r.Period,
            AsOf = r.AsOf,
            Zone = r.Zone,
            Inputs = [.. inputs.Files(r)],
            Rules = [.. inputs.Pack.RuleInfos()],
            Interpretations = [.. inputs.Pack.InterpretationList()],
            KeptFindings = tally.Kept,
            Totals = all,
            DataIssues = issues,
            Scores = scores,
            Sanctions = [.. decided.Where(s => s.Kind.IsPublic())],
            Lists = only is null ? PublicLists.Of(inputs.Scheme.Sanctions) : [],
            InternalReview = [.. decided.Where(s => !s.Kind.IsPublic())],
            Units = registry.Units,
            History = past.Scores,
            NotApplicableCount = tally.NotApplicable,
            CaseCount = tally.Cases,
            OutOfPeriodCases = tally.OutOfPeriod,
            ProvisionalYears = tally.ProvisionalYears,
            ToolVersion = AuditEngine.ToolVersion,
            ScoringMethod = ScoreCalculator.MethodText(inputs.Scheme),
            ScoringScheme = inputs.Scheme.SchemeName,
            InternalTexts = tally.InternalTexts,
        };
        return only is null ? outcome : OwnPart(outcome, only, tally.SelfCheckCases, tally.SelfCheckNotApplicable);
    }

    /// <summary>
    /// A self-check's outcome: the unit's own findings, counts (its cases, its rules that did not apply), score and history. Its rank stays the one among every
    /// unit ranked; the comparison keeps their number and their counts summed, naming none of them — or is left out
    /// when the ledgers held no other unit.
    /// </summary>
    private static AuditOutcome OwnPart(AuditOutcome o, string unit, int cases, int notApplicable) => o with
    {
        KeptFindings = [.. o.KeptFindings.Where(f => f.Unit == unit)],
        Totals = o.Totals.Where(u => u == unit),
        Scores = [.. o.Scores.Where(s => s.Unit == unit)],
        History = [.. o.History.Where(h => h.Unit == unit)],
        CaseCount = cases,
        NotApplicableCount = notApplicable,
        SelfCheck = new SelfCheckScope(unit, o.Scores.Length > 1 ? new Comparison(o.Scores.Length, o.Totals.ByKind) : null),
    };
}
