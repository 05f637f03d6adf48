using System.Text;

namespace Auditor.Cli.Tests.Fixtures;

public class FixtureShapeTests
{
    [Fact]
    public void Ledger_header_is_the_canonical_one_without_bom()
    {
        using var f = new GeneratedFixture(cases: 3);
        var bytes = f.LedgerBytes;
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no BOM");
        string firstLine = Encoding.UTF8.GetString(bytes).Split('\n')[0];
        Assert.Equal(
            "舆情编号,填报单位,舆情标题,来源平台,舆情等级,舆情性质,突发事件,涉及范围,涉事单位,责任单位,回应单位," +
            "发现时间,交办时间,发布权威信息时间,新闻发布会时间,回应时间,反馈时间,办结时间,归档时间",
            firstLine);
    }

    [Fact]
    public void Units_header_is_the_registry_one()
    {
        using var f = new GeneratedFixture(cases: 1);
        string firstLine = Encoding.UTF8.GetString(f.UnitsBytes).Split('\n')[0];
        Assert.Equal("单位编码,单位名称,别名,类型,上级单位,主要负责人", firstLine);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(37, 5)]
    [InlineData(2500, 200)]
    public void Row_counts_are_as_asked(int cases, int units)
    {
        using var f = new GeneratedFixture(cases, units);
        var rows = GeneratedFixture.Rows(f.LedgerPath);
        Assert.Equal(cases, rows.Count);
        Assert.All(rows, r => Assert.Equal(19, r.Length));
        var unitRows = GeneratedFixture.Rows(f.UnitsPath);
        Assert.Equal(units, unitRows.Count);
        Assert.All(unitRows, r => Assert.Equal(6, r.Length));
    }

    [Fact]
    public void Case_ids_are_unique_and_numbered_from_one()
    {
        using var f = new GeneratedFixture(cases: 1200);
        var ids = GeneratedFixture.Rows(f.LedgerPath).Select(r => r[0]).ToList();
        Assert.Equal("YQ2026Q3-0000001", ids[0]);
        Assert.Equal("YQ2026Q3-0001200", ids[^1]);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Unit_names_aliases_and_codes_are_unique_and_every_reported_unit_is_registered()
    {
        using var f = new GeneratedFixture(cases: 3000, units: 5000);
        var units = GeneratedFixture.Rows(f.UnitsPath);
        Assert.Equal(5000, units.Count);
        Assert.Equal(5000, units.Select(u => u[0]).Distinct().Count());
        var names = units.Select(u => u[1]).Concat(units.Select(u => u[2]).Where(a => a.Length > 0)).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        // One county office (上级机关) per 100 units, and every other unit points at an existing parent.
        Assert.Equal(50, units.Count(u => u[3] == "上级机关"));
        var registered = names.ToHashSet();
        Assert.All(units.Where(u => u[3] != "上级机关"), u => Assert.Contains(u[4], registered));
        foreach (var row in GeneratedFixture.Rows(f.LedgerPath))
        {
            Assert.Contains(row[1], registered); // 填报单位
            Assert.Contains(row[9], registered); // 责任单位
            Assert.Contains(row[10], registered); // 回应单位
            Assert.All(row[8].Split('、'), u => Assert.Contains(u, registered)); // 涉事单位
        }
    }

    [Fact]
    public void No_cell_needs_quoting()
    {
        using var f = new GeneratedFixture(cases: 2000);
        string text = File.ReadAllText(f.LedgerPath) + File.ReadAllText(f.UnitsPath);
        Assert.DoesNotContain('"', text);
        Assert.DoesNotContain('\r', text);
    }
}
