using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Ingest.Tests;

/// <summary>
/// The fixtures hold what their spec (fixtures/README.md, "What each file holds") promises the audit side:
/// the deliberate timing tails the rules must find. Expectations are the spec's words, not program output.
/// </summary>
public class FixtureSpecTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Auditor.sln"))) d = d.Parent;
        return d!.FullName;
    }

    private static IngestResult Load(string place, string? contains = null)
    {
        var dir = Path.Combine(Root, "fixtures", place);
        var files = Directory.GetFiles(dir).Where(f => Path.GetFileName(f) != "units.csv" && (contains is null || f.Contains(contains))).Order(StringComparer.Ordinal).ToList();
        var reg = UnitRegistryReader.Read(Path.Combine(dir, "units.csv"));
        return LedgerLoader.Load(files, reg, null, new IngestOptions { AsOf = Instant.FromUtc(2026, 10, 14, 16, 0) });
    }

    private static Duration Between(Case c, EventKind kind) => c.First(kind)!.Time.Instant - c.DiscoveredAt!.Instant;

    [Fact]
    public void Huangchuan_q2_only_two_units_respond_after_48_hours()
    {
        var r = Load("huangchuan", "第二季度");
        var late = r.Cases.Where(c => c.First(EventKind.Responded) is not null && Between(c, EventKind.Responded) > Duration.FromHours(48)).ToList();
        Assert.Equal(["HC-2026Q2-003", "HC-2026Q2-006", "HC-2026Q2-011", "HC-2026Q2-019", "HC-2026Q2-022", "HC-2026Q2-027", "HC-2026Q2-038"], late.Select(c => c.CaseId).Order());
        Assert.Equal(["潢川县伞陂镇人民政府", "潢川县住房和城乡建设局"], late.Select(c => c.ReportingUnit!.Name).Distinct().Order());
        Assert.All(r.Cases, c => Assert.NotNull(c.First(EventKind.Responded)));
    }

    [Fact]
    public void Huangchuan_q3_sudden_events_and_the_serial_discovery()
    {
        var r = Load("huangchuan", "第三季度");
        var byId = r.Cases.ToDictionary(c => c.CaseId);
        Assert.Equal(["HC-2026Q3-008", "HC-2026Q3-023", "HC-2026Q3-041", "HC-2026Q3-057", "HC-2026Q3-066"], r.Cases.Where(c => c.Sudden == true).Select(c => c.CaseId));
        Assert.Equal("特别重大", byId["HC-2026Q3-057"].Severity);
        Assert.Equal(Duration.FromMinutes(6 * 60 + 10), Between(byId["HC-2026Q3-041"], EventKind.Released));
        Assert.Null(byId["HC-2026Q3-066"].First(EventKind.PressConference));
        Assert.Equal(new LocalDateTime(2026, 7, 10, 22, 0), byId["HC-2026Q3-005"].DiscoveredAt!.Local);
        Assert.Equal(new LocalDateTime(2026, 7, 14, 9, 35), byId["HC-2026Q3-012"].DiscoveredAt!.Local);
        Assert.Equal(new LocalDateTime(2026, 7, 15, 10, 5, 30), byId["HC-2026Q3-013"].First(EventKind.Reported)!.Time.Local);
        Assert.True(Between(byId["HC-2026Q3-014"], EventKind.Responded) > Duration.FromHours(48));
        Assert.Equal("潢川县伞陂镇人民政府", byId["HC-2026Q3-014"].ReportingUnit!.Name);
    }

    [Fact]
    public void Gaoan_sudden_release_times_and_scopes()
    {
        var r = Load("gaoan");
        var byId = r.Cases.ToDictionary(c => c.CaseId);
        Assert.Equal(["GA2026-0009", "GA2026-0028", "GA2026-0047", "GA2026-0061"], r.Cases.Where(c => c.Sudden == true).Select(c => c.CaseId));
        Assert.Equal(Duration.FromMinutes(27 * 60 + 15), Between(byId["GA2026-0047"], EventKind.Released));
        Assert.Equal("单一属地", byId["GA2026-0014"].Scope);
        Assert.Equal(UnitType.Department, byId["GA2026-0014"].Responsible!.Resolved!.Type);
        Assert.Equal("多个属地", byId["GA2026-0052"].Scope);
        Assert.Contains(byId["GA2026-0052"].Responsible!.Resolved!.Type, new[] { UnitType.Township, UnitType.Street });
        Assert.Equal(new LocalDateTime(2026, 7, 5, 8, 40), byId["GA2026-0007"].DiscoveredAt!.Local);
        Assert.All(r.Cases.Where(c => c.Scope == "多个属地"), c => Assert.Equal(2, c.Involved.Length));
    }

    [Fact]
    public void Zhanggong_pending_urged_and_false_feedback_cases()
    {
        var r = Load("zhanggong");
        var byId = r.Cases.ToDictionary(c => c.CaseId);
        foreach (var id in new[] { "ZGYQ20260057", "ZGYQ20260058", "ZGYQ20260059" })
        {
            Assert.Equal(new LocalDateTime(2026, 10, 20, 17, 0), byId[id].Due!.Local);
            Assert.Null(byId[id].First(EventKind.Feedback));
        }
        foreach (var id in new[] { "ZGYQ20260031", "ZGYQ20260050" })
        {
            Assert.Equal(3, byId[id].All(EventKind.Urged).Count());
            Assert.Null(byId[id].First(EventKind.Closed));
        }
        Assert.Equal("虚假", byId["ZGYQ20260015"].SpotCheck);
        Assert.Equal("虚假", byId["ZGYQ20260042"].SpotCheck);
        Assert.Equal(["ZGYQ20260015", "ZGYQ20260042"], r.Cases.Where(c => c.SpotCheck == "虚假").Select(c => c.CaseId).Order());
        // 3 reporters × 92 days − 6 missing days; late ones after 17:00 on the listed days.
        Assert.Equal(270, r.DailyReports.Length);
        Assert.Equal(89, r.DailyReports.Count(d => d.Unit.Name == "中共章贡区委网络安全和信息化委员会办公室"));
        var after17 = r.DailyReports.Where(d => d.Time.Local.Hour >= 17).Select(d => (d.Unit.Raw, d.Time.Date)).OrderBy(x => x.Date).ToList();
        Assert.Equal([("区政府应急办", new LocalDate(2026, 7, 9)), ("区网宣办", new LocalDate(2026, 8, 20)), ("网安大队", new LocalDate(2026, 9, 15)), ("网安大队", new LocalDate(2026, 9, 16))], after17);
    }

    [Fact]
    public void Xuchang_late_reply_opinions_and_internal_columns()
    {
        var r = Load("xuchang");
        var late = r.Cases.Where(c => c.Polarity == "普通负面" && c.First(EventKind.ReplyDrafted) is { } o && o.Time.Instant - c.First(EventKind.Assigned)!.Time.Instant > Duration.FromHours(8));
        Assert.Equal(["XCZG-2026-004", "XCZG-2026-016", "XCZG-2026-035"], late.Select(c => c.CaseId));
        Assert.All(r.Cases, c => Assert.True(c.Extra.ContainsKey("舆情简报内容") && c.Extra.ContainsKey("宣传引导提示")));
        var byId = r.Cases.ToDictionary(c => c.CaseId);
        foreach (var id in new[] { "XCZG-2026-010", "XCZG-2026-031" })
        {
            Assert.Equal("重大负面", byId[id].Polarity);
            Assert.True(byId[id].First(EventKind.Responded)!.Time.Date > byId[id].DiscoveredAt!.Date);
        }
    }

    [Fact]
    public void Nanan_policy_risk_assessments_rumours_and_responders()
    {
        var r = Load("nanan");
        var byId = r.Cases.ToDictionary(c => c.CaseId);
        Assert.Equal(["NA-YQ-2026004", "NA-YQ-2026015", "NA-YQ-2026030", "NA-YQ-2026042", "NA-YQ-2026050"], r.Cases.Where(c => c.Scope == "重大政策").Select(c => c.CaseId));
        Assert.Null(byId["NA-YQ-2026042"].First(EventKind.RiskAssessed));
        Assert.True(byId["NA-YQ-2026050"].First(EventKind.RiskAssessed)!.Time.Instant > byId["NA-YQ-2026050"].DiscoveredAt!.Instant);
        Assert.True(byId["NA-YQ-2026004"].First(EventKind.RiskAssessed)!.Time.Instant < byId["NA-YQ-2026004"].DiscoveredAt!.Instant);
        Assert.Equal("失实", byId["NA-YQ-2026019"].Truth);
        Assert.Null(byId["NA-YQ-2026019"].First(EventKind.Clarified));
        Assert.Equal(["NA-YQ-2026008", "NA-YQ-2026023", "NA-YQ-2026037"],
            r.Cases.Where(c => c.Responder is not null && c.Competent is not null && c.Responder.Name != c.Competent.Name).Select(c => c.CaseId));
    }
}
