using Auditor.Core.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace Auditor.Core.Tests.Scoring;

/// <summary>Hand-built findings for scoring/sanction tests.</summary>
internal static class TestFindings
{
    public static Finding Make(string unit, string caseId, string ruleId, ObligationKind kind, Verdict verdict,
        double weight = 1, string? sanctionClass = null, long? overrun = null) => new()
    {
        CaseId = caseId,
        Unit = unit,
        RuleId = ruleId,
        RuleTitle = "规则" + ruleId,
        Kind = kind,
        Verdict = verdict,
        Clause = new Citation("002_d5e05033a8414c91.txt", "三.2", "引文"),
        Evidence = "证据",
        Weight = weight,
        SanctionClass = sanctionClass,
        OverrunMinutes = overrun,
    };

    /// <summary>Runs of 0 to <paramref name="maxLength"/> findings; a failing run shrinks by dropping one finding at a time.</summary>
    public static Arbitrary<Finding[]> Runs(Gen<Finding> one, int maxLength) => Arb.From(
        Gen.Choose(0, maxLength).SelectMany(n => Gen.ArrayOf(one, n)),
        xs => Enumerable.Range(0, xs.Length).Select(i => xs.Where((_, j) => j != i).ToArray()));
}
