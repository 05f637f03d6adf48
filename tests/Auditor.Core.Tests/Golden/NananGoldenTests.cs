using Auditor.Core.Domain;
using static Auditor.Core.Tests.Golden.GoldenKit;

namespace Auditor.Core.Tests.Golden;

/// <summary>nanan pack (seed 000, extends national), by hand from （五）（六）（八） and the pack's 释义 of 第一时间.</summary>
public class NananGoldenTests
{
    private const string AsOf = "2026-10-15 00:00";

    [Fact]
    public void Inherits_the_national_windows()
    {
        var ids = Pack("nanan").Rules.Select(r => r.Id).ToHashSet();
        Assert.Contains("national.release", ids);
        Assert.Contains("national.response", ids);
        Assert.Contains("nanan.report", ids);
        Assert.Equal(20, Pack("nanan").Scoring.KindCaps["responsible-party"]); // scoring inherited from national
    }

    [Fact]
    public void First_time_report_is_two_hours()
    {
        // （五）不漏报、不迟报 + 释义: 第一时间报送 = 2 h after discovery
        var c = Case("S1", E(EventKind.Discovered, "2026-07-10 09:00"), E(EventKind.Reported, "2026-07-10 11:00"));
        Assert.Equal(Verdict.Met, Run("nanan", AsOf, c, "nanan.report").Verdict);
        var late = c with { Events = [E(EventKind.Discovered, "2026-07-10 09:00"), E(EventKind.Reported, "2026-07-10 11:01")] };
        var f = Run("nanan", AsOf, late, "nanan.report");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal("城关镇", f.Unit); // reporting unit bears monitoring duties
    }

    [Fact]
    public void Risk_assessment_before_a_major_policy_is_issued()
    {
        // （六）重大政策出台前，要进行网络舆情风险评估 — checked against the recorded 政策出台时间
        Case P(params CaseEvent[] ev) => Case("S2", ev) with { Scope = "重大政策", Competent = R("市教育局") };
        Assert.Equal(Verdict.Met, Run("nanan", AsOf, P(E(EventKind.RiskAssessed, "2026-07-01 10:00"), E(EventKind.PolicyIssued, "2026-07-02 10:00")), "nanan.risk-assessment").Verdict);
        var after = Run("nanan", AsOf, P(E(EventKind.PolicyIssued, "2026-07-02 10:00"), E(EventKind.RiskAssessed, "2026-07-03 10:00")), "nanan.risk-assessment");
        Assert.Equal(Verdict.Breached, after.Verdict);
        Assert.Equal("市教育局", after.Unit);
        Assert.Equal(Verdict.Missing, Run("nanan", AsOf, P(E(EventKind.PolicyIssued, "2026-07-02 10:00")), "nanan.risk-assessment").Verdict);
        // issued after the as-of time: not issued yet
        Assert.Equal(Verdict.Pending, Run("nanan", AsOf, P(E(EventKind.PolicyIssued, "2026-12-01")), "nanan.risk-assessment").Verdict);
        // the column exists but was left blank: the unit's gap, not a proof of anything
        Assert.Equal(Verdict.InsufficientData, Run("nanan", AsOf, P(E(EventKind.Discovered, "2026-07-02 10:00")), "nanan.risk-assessment").Verdict);
        Assert.Equal(Verdict.NotApplicable, Run("nanan", AsOf, P(E(EventKind.PolicyIssued, "2026-07-02 10:00")) with { Scope = "单一属地" }, "nanan.risk-assessment").Verdict);
    }

    [Fact]
    public void Whoever_is_in_charge_speaks()
    {
        // （八）谁主管谁发声、谁处置谁发声
        var c = Case("S3", E(EventKind.Discovered, "2026-07-10 09:00"), E(EventKind.Responded, "2026-07-10 19:00")) with
        {
            Competent = R("市教育局"),
            Responsible = R("城关镇"),
            Responder = R("城关镇"),
        };
        Assert.Equal(Verdict.Met, Run("nanan", AsOf, c, "nanan.responder").Verdict);
        Assert.Equal(Verdict.Met, Run("nanan", AsOf, c with { Responder = R("市教育局") }, "nanan.responder").Verdict);
        var wrong = Run("nanan", AsOf, c with { Responder = R("市住建局") }, "nanan.responder");
        Assert.Equal(Verdict.Breached, wrong.Verdict);
        Assert.Equal("市住建局", wrong.Unit);
        Assert.Equal(Verdict.InsufficientData, Run("nanan", AsOf, c with { Responder = null }, "nanan.responder").Verdict);
        Assert.Equal(Verdict.NotApplicable, Run("nanan", AsOf, c with { Responder = null, Events = [c.Events[0]] }, "nanan.responder").Verdict);
    }

    [Fact]
    public void Rumours_are_clarified_on_the_carrying_platform()
    {
        // （八）对于反映情况失实的，要通过载发该“网络舆情”的网站、新媒体平台等进行澄清
        var c = Case("S4", E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.Clarified, "2026-07-12 08:00", channel: "新浪微博")) with
        {
            Truth = "失实",
            Platform = "微博",
        };
        Assert.Equal(Verdict.Met, Run("nanan", AsOf, c, "nanan.clarification").Verdict);
        var other = c with { Events = [E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.Clarified, "2026-07-11 08:00", channel: "政府网站")] };
        var f = Run("nanan", AsOf, other, "nanan.clarification");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Contains("未在载发该舆情的“微博”上澄清", f.Evidence);
        Assert.Equal(Verdict.NotApplicable, Run("nanan", AsOf, c with { Truth = "属实" }, "nanan.clarification").Verdict);
        var noChannel = c with { Events = [E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.Clarified, "2026-07-12 08:01")] };
        Assert.Equal(Verdict.Breached, Run("nanan", AsOf, noChannel, "nanan.clarification").Verdict); // 48 h + 1 min
    }
}
