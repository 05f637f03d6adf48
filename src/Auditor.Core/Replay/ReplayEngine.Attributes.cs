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
        if (row.Expect == ExpectedParty.Named && OwnOffice(row, expected[0], c.Responsible) is { } office)
            return Make(rule, c, facts, Verdict.Met,
                $"{head}，第一责任主体应为{expectText}，台账记录为其{office.Type.Chinese()}{office.Name}，本单位内设机构视为{expectText}，一致");
        return Make(rule, c, facts, Verdict.Breached, $"{head}，第一责任主体应为{expectText}（{role}），台账记录为{c.Responsible.Name}，不一致");
    }

    /// <summary>
    /// A named unit's own office (004: 局机关各科（室） reply as 市局): the recorded unit's registry parent is the named unit
    /// and its type is one the row lists (unit_types of a `named` row). Null when not.
    /// </summary>
    private Unit? OwnOffice(ResponsibilityRow row, UnitRef named, UnitRef recorded)
    {
        if (row.UnitTypes.IsEmpty || named.Resolved is not { } n || recorded.Resolved is not { } r || r.ParentCode is null) return null;
        var parent = _registry.Resolve(r.ParentCode);
        return parent is not null && parent.Code == n.Code && row.UnitTypes.Contains(r.Type) ? r : null;
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

    /// <summary>
    /// confidentiality: a leak is borne by the unit recorded as leaking (the event's 办理单位, or the ledger's 外传单位)
    /// with attribution: actor — never by the unit that merely filled in the row. An export that cannot say who leaked
    /// gives insufficient-data.
    /// </summary>
    private Finding CheckConfidentiality(Rule rule, Case c, in CaseFacts facts)
    {
        var leak = FirstOf(c, EventKind.Leaked);
        if (leak is null) return Make(rule, c, facts, Verdict.Met, "未见舆情内部资料外传记录");
        var what = string.IsNullOrWhiteSpace(leak.Detail) ? "舆情内部资料" : leak.Detail;
        var text = $"{EvidenceText.Time(leak.Time, _zone)}{what}外传，违反“一律不得外传”的规定";
        if (rule.Attribution != Attribution.Actor)
            return Make(rule, c, facts, Verdict.Breached, text, null, null, leak.Time.Instant);
        if (leak.Actor is { } actor && !string.IsNullOrWhiteSpace(actor))
        {
            var unit = _registry.Ref(actor);
            return Make(rule, c, facts, Verdict.Breached, $"{unit.Name}{text}", null, null, leak.Time.Instant) with { Unit = unit.Name };
        }
        var head = $"数据不足：{EvidenceText.Time(leak.Time, _zone)}有{what}外传记录，但";
        return c.IsRecorded(CaseFields.Actor) || c.IsRecorded(CaseFields.LeakedBy)
            ? Make(rule, c, facts, Verdict.InsufficientData, head + "未填外传单位，无法确定由哪个单位承担", null, null, leak.Time.Instant)
            : Make(rule, c, facts, Verdict.InsufficientData, head + "台账没有“外传单位”列，无法确定由哪个单位承担，不扣分", null, null, leak.Time.Instant)
                with { NotRecorded = "外传单位" };
    }

    private Finding CheckFalseFeedback(Rule rule, Case c, in CaseFacts facts)
    {
        var check = c.First(EventKind.SpotChecked);
        if (check is not null && check.Time.Instant > AsOf)
            return Make(rule, c, facts, Verdict.NotApplicable, "不适用：抽查复核晚于审计截止时间");
        var written = c.SpotCheck?.Trim();
        var when = check is null ? "" : $"{EvidenceText.Time(check.Time, _zone)}";
        if (string.IsNullOrEmpty(written)) return Make(rule, c, facts, Verdict.NotApplicable, "不适用：未经抽查复核");
        return TruthWords.CanonicalSpotCheck(written) switch
        {
            TruthWords.FeedbackFalse => Make(rule, c, facts, Verdict.Breached, $"{when}抽查复核结论为“{written}”：反馈情况与实际不符", null, null, check?.Time.Instant),
            TruthWords.FeedbackTrue => Make(rule, c, facts, Verdict.Met, $"{when}抽查复核结论为“{written}”", null, null, check?.Time.Instant),
            _ => Make(rule, c, facts, Verdict.InsufficientData, $"数据不足：无法识别的复核结论“{written}”（应为{TruthWords.SpotCheckHint}）"),
        };
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
        // “多次” is a count the clause does not state: the evidence names it and who set it
        var said = new EvidenceSentence
        {
            Head = $"{EvidenceText.Time(first!.Time, _zone)}起共催办{count}次（“多次”按{rule.MinCount}次及以上）",
            Qualifier = rule.Assumed ? $"（{rule.AssumedBy}）" : null,
        };
        if (done is not null)
            return Make(rule, c, facts, new Judgement(Verdict.Met, said with { Actual = $"已于{EvidenceText.Time(done.Time, _zone)}{done.Kind.Chinese()}" },
                nth!.Time.Instant, null, done.Time.Instant));
        return Make(rule, c, facts, new Judgement(Verdict.Breached, said with { Actual = $"截至{EvidenceText.Time(AsOf, _zone)}仍未反馈或办结" }, nth!.Time.Instant));
    }
}
