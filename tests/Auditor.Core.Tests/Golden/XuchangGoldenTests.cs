using Auditor.Core.Domain;
using static Auditor.Core.Tests.Golden.GoldenKit;

namespace Auditor.Core.Tests.Golden;

/// <summary>xuchang pack (seed 004), by hand from 二（四）1（当天 / 8小时）, 二（三）classes, 二（一）回应主体, 二（四）2 归档, 三（四）保密.</summary>
public class XuchangGoldenTests
{
    private const string AsOf = "2026-10-15 00:00";

    [Fact]
    public void Major_negative_reply_on_the_day_of_discovery()
    {
        // 对重大事件和重大负面舆情，在发现当天作出回复: discovered 7-10 22:00 → 7-10 24时
        var c = Case("X1", E(EventKind.Discovered, "2026-07-10 22:00"), E(EventKind.Responded, "2026-07-10 23:59")) with { Polarity = "重大负面", Responsible = R("建安分局") };
        var ok = Run("xuchang", AsOf, c, "xuchang.same-day-reply");
        Assert.Equal(Verdict.Met, ok.Verdict);
        Assert.Equal(I("2026-07-11 00:00"), ok.Deadline);
        var late = c with { Events = [E(EventKind.Discovered, "2026-07-10 22:00"), E(EventKind.Responded, "2026-07-11 00:01")] };
        var f = Run("xuchang", AsOf, late, "xuchang.same-day-reply");
        Assert.Equal(Verdict.Breached, f.Verdict);
        Assert.Equal(1, f.OverrunMinutes);
        Assert.Equal("发现于7月10日22:00，应于7月10日24时前作出回复表明态度，实际7月11日0:01作出回复表明态度，超时1分钟", f.Evidence);
        Assert.Equal(Verdict.NotApplicable, Run("xuchang", AsOf, c, "xuchang.reply-opinion").Verdict);
    }

    [Fact]
    public void Same_day_with_date_only_times_is_decidable()
    {
        var c = Case("X2", E(EventKind.Discovered, "2026-07-10"), E(EventKind.Responded, "2026-07-10")) with { Severity = "重大负面" };
        Assert.Equal(Verdict.Met, Run("xuchang", AsOf, c, "xuchang.same-day-reply").Verdict);
        var next = c with { Events = [E(EventKind.Discovered, "2026-07-10"), E(EventKind.Responded, "2026-07-11")] };
        Assert.Equal(Verdict.Breached, Run("xuchang", AsOf, next, "xuchang.same-day-reply").Verdict);
    }

    [Fact]
    public void Ordinary_negative_reply_opinion_within_eight_hours_of_assignment()
    {
        // 在交办相关科室（单位）后……在收到网络舆情后8小时内提出回复意见
        var c = Case("X3", E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.Assigned, "2026-07-10 09:00"), E(EventKind.ReplyDrafted, "2026-07-10 17:00")) with { Polarity = "普通负面" };
        Assert.Equal(Verdict.Met, Run("xuchang", AsOf, c, "xuchang.reply-opinion").Verdict);
        var late = c with { Events = [.. c.Events.Take(2), E(EventKind.ReplyDrafted, "2026-07-10 17:01")] };
        Assert.Equal(Verdict.Breached, Run("xuchang", AsOf, late, "xuchang.reply-opinion").Verdict);
        var noAssign = c with { Events = [c.Events[0], E(EventKind.ReplyDrafted, "2026-07-10 17:00")] };
        Assert.Equal(Verdict.InsufficientData, Run("xuchang", AsOf, noAssign, "xuchang.reply-opinion").Verdict);
        Assert.Equal(Verdict.NotApplicable, Run("xuchang", AsOf, c, "xuchang.same-day-reply").Verdict);
    }

    [Fact]
    public void Classes_map_the_bureau_words_and_the_recorded_grade_wins()
    {
        // 正面 → neither reply duty
        var pos = Case("X4", E(EventKind.Discovered, "2026-07-10 08:00")) with { Polarity = "正面" };
        Assert.Equal(Verdict.NotApplicable, Run("xuchang", AsOf, pos, "xuchang.same-day-reply").Verdict);
        Assert.Equal(Verdict.NotApplicable, Run("xuchang", AsOf, pos, "xuchang.reply-opinion").Verdict);
        // canonical words: 重大 + 负面 is 重大负面
        var canon = Case("X5", E(EventKind.Discovered, "2026-07-10 08:00")) with { Severity = "重大", Polarity = "负面" };
        Assert.Equal(Verdict.Missing, Run("xuchang", AsOf, canon, "xuchang.same-day-reply").Verdict);
        // the recorded grade 一般 wins over the word 重大负面 in the polarity column
        var mixed = canon with { Severity = "一般", Polarity = "重大负面" };
        Assert.Equal(Verdict.NotApplicable, Run("xuchang", AsOf, mixed, "xuchang.same-day-reply").Verdict);
    }

    [Fact]
    public void Archive_within_30_days_of_closure_by_the_bureau_office()
    {
        var c = Case("X6", E(EventKind.Discovered, "2026-06-28 10:00"), E(EventKind.Closed, "2026-07-01 10:00"));
        var missing = Run("xuchang", AsOf, c, "xuchang.archive");
        Assert.Equal(Verdict.Missing, missing.Verdict);
        Assert.Equal("局办公室", missing.Unit);
        Assert.Equal(I("2026-08-01 00:00"), missing.Deadline); // 7-1 + 30 d = 7-31 (Fri) 24时
        Assert.Equal(Verdict.Met, Run("xuchang", AsOf, c with { ArchivedFlag = true }, "xuchang.archive").Verdict);
        Assert.Equal(Verdict.Pending, Run("xuchang", "2026-07-20 00:00", c, "xuchang.archive").Verdict);
    }

    [Fact]
    public void Leaking_internal_briefings_is_a_breach_of_the_unit_that_leaked()
    {
        // 三（四）舆情简报信息、宣传引导提示和相关内部资料一律不得外传 — the row was filled in by 城关镇, 魏都分局 leaked
        var c = Case("X7", E(EventKind.Discovered, "2026-07-10 08:00"), By(EventKind.Leaked, "2026-07-11 08:00", "魏都分局"));
        var f = Run("xuchang", AsOf, c, "xuchang.confidentiality");
        Assert.Equal((Verdict.Breached, "魏都分局"), (f.Verdict, f.Unit));
        Assert.Equal(Verdict.Met, Run("xuchang", AsOf, c with { Events = [c.Events[0]] }, "xuchang.confidentiality").Verdict);
        // who leaked is not recorded: no unit is blamed on a guess
        var unnamed = c with { Events = [c.Events[0], E(EventKind.Leaked, "2026-07-11 08:00")] };
        Assert.Equal(Verdict.InsufficientData, Run("xuchang", AsOf, unnamed, "xuchang.confidentiality").Verdict);
        var noColumn = Run("xuchang", AsOf, unnamed with { RecordedColumns = new HashSet<string> { "discovered", "leaked" } }, "xuchang.confidentiality");
        Assert.Equal((Verdict.InsufficientData, "外传单位"), (noColumn.Verdict, noColumn.NotRecorded));
    }

    private static Finding Resp(string scope, string? competent, string[] involved, string responsible) =>
        Run("xuchang", AsOf, Case("XR-" + scope, E(EventKind.Discovered, "2026-07-10 08:00")) with
        {
            Scope = scope,
            Competent = competent is null ? null : R(competent),
            Involved = Units(involved),
            Responsible = R(responsible),
        }, "xuchang.responsible-party");

    [Fact]
    public void Responsibility_branches_of_two_one()
    {
        Assert.Equal(Verdict.Met, Resp("重大政策", null, [], "市局").Verdict);                     // 市局是回应主体 (alias)
        Assert.Equal(Verdict.Met, Resp("重大政策", null, [], "政策法规科").Verdict);               // a 局机关科室 speaking is the 市局
        Assert.Equal(Verdict.Breached, Resp("重大政策", null, [], "建安分局").Verdict);             // a 分局 is not the 市局
        Assert.Equal(Verdict.NotApplicable, Resp("单一属地", null, ["建安分局"], "魏都分局").Verdict); // 由所在地政府明确回应主体: not recorded
        Assert.Equal(Verdict.Met, Resp("多个属地", "许昌市自然资源和规划局", ["建安分局", "魏都分局"], "许昌市自然资源和规划局").Verdict);
        Assert.Equal(Verdict.Breached, Resp("多个属地", "许昌市自然资源和规划局", ["建安分局", "魏都分局"], "建安分局").Verdict);
        // 多个部门: 按照职责分工 — any department involved may be the one that replies
        Assert.Equal(Verdict.Met, Resp("多个部门", null, ["市住建局", "许昌市自然资源和规划局"], "许昌市自然资源和规划局").Verdict);
        Assert.Equal(Verdict.Met, Resp("多个部门", null, ["市住建局", "许昌市自然资源和规划局"], "市住建局").Verdict);
        Assert.Equal(Verdict.Breached, Resp("多个部门", null, ["市住建局", "许昌市自然资源和规划局"], "建安分局").Verdict);
        Assert.Equal(Verdict.NotApplicable, Resp("垂直管理", null, [], "建安分局").Verdict);
        Assert.Equal(Verdict.NotApplicable, Resp("区外", null, [], "建安分局").Verdict);
    }
}
