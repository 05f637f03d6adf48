using System.Collections.Immutable;
using Auditor.Core.Domain;

namespace Auditor.Core.Scoring;

// What the sanction engine needs from the previous period (read from the history store by the caller, so Core
// does no I/O).

/// <summary>A unit's failures of one obligation kind in the previous period (verdict = breached or missing).</summary>
public sealed record PriorFailure(string Unit, ObligationKind Kind, Verdict Verdict, int Count, ImmutableArray<string> RuleIds);

/// <summary>A unit that was on one of the lists in the previous period.</summary>
public sealed record PriorSanction(string Unit, SanctionKind Kind);

/// <summary>The previous period of the same pack as recorded in the history store.</summary>
public sealed record PriorPeriod(string PeriodId, ImmutableArray<PriorFailure> Failures, ImmutableArray<PriorSanction> Sanctions);
