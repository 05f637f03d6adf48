using System.Collections.Immutable;
using Auditor.Core.Domain;

namespace Auditor.Core.Overrides;

/// <summary>
/// Applies appeals/waivers (申诉/豁免) to findings before scoring: the verdict becomes the new one and
/// Finding.Override keeps the original verdict, justification, approver and date (OverrunMinutes and Evidence
/// are kept as evidence of what was appealed). An entry naming a case or rule that is not in the run, or a
/// (case, rule) pair that produced no finding, is an InputException naming the file and line.
/// </summary>
public static class OverrideApplier
{
    /// <param name="findings">The run's findings.</param>
    /// <param name="entries">From OverridesFile.Read.</param>
    /// <param name="knownRuleIds">Ids of every rule of the pack (a rule may have produced no finding); null = rules seen in findings.</param>
    /// <param name="knownCaseIds">Ids of every case of the run; null = cases seen in findings.</param>
    public static ImmutableArray<Finding> Apply(
        IReadOnlyList<Finding> findings, IEnumerable<OverrideEntry> entries,
        IEnumerable<string>? knownRuleIds = null, IEnumerable<string>? knownCaseIds = null)
    {
        var list = entries.ToList();
        if (list.Count == 0) return [.. findings];
        var rules = (knownRuleIds ?? findings.Select(f => f.RuleId)).ToHashSet(StringComparer.Ordinal);
        var cases = (knownCaseIds ?? findings.Select(f => f.CaseId)).ToHashSet(StringComparer.Ordinal);
        var index = new Dictionary<(string, string), OverrideEntry>();
        foreach (var e in list)
        {
            if (!cases.Contains(e.CaseId)) throw new InputException($"{e.Where}：舆情编号“{e.CaseId}”在本次审计中不存在");
            if (!rules.Contains(e.RuleId)) throw new InputException($"{e.Where}：规则编号“{e.RuleId}”不在本次使用的规则包中");
            index[(e.CaseId, e.RuleId)] = e;
        }
        var used = new HashSet<(string, string)>();
        var result = ImmutableArray.CreateBuilder<Finding>(findings.Count);
        foreach (var f in findings)
        {
            if (index.TryGetValue((f.CaseId, f.RuleId), out var e))
            {
                used.Add((f.CaseId, f.RuleId));
                var original = f.Override?.Original ?? f.Verdict;
                result.Add(f with
                {
                    Verdict = e.NewVerdict,
                    Override = new VerdictOverride(original, e.NewVerdict, e.Justification, e.Approver, e.Date),
                });
            }
            else result.Add(f);
        }
        var unused = list.FirstOrDefault(e => !used.Contains((e.CaseId, e.RuleId)));
        if (unused is not null)
            throw new InputException($"{unused.Where}：案件“{unused.CaseId}”没有规则“{unused.RuleId}”的判定（该规则不适用于此案件），无可改判");
        return result.MoveToImmutable();
    }
}
