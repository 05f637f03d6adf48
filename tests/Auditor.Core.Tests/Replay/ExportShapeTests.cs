using Auditor.Core.Domain;
using Auditor.Core.Replay;
using static Auditor.Core.Tests.Golden.GoldenKit;

namespace Auditor.Core.Tests.Replay;

/// <summary>What the engine does when an export lacks a column, and with registries whose names differ from the pack's.</summary>
public class ExportShapeTests
{
    private const string AsOf = "2026-10-15 00:00";

    [Fact]
    public void A_target_the_export_never_records_is_insufficient_not_missing()
    {
        // xuchang 二（二）2 requires 报送局领导, but an export without a 上报时间 column cannot show it either way
        var plainCase = Case("E1", E(EventKind.Discovered, "2026-07-10 08:00"), E(EventKind.Responded, "2026-07-10 12:00")) with { Polarity = "重大负面" };
        var c = plainCase with { RecordedColumns = new HashSet<string> { "case_id", "polarity", "discovered", "responded" } };
        var engine = Engine("xuchang", AsOf);
        var f = engine.Replay(c).Single(x => x.RuleId == "xuchang.report");
        Assert.Equal(Verdict.InsufficientData, f.Verdict);
        Assert.Contains("台账没有“上报时间（报局领导）”列", f.Evidence);
        Assert.Equal("上报时间（报局领导）", f.NotRecorded);
        Assert.Null(f.OverrunMinutes);
        Assert.Equal(Verdict.Met, engine.Replay(c).Single(x => x.RuleId == "xuchang.same-day-reply").Verdict);
        // without knowing the export's columns the same case is an accusation
        var missing = engine.Replay(plainCase).Single(x => x.RuleId == "xuchang.report");
        Assert.Equal(Verdict.Missing, missing.Verdict);
        Assert.Null(missing.NotRecorded);
    }

    [Fact]
    public void Archived_flag_counts_without_a_closure_time()
    {
        var c = Case("E2", E(EventKind.Discovered, "2026-07-10 08:00")) with { ArchivedFlag = true };
        Assert.Equal(Verdict.Met, Run("xuchang", AsOf, c, "xuchang.archive").Verdict);
        Assert.Equal(Verdict.InsufficientData, Run("xuchang", AsOf, c with { ArchivedFlag = false }, "xuchang.archive").Verdict);
    }

    private static readonly UnitRegistry Office = new(
    [
        new Unit("ZG30", "章贡区人民政府应急管理办公室", ["区政府应急办"], UnitType.Department, null, null),
        new Unit("ZG31", "中共章贡区委网络安全和信息化委员会办公室", ["区网宣办"], UnitType.Department, null, null),
        new Unit("ZG32", "赣州市公安局章贡分局网络安全保卫大队", ["网安大队"], UnitType.Vertical, null, null),
        new Unit("ZG40", "中共章贡区委办公室", ["区委办"], UnitType.Department, null, null),
    ]);

    [Fact]
    public void Pack_unit_names_resolve_to_the_office_registry_by_containment()
    {
        // 区委办公室 ⊂ 中共章贡区委办公室; 网安大队 ⊂ 市公安局章贡分局网安大队
        var c = Case("E3", E(EventKind.Closed, "2026-07-01 10:00")) with { Severity = "重大" };
        var engine = new ReplayEngine(Pack("zhanggong"), Calc, Office, I(AsOf));
        Assert.Equal("中共章贡区委办公室", engine.Replay(c).Single(x => x.RuleId == "zhanggong.review").Unit);
        var reports = new List<DailyReport> { new(Office.Ref("网安大队"), T("2026-07-01 09:00"), new SourceRef("l", null, 1)) };
        var daily = engine.ReplayDailyReports(reports, AuditPeriod.Parse("2026-07"), Office).ToList();
        var first = daily.Single(f => f.Unit == "赣州市公安局章贡分局网络安全保卫大队" && f.CaseId == "日报-2026-07-01");
        Assert.Equal(Verdict.Met, first.Verdict);
    }

    [Fact]
    public void A_daily_report_unit_missing_from_the_registry_gets_one_finding_not_a_month_of_accusations()
    {
        var registry = new UnitRegistry([new Unit("A", "区政府应急办", [], UnitType.Department, null, null)]);
        var engine = new ReplayEngine(Pack("zhanggong"), Calc, registry, I(AsOf));
        var daily = engine.ReplayDailyReports([], AuditPeriod.Parse("2026-07"), registry).ToList();
        // the two units the registry lacks: one finding each; the known unit has no 日报 row at all: one not-recorded finding
        Assert.Equal(1 + 1 + 1, daily.Count);
        Assert.Equal(2, daily.Count(f => f.Verdict == Verdict.InsufficientData && f.Evidence.Contains("单位名录中找不到")));
        var known = Assert.Single(daily, f => f.Unit == "区政府应急办");
        Assert.Equal((Verdict.InsufficientData, "日报记录"), (known.Verdict, known.NotRecorded));
    }
}
