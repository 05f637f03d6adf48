using System.Collections.Immutable;
using Auditor.Core.Domain;
using Auditor.Core.Rules;

namespace Auditor.Core.Replay;

// Attribute kinds: responsible-party (decision table + registry), responder (谁主管谁发声), confidentiality,
// false-feedback (spot check), urging (repeated 催办 unresolved).
public sealed partial class ReplayEngine
{
    private Finding CheckResponsibleParty(Rule rule, Case c, in CaseFacts facts)
    {
        if (facts.Scope is null)
            return c.IsRecorded(CaseFields.Scope)
                ? Make(rule, c, facts, Verdict.InsufficientData, "数据不足：台账未填涉及范围，无法确定第一责任主体")
                : NotRecorded(rule, c, facts, "涉及范围", "无法确定第一责任主体");
        ResponsibilityRow? row = null;
        foreach (var r in rule.Table) if (r.Scope == facts.Scope) { row = r; break; }
        if (row is null)
            return Make(rule, c, facts, Verdict.NotApplicable, $"不适用：涉及范围“{facts.Scope}”不在本规则的责任主体判定表内");
        if (row.Expect == ExpectedParty.None)
            return Make(rule, c, facts, Verdict.NotApplicable, $"不适用：涉及范围为{row.Scope}，{row.Basis}");

        var expected = new List<UnitRef>(2);
        string role;
        switch (row.Expect)
        {
            case ExpectedParty.Competent:
                role = "主管部门";
                if (c.Competent is not null) expected.Add(c.Competent);
                break;
            case ExpectedParty.Named:
                role = "指定单位";
                expected.Add(_namedUnits[row.Unit!]);
                break;
            default:
                role = row.UnitTypes.IsEmpty ? "涉事单位" : "涉事" + string.Join("/", row.UnitTypes.Select(t => t.Chinese()));
                foreach (var u in c.Involved)
                    if (row.UnitTypes.IsEmpty || u.Resolved is null || row.UnitTypes.Contains(u.Resolved.Type)) expected.Add(u);
                break;
        }
        var head = $"涉及范围为{row.Scope}，按“{row.Basis}”";
        if (expected.Count == 0 && row.Expect == ExpectedParty.Competent && c.Responsible?.Resolved is { } rec)
        {
            // no 主管部门 recorded: the first responsible party must at least be a department, never a township
            var types = row.UnitTypes.IsEmpty ? DepartmentTypes : row.UnitTypes;
            return types.Contains(rec.Type)
                ? Make(rule, c, facts, Verdict.Met, $"{head}，台账未填主管部门，记录的责任单位{rec.Name}为{rec.Type.Chinese()}，视为主管部门")
                : Make(rule, c, facts, Verdict.Breached, $"{head}，第一责任主体应为主管部门，台账记录为{rec.Name}（{rec.Type.Chinese()}），不一致");
        }
        if (expected.Count == 0)
            return Make(rule, c, facts, Verdict.InsufficientData,
                $"数据不足：{head}，第一责任主体应为{role}，但台账未填{(row.Expect == ExpectedParty.Competent ? "主管部门" : "相应的涉事单位")}");
        var expectText = string.Join("或", expected.Select(u => u.Name));
        if (c.Responsible is null)
            return c.IsRecorded(CaseFields.Responsible)
                ? Make(rule, c, facts, Verdict.InsufficientData, $"数据不足：{head}，第一责任主体应为{expectText}，但台账未填责任单位")
                : NotRecorded(rule, c, facts, "责任单位", $"{head}，第一责任主体应为{expectText}，无法核对");
        foreach (var u in expected)
            if (SameUnit(u, c.Responsible))
                return Make(rule, c, facts, Verdict.Met, $"{head}，第一责任主体应为{expectText}（{role}），台账记录为{c.Responsible.Name}，一致");
        return Make(rule, c, facts, Verdict.Breached, $"{head}，第一责任主体应为{expectText}（{role}），台账记录为{c.Responsible.Name}，不一致");
    }

    /// <summary>insufficient-data because the export has no such column at all: costs no points (Finding.NotRecorded).</summary>
    private Finding NotRecorded(Rule rule, Case c, in CaseFacts facts, string columns, string consequence) =>
        Make(rule, c, facts, Verdict.InsufficientData, $"数据不足：台账没有“{columns}”列，{consequence}，不扣分") with { NotRecorded = columns };

    private static readonly ImmutableArray<UnitType> DepartmentTypes =
        [UnitType.Department, UnitType.Affiliated, UnitType.Vertical, UnitType.Superior];

    internal static bool SameUnit(UnitRef a, UnitRef b)
    {
        if (a.Resolved is not null && b.Resolved is not null) return a.Resolved.Code == b.Resolved.Code;
        return UnitRegistry.Normalize(a.Name) == UnitRegistry.Normalize(b.Name);
    }

    private static readonly ImmutableArray<EventKind> ResponseKinds =
        [EventKind.Responded, EventKind.Released, EventKind.PressConference, EventKind.Clarified];

    private Finding CheckResponder(Rule rule, Case c, in CaseFacts facts)
    {
        if (c.Responder is null)
            return FirstOf(c, ResponseKinds) is null
                ? Make(rule, c, facts, Verdict.NotApplicable, "不适用：尚未对外回应")
                : c.IsRecorded(CaseFields.Responder)
                    ? Make(rule, c, facts, Verdict.InsufficientData, "数据不足：已对外回应，但台账未填回应单位")
                    : NotRecorded(rule, c, facts, "回应单位", "无法判断发声主体");
        var allowed = new List<(UnitRef Unit, string Role)>(2);
        foreach (var role in rule.Expect)
        {
            if (role == "competent" && c.Competent is not null) allowed.Add((c.Competent, "主管部门"));
            if (role == "responsible" && c.Responsible is not null) allowed.Add((c.Responsible, "处置单位"));
        }
        if (allowed.Count == 0)
            return c.IsRecorded(CaseFields.Competent) || c.IsRecorded(CaseFields.Responsible)
                ? Make(rule, c, facts, Verdict.InsufficientData, "数据不足：台账未填主管部门和责任单位，无法判断发声主体")
                : NotRecorded(rule, c, facts, "主管部门、责任单位", "无法判断发声主体");
        var text = string.Join("或", allowed.Select(a => $"{a.Unit.Name}（{a.Role}）").Distinct());
        foreach (var a in allowed)
            if (SameUnit(a.Unit, c.Responder))
                return Make(rule, c, facts, Verdict.Met, $"应由{text}发声，实际由{c.Responder.Name}回应，一致");
        return Make(rule, c, facts, Verdict.Breached, $"应由{text}发声，实际由{c.Responder.Name}回应，不符合“谁主管谁发声”");
    }

    private Finding CheckConfidentiality(Rule rule, Case c, in CaseFacts facts)
    {
        var leak = FirstOf(c, EventKind.Leaked);
        if (leak is null) return Make(rule, c, facts, Verdict.Met, "未见舆情内部资料外传记录");
        var what = string.IsNullOrWhiteSpace(leak.Detail) ? "舆情内部资料" : leak.Detail;
        return Make(rule, c, facts, Verdict.Breached, $"{EvidenceText.Time(leak.Time, _zone)}{what}外传，违反“一律不得外传”的规定",
            null, null, leak.Time.Instant);
    }

    private Finding CheckFalseFeedback(Rule rule, Case c, in CaseFacts facts)
    {
        var check = c.First(EventKind.SpotChecked);
        if (check is not null && check.Time.Instant > AsOf)
            return Make(rule, c, facts, Verdict.NotApplicable, "不适用：抽查复核晚于审计截止时间");
        var result = c.SpotCheck?.Trim();
        var when = check is null ? "" : $"{EvidenceText.Time(check.Time, _zone)}";
        switch (result)
        {
            case null or "":
                return Make(rule, c, facts, Verdict.NotApplicable, "不适用：未经抽查复核");
            case "虚假" or "不属实":
                return Make(rule, c, facts, Verdict.Breached, $"{when}抽查复核结论为虚假：反馈情况与实际不符", null, null, check?.Time.Instant);
            case "属实":
                return Make(rule, c, facts, Verdict.Met, $"{when}抽查复核结论为属实", null, null, check?.Time.Instant);
            default:
                return Make(rule, c, facts, Verdict.InsufficientData, $"数据不足：无法识别的复核结论“{result}”（应为属实或虚假）");
        }
    }

    private Finding CheckUrging(Rule rule, Case c, in CaseFacts facts)
    {
        int count = 0;
        CaseEvent? first = null, nth = null;
        foreach (var e in c.Events)
        {
            if (e.Kind != EventKind.Urged || e.Time.Instant > AsOf) continue;
            count++;
            first ??= e;
            if (count == rule.MinCount) nth = e;
        }
        if (count < rule.MinCount)
            return Make(rule, c, facts, Verdict.NotApplicable, count == 0 ? "不适用：未经催办" : $"不适用：仅催办{count}次");
        var done = FirstOf(c, DoneKinds);
        var span = $"{EvidenceText.Time(first!.Time, _zone)}起共催办{count}次";
        if (done is not null)
            return Make(rule, c, facts, Verdict.Met, $"{span}，已于{EvidenceText.Time(done.Time, _zone)}{done.Kind.Chinese()}",
                nth!.Time.Instant, null, done.Time.Instant);
        return Make(rule, c, facts, Verdict.Breached,
            $"{span}，截至{EvidenceText.Time(AsOf, _zone)}仍未反馈或办结", nth!.Time.Instant, null, null);
    }
}
