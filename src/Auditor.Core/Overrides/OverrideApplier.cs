using System.Collections.Immutable;
using Auditor.Core.Domain;

namespace Auditor.Core.Overrides;

/// <summary>
/// Applies appeals/waivers (申诉/豁免) to findings before scoring: the verdict becomes the new one and
/// Finding.Override keeps the original verdict, justification, approver and date (OverrunMinutes and Evidence
/// are kept as evidence of what was appealed). An entry naming a case or rule that is not in the run, or a
/// (case, rule) pair that produced no finding, is an InputException naming the file and line.
/// Streams: <see cref="Apply(Finding)"/> per finding as the audit replays, <see cref="Finish"/> once at the end.
/// </summary>
public sealed class OverrideApplier
{
    private readonly List<OverrideEntry> _entries;
    private readonly HashSet<string>? _knownRules;
    private readonly Dictionary<(string, string), OverrideEntry> _index = [];
    private readonly HashSet<string> _entryCases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenCases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenRules = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _used = [];

    /// <param name="entries">From the overrides file (OverrideRows; Ingest's OverridesReader reads it).</param>
    /// <param name="knownRuleIds">Ids of every rule of the pack (a rule may have produced no finding); null = rules seen in findings.</param>
    public OverrideApplier(IEnumerable<OverrideEntry> entries, IEnumerable<string>? knownRuleIds = null)
    {
        _entries = entries.ToList();
        _knownRules = knownRuleIds?.ToHashSet(StringComparer.Ordinal);
        foreach (var e in _entries)
        {
            _index[(e.CaseId, e.RuleId)] = e;
            _entryCases.Add(e.CaseId);
        }
    }

    /// <summary>Notes a case of the run (one that produced no finding may still be named by an entry).</summary>
    public void SawCase(string caseId)
    {
        if (_entryCases.Contains(caseId)) _seenCases.Add(caseId);
    }

    /// <summary>The finding with its override applied, or the finding itself.</summary>
    public Finding Apply(Finding f)
    {
        if (_entries.Count == 0) return f;
        SawCase(f.CaseId);
        if (_knownRules is null) _seenRules.Add(f.RuleId);
        if (!_index.TryGetValue((f.CaseId, f.RuleId), out var e)) return f;
        _used.Add((f.CaseId, f.RuleId));
        var original = f.Override?.Original ?? f.Verdict;
        return f with
        {
            Verdict = e.NewVerdict,
            Override = new VerdictOverride(original, e.NewVerdict, e.Justification, e.Approver, e.Date),
        };
    }

    /// <summary>After the last finding: an entry for an unknown case or rule, or one that matched no finding, is an InputException.</summary>
    public void Finish()
    {
        var rules = _knownRules ?? _seenRules;
        foreach (var e in _entries)
        {
            if (!_seenCases.Contains(e.CaseId)) throw new InputException($"{e.Where}：舆情编号“{e.CaseId}”在本次审计中不存在");
            if (!rules.Contains(e.RuleId)) throw new InputException($"{e.Where}：规则编号“{e.RuleId}”不在本次使用的规则包中");
        }
        var unused = _entries.FirstOrDefault(e => !_used.Contains((e.CaseId, e.RuleId)));
        if (unused is not null)
            throw new InputException($"{unused.Where}：案件“{unused.CaseId}”没有规则“{unused.RuleId}”的判定（该规则不适用于此案件），无可改判");
    }

    /// <summary>All at once: a complete list of findings (and, when given, every case id of the run).</summary>
    /// <param name="knownCaseIds">Ids of every case of the run; null = cases seen in findings.</param>
    public static ImmutableArray<Finding> Apply(
        IReadOnlyList<Finding> findings, IEnumerable<OverrideEntry> entries,
        IEnumerable<string>? knownRuleIds = null, IEnumerable<string>? knownCaseIds = null)
    {
        var applier = new OverrideApplier(entries, knownRuleIds);
        if (applier._entries.Count == 0) return [.. findings];
        foreach (var id in knownCaseIds ?? []) applier.SawCase(id);
        var result = ImmutableArray.CreateBuilder<Finding>(findings.Count);
        foreach (var f in findings) result.Add(applier.Apply(f));
        applier.Finish();
        return result.MoveToImmutable();
    }
}
