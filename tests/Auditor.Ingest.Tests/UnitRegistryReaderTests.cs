using Auditor.Core;
using Auditor.Core.Domain;

namespace Auditor.Ingest.Tests;

public class UnitRegistryReaderTests
{
    private const string Header = "单位编码,单位名称,别名,类型,上级单位,主要负责人\n";

    [Fact]
    public void Reads_units_with_aliases_in_every_separator_and_resolves_parents()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("units.csv", Header +
            "HC00,潢川县人民政府,县政府,上级机关,,唐立军\n" +
            "HC20,潢川县住房和城乡建设局,\"县住建局、住建局，建设局,城建局；房管局;住房局\",部门,县政府,郭振华\n" +
            "HC27,信阳市生态环境局潢川分局,潢川生态环境分局（县环保局）,垂直管理,信阳市生态环境局,谢志强\n" +
            "HC01,潢川县春申街道办事处,春申街道,街道,HC00,周建华\n");
        var reg = UnitRegistryReader.Read(path);
        Assert.Equal(4, reg.Units.Length);
        var zj = reg.ByCode("HC20")!;
        Assert.Equal(["县住建局", "住建局", "建设局", "城建局", "房管局", "住房局"], zj.Aliases.ToArray());
        Assert.Equal(UnitType.Department, zj.Type);
        Assert.Equal("郭振华", zj.Head);
        Assert.Equal("HC00", zj.ParentCode);                       // parent given by alias
        Assert.Equal("HC00", reg.ByCode("HC01")!.ParentCode);      // parent given by code
        Assert.Equal("信阳市生态环境局", reg.ByCode("HC27")!.ParentCode); // parent outside the registry stays as written
        foreach (var name in new[] { "潢川县住房和城乡建设局", "县住建局", "住建局", "建设局", "城建局", "房管局", "住房局", "HC20", " 县住建局 " })
            Assert.Same(zj, reg.Resolve(name));
        // Full-width and half-width parentheses are the same.
        Assert.Equal("HC27", reg.Resolve("潢川生态环境分局(县环保局)")?.Code);
        Assert.Equal(UnitType.Vertical, reg.ByCode("HC27")!.Type);
        Assert.Equal(UnitType.Street, reg.ByCode("HC01")!.Type);
        Assert.Null(reg.Resolve("县城建监察大队"));
    }

    [Fact]
    public void Export_units_resolve_through_the_registry_and_unknown_ones_are_reported()
    {
        using var tmp = new TempFiles();
        var reg = UnitRegistryReader.Read(tmp.Write("units.csv", Header +
            "A1,甲镇人民政府,甲镇,乡镇,,\nA2,乙镇人民政府,乙镇,乡镇,,\nB1,县城市管理局,县城管局,部门,,\n"));
        var path = tmp.Write("l.csv", "舆情编号,填报单位,发现时间,涉事单位,责任单位\n" +
            "C1,甲镇,2026-07-03 09:00,\"甲镇、乙镇人民政府，县城管局;丙镇\",县城管局\n");
        var r = LedgerLoader.Load([path], reg, null, IngestOptions.Default);
        var c = Assert.Single(r.Cases);
        Assert.Equal("甲镇人民政府", c.ReportingUnit!.Name);
        Assert.Equal(["甲镇人民政府", "乙镇人民政府", "县城市管理局", "丙镇"], c.Involved.Select(u => u.Name));
        Assert.False(c.Involved[3].IsKnown);
        Assert.Equal("B1", c.Responsible!.Resolved!.Code);
        var i = Assert.Single(r.Issues);
        Assert.Equal((DataIssueKind.UnknownUnit, 2, "涉事单位"), (i.Kind, i.Row!.Value, i.Column));
        Assert.Contains("丙镇", i.Message);
    }

    [Fact]
    public void A_registry_with_a_title_row_is_read()
    {
        using var tmp = new TempFiles();
        var reg = UnitRegistryReader.Read(tmp.Write("units.csv", "某县单位名录,,\n" + Header + "A1,甲镇人民政府,甲镇,乡镇,,\n"));
        Assert.Equal("甲镇人民政府", Assert.Single(reg.Units).Name);
    }

    [Theory]
    [InlineData("A1,,甲镇,乡镇,,\n", "第2行", "单位名称")]
    [InlineData("A1,甲镇人民政府,甲镇,村委会,,\n", "第2行", "村委会")]
    [InlineData("A1,甲镇人民政府,甲镇,乡镇,,\nA2,乙镇人民政府,甲镇,乡镇,,\n", "第3行", "甲镇")]
    [InlineData("A1,甲镇人民政府,甲镇,乡镇,,\nA1,乙镇人民政府,乙镇,乡镇,,\n", "第3行", "A1")]
    [InlineData(",甲镇人民政府,甲镇,乡镇,,\n", "第2行", "单位编码")]
    public void A_faulty_registry_row_stops_the_run_with_file_and_row(string rows, string row, string word)
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("units.csv", Header + rows);
        var e = Assert.Throws<InputException>(() => UnitRegistryReader.Read(path));
        Assert.Contains("units.csv", e.Message);
        Assert.Contains(row, e.Message);
        Assert.Contains(word, e.Message);
    }

    [Fact]
    public void A_file_without_a_name_column_is_not_a_registry()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("units.csv", "编码,负责人\nA1,张三\n");
        Assert.Contains("单位名称", Assert.Throws<InputException>(() => UnitRegistryReader.Read(path)).Message);
    }

    [Fact]
    public void An_xlsx_registry_is_read()
    {
        using var tmp = new TempFiles();
        var path = tmp.PathOf("units.xlsx");
        XlsxBuilder.Write(path, ("名录", [["单位编码", "单位名称", "别名", "类型"], ["A1", "甲镇人民政府", "甲镇；甲", "乡镇"]]));
        var reg = UnitRegistryReader.Read(path);
        Assert.Equal("A1", reg.Resolve("甲")?.Code);
    }
}
