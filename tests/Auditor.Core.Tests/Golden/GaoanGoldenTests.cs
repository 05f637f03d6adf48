using Auditor.Core.Domain;
using static Auditor.Core.Tests.Golden.GoldenKit;

namespace Auditor.Core.Tests.Golden;

/// <summary>gaoan pack (seed 001), by hand from 三（三）（24小时对外公布 / 48小时回应）, 二 (主体责任), 三（六）(移交公安).</summary>
public class GaoanGoldenTests
{
    private const string AsOf = "2026-10-15 00:00";

    [Fact]
    public void Major_sudden_must_be_announced_within_24_hours_by_any_public_channel()
    {
        // 三（三）最迟应在24小时内对外公布 — a press conference at exactly 24 h is an announcement
        var c = Case("G1", E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.PressConference, "2026-07-11 08:00")) with { Sudden = true, Severity = "特别重大" };
        Assert.Equal(Verdict.Met, Run("gaoan", AsOf, c, "gaoan.release").Verdict);
        var late = c with { Events = [E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.Released, "2026-07-11 08:01")] };
        var f = Run("gaoan", AsOf, late, "gaoan.release");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal(1, f.OverrunMinutes);
        // gaoan has no 5-hour rule: a 6-hour release is on time here
        Assert.DoesNotContain(Pack("gaoan").Rules, r => r.WindowText == "5h");
    }

    [Fact]
    public void Other_cases_48_hours()
    {
        var c = Case("G2", E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.Responded, "2026-07-12 08:00")) with { Sudden = false, Severity = "重大" };
        Assert.Equal(Verdict.Met, Run("gaoan", AsOf, c, "gaoan.response").Verdict);
        Assert.Equal(Verdict.NotApplicable, Run("gaoan", AsOf, c, "gaoan.release").Verdict);
    }

    [Fact]
    public void Untrue_ordinary_case_must_be_clarified_within_48_hours()
    {
        var c = Case("G3", E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.Clarified, "2026-07-12 09:00")) with { Severity = "一般", Truth = "部分属实" };
        var f = Run("gaoan", AsOf, c, "gaoan.clarification");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal(60, f.OverrunMinutes);
        Assert.Equal(Verdict.NotApplicable, Run("gaoan", AsOf, c with { Truth = "属实" }, "gaoan.clarification").Verdict);
    }

    [Fact]
    public void Suspected_illegal_conduct_must_be_referred_to_police()
    {
        var c = Case("G4", E(EventKind.Discovered, "2026-07-10 08:00")) with
        {
            Severity = "一般",
            Extra = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("涉嫌违法", "是"),
        };
        Assert.Equal(Verdict.Missing, Run("gaoan", AsOf, c, "gaoan.police-referral").Verdict);
        Assert.Equal(Verdict.NotApplicable, Run("gaoan", AsOf, c with { Extra = c.Extra.SetItem("涉嫌违法", "否") }, "gaoan.police-referral").Verdict);
        // no 涉嫌违法 column: no suspicion recorded → the duty is not triggered (docs/rule-packs.md, applies_when)
        Assert.Equal(Verdict.NotApplicable, Run("gaoan", AsOf, c with { Extra = c.Extra.Clear() }, "gaoan.police-referral").Verdict);
    }

    private static Finding Resp(string scope, string? competent, string[] involved, string responsible) =>
        Run("gaoan", AsOf, Case("GR-" + scope, E(EventKind.Discovered, "2026-07-10 08:00")) with
        {
            Scope = scope,
            Competent = competent is null ? null : R(competent),
            Involved = Units(involved),
            Responsible = R(responsible),
        }, "gaoan.responsible-party");

    [Fact]
    public void Responsibility_table_of_clause_two()
    {
        // 涉及市政府重大政策 → 市政府相关部门
        Assert.Equal(Verdict.Met, Resp("重大政策", "市教育局", [], "市教育局").Verdict);
        Assert.Equal(Verdict.Breached, Resp("重大政策", "市教育局", [], "城关镇").Verdict);
        // 涉及各乡镇（街道） → 涉事乡镇（街道）; a department named as responsible is wrong even if involved
        Assert.Equal(Verdict.Met, Resp("单一属地", null, ["东街街道", "市教育局"], "东街街道").Verdict);
        Assert.Equal(Verdict.Breached, Resp("单一属地", null, ["东街街道", "市教育局"], "市教育局").Verdict);
        // 涉及多个乡镇 → 市政府相关主管部门
        Assert.Equal(Verdict.Met, Resp("多个属地", "市住建局", ["城关镇", "西河镇"], "市住建局").Verdict);
        Assert.Equal(Verdict.Breached, Resp("多个属地", "市住建局", ["城关镇", "西河镇"], "城关镇").Verdict);
        // 主管部门 not recorded: a department as 责任单位 is accepted, a township is not (市政府相关主管部门 is a department)
        Assert.Equal(Verdict.Met, Resp("多个属地", null, ["城关镇", "西河镇"], "市住建局").Verdict);
        Assert.Equal(Verdict.Breached, Resp("多个属地", null, ["城关镇", "西河镇"], "西河镇").Verdict);
        Assert.Equal(Verdict.Breached, Resp("重大政策", null, [], "东街街道").Verdict);
        // 涉及多个部门 → 相关部门按照职责分工
        Assert.Equal(Verdict.Met, Resp("多个部门", null, ["市教育局", "市住建局"], "市教育局").Verdict);
        Assert.Equal(Verdict.Breached, Resp("多个部门", null, ["市教育局", "市住建局"], "西河镇").Verdict);
        // not covered by 001
        Assert.Equal(Verdict.NotApplicable, Resp("垂直管理", null, ["市税务局"], "市税务局").Verdict);
        Assert.Equal(Verdict.NotApplicable, Resp("区外", null, [], "城关镇").Verdict);
    }
}
