using Auditor.Core.Audit;

namespace Auditor.Engine;

/// <summary>What a completed run gives back: the outcome (kept findings, totals, scores, lists, data issues) and where its files are.</summary>
/// <param name="OutputFolder">The output folder, full path, now holding this run's files.</param>
public sealed record AuditResult(AuditOutcome Outcome, string OutputFolder);
