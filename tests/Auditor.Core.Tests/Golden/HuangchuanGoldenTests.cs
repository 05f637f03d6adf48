using Auditor.Core.Domain;
using static Auditor.Core.Tests.Golden.GoldenKit;

namespace Auditor.Core.Tests.Golden;

/// <summary>huangchuan pack (seed 003 Q/HCGK YX4—2018), by hand from 4.4 (5 h / 24 h / 48 h), 4.2 (第一时间报告), 3 / 3.1.</summary>
public class HuangchuanGoldenTests
{
    private const string AsOf = "2026-10-15 00:00";

    private static Case Sudden(string id, params CaseEvent[] ev) => Case(id, ev) with { Sudden = true, Severity = "特别重大" };

    [Fact]
    public void Release_within_five_hours_across_midnight_and_a_holiday()
    {
        // hours run continuously through the night and through 国庆: 9-30 22:00 + 5 h = 10-1 3:00
        var ok = Run("huangchuan", AsOf, Sudden("H1", E(EventKind.Discovered, "2026-09-30 22:00"), E(EventKind.Released, "2026-10-01 03:00")), "huangchuan.release");
        Assert.Equal(Verdict.Met, ok.Verdict);
        Assert.Equal("发现于9月30日22:00，应于10月1日3:00前发布权威信息，实际10月1日3:00发布权威信息，按时", ok.Evidence);
        var late = Run("huangchuan", AsOf, Sudden("H2", E(EventKind.Discovered, "2026-09-30 22:00"), E(EventKind.Released, "2026-10-01 03:01")), "huangchuan.release");
        Assert.Equal(Verdict.Breached, late.Verdict);
        Assert.Equal(1, late.OverrunMinutes);
    }

    [Fact]
    public void Press_conference_missing_after_24_hours()
    {
        var f = Run("huangchuan", "2026-07-11 10:00", Sudden("H3", E(EventKind.Discovered, "2026-07-10 08:00")), "huangchuan.press-conference");
        Assert.Equal(Verdict.Missing, f.Verdict);
        Assert.Equal(120, f.OverrunMinutes); // due 7-11 8:00, as of 10:00
    }

    [Fact]
    public void Other_cases_respond_within_48_hours()
    {
        var c = Case("H4", E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.Responded, "2026-07-12 08:01")) with { Sudden = false, Severity = "重大" };
        Assert.Equal(Verdict.Breached, Run("huangchuan", AsOf, c, "huangchuan.response").Verdict);
        Assert.Equal(Verdict.NotApplicable, Run("huangchuan", AsOf, c, "huangchuan.release").Verdict);
    }

    [Fact]
    public void Major_case_reported_up_within_two_hours()
    {
        // 4.2 在热点舆情、重大舆情出现的第一时间报告上一级主管部门 — pack: 2 h (its assumption)
        var c = Case("H5", E(EventKind.Discovered, "2026-07-10 08:00"), To(EventKind.Reported, "2026-07-10 10:00", "上一级主管部门")) with { Severity = "重大" };
        var f = Run("huangchuan", AsOf, c, "huangchuan.report");
        Assert.Equal(Verdict.Met, f.Verdict);
        Assert.EndsWith("（本包设定）", f.Evidence);
        Assert.Equal(Verdict.NotApplicable, Run("huangchuan", AsOf, c with { Severity = "一般" }, "huangchuan.report").Verdict);
    }

    private static Finding Resp(string scope, string[] involved, string responsible) =>
        Run("huangchuan", AsOf, Case("HR-" + scope, E(EventKind.Discovered, "2026-07-10 08:00")) with
        {
            Scope = scope,
            Involved = Units(involved),
            Responsible = R(responsible),
        }, "huangchuan.responsible-party");

    [Fact]
    public void Responsibility_branches_of_clause_3_and_3_1()
    {
        Assert.Equal(Verdict.Met, Resp("单一属地", ["城关镇"], "城关镇").Verdict);         // 3 涉事责任部门
        Assert.Equal(Verdict.Breached, Resp("单一属地", ["城关镇"], "西河镇").Verdict);
        Assert.Equal(Verdict.Met, Resp("垂直管理", ["市税务局"], "市税务局").Verdict);     // 3 垂直管理: still the department
        Assert.Equal(Verdict.Breached, Resp("垂直管理", ["市税务局", "城关镇"], "城关镇").Verdict);
        Assert.Equal(Verdict.Met, Resp("多个属地", ["城关镇", "西河镇", "市住建局"], "市住建局").Verdict); // 3.1 相关部门
        Assert.Equal(Verdict.Breached, Resp("多个属地", ["城关镇", "西河镇", "市住建局"], "城关镇").Verdict);
        Assert.Equal(Verdict.Met, Resp("多个部门", ["市教育局", "市住建局"], "市教育局").Verdict);
        Assert.Equal(Verdict.NotApplicable, Resp("重大政策", [], "市教育局").Verdict);
        Assert.Equal(Verdict.NotApplicable, Resp("区外", [], "市教育局").Verdict);
    }
}
