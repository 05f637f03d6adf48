using System.Collections.Immutable;
using Auditor.Core.Domain;

namespace Auditor.Core.Tests.Domain;

/// <summary>Unit names as offices write them: full-width codes, common short forms, names without the county.</summary>
public class UnitRegistryTests
{
    private static Unit U(string code, string name, params string[] aliases) => new(code, name, [.. aliases], UnitType.Department, null, null);

    private static readonly UnitRegistry Registry = new([
        U("HC01", "潢川县春申街道办事处", "春申街道"),
        U("HC06", "潢川县伞陂镇人民政府"),
        U("HC20", "潢川县住房和城乡建设局"),
        U("HC22", "潢川县市场监督管理局"),
        U("HC24", "潢川县卫生健康委员会"),
        U("HC25", "潢川县发展和改革委员会"),
        U("HC30", "潢川县人民政府办公室"),
        U("HC31", "潢川县教育体育局"),
        U("HC40", "信阳市生态环境局潢川分局"),
        U("HC41", "信阳市生态环境局光山分局"),
    ]);

    [Theory]
    [InlineData("ＨＣ２２", "HC22")]
    [InlineData("hc22", "HC22")]
    [InlineData("潢川县市场监督管理局　", "HC22")]
    [InlineData("潢川县（春申）", null)]
    [InlineData("春申街道", "HC01")]
    public void Codes_and_names_match_exactly_whatever_the_width_case_and_blanks(string written, string? code)
    {
        var m = Registry.Match(written);
        Assert.Equal(code, m.Unit?.Code);
        Assert.Equal(code is null ? UnitMatchKind.None : UnitMatchKind.Exact, m.Kind);
    }

    [Theory]
    [InlineData("春申街道办", "HC01")]
    [InlineData("潢川县春申街道办", "HC01")]
    [InlineData("伞陂镇政府", "HC06")]
    [InlineData("伞陂镇", "HC06")]
    [InlineData("卫健委", "HC24")]
    [InlineData("县卫健委", "HC24")]
    [InlineData("潢川县卫生健康局", "HC24")]
    [InlineData("住建局", "HC20")]
    [InlineData("县住建局", "HC20")]
    [InlineData("潢川县住房城乡建设局", "HC20")]
    [InlineData("市场监管局", "HC22")]
    [InlineData("发改委", "HC25")]
    [InlineData("县政府办", "HC30")]
    [InlineData("潢川县政府办公室", "HC30")]
    [InlineData("教体局", "HC31")]
    public void A_common_short_form_that_fits_one_unit_resolves_to_it(string written, string code)
    {
        var m = Registry.Match(written);
        Assert.Equal((UnitMatchKind.ShortForm, code), (m.Kind, m.Unit?.Code));
        Assert.Equal(code, Registry.Resolve(written)?.Code);
    }

    [Fact]
    public void A_short_form_that_fits_several_units_lists_them_and_resolves_to_none()
    {
        var m = Registry.Match("信阳市环境局");
        Assert.Equal(UnitMatchKind.None, m.Kind); // not a form of either 分局: no guess
        var both = new UnitRegistry([U("A", "甲县城市管理局"), U("B", "甲县城市管理综合执法局")]);
        var amb = both.Match("城管局");
        Assert.Equal(UnitMatchKind.Ambiguous, amb.Kind);
        Assert.Null(amb.Unit);
        Assert.Equal(["A", "B"], amb.Candidates.Select(u => u.Code));
        Assert.Null(both.Resolve("城管局"));
    }

    [Theory]
    [InlineData("光山县住建局")]   // another county's bureau
    [InlineData("住建")]           // not a form of any name
    [InlineData("街道")]           // too generic to stand for a unit
    public void Other_names_do_not_match(string written) =>
        Assert.Equal(UnitMatchKind.None, Registry.Match(written).Kind);
}
