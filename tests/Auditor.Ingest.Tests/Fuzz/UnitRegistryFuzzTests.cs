using Auditor.Core;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Auditor.Ingest.Tests.Fuzz;

/// <summary>
/// Fuzzing the unit registry reader: random registry csv files (registry headers in any order, good and bad values,
/// five encodings). A fault in the registry stops the run, so the property is: a registry, or an InputException in
/// Chinese naming the file — never another exception.
/// </summary>
[Properties(Arbitrary = new[] { typeof(UnitRegistryFuzzTests.Arbitraries) })]
public class UnitRegistryFuzzTests : IDisposable
{
    public static class Arbitraries
    {
        public static Arbitrary<CsvExport> CsvExports() => Arb.From(Registries, Shrink);
    }

    private readonly TempFiles _tmp = new();
    private int _n;

    public void Dispose() => _tmp.Dispose();

    private static readonly string[] RegistryHeaders = ["单位编码", "单位名称", "别名", "类型", "上级单位", "主要负责人", "名称", "备注", ""];
    private static readonly string[] RegistryValues =
        ["T01", "T02", "测试县城关镇人民政府", "城关镇", "城关镇、东城", "乡镇", "街道", "部门", "直属单位", "外星机构", "", " ", "测试县人民政府", "张三", "T01 "];

    private static readonly Gen<CsvExport> Registries =
        from header in Gen.Shuffle(RegistryHeaders).SelectMany(h => Gen.Choose(1, h.Length).Select(k => h.Take(k).ToArray()))
        from rows in Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.ArrayOf(
            Gen.Frequency((4, Gen.Elements(RegistryValues)), (1, FuzzValues.Cell(allowNul: false))), header.Length), n))
        from encoding in Gen.Choose(0, 4)
        from style in Gen.Choose(0, 3)
        select new CsvExport(header, rows, encoding, style);

    private static IEnumerable<CsvExport> Shrink(CsvExport e)
    {
        for (int r = 0; r < e.Rows.Length; r++)
            yield return e with { Rows = [.. e.Rows.Take(r), .. e.Rows.Skip(r + 1)] };
    }

    [Property(MaxTest = 300)]
    public void Any_registry_csv_ends_in_a_registry_or_a_clear_error(CsvExport e)
    {
        var path = _tmp.WriteBytes($"units{Interlocked.Increment(ref _n)}.csv", FuzzValues.Encode(e.Render().Text, e.Encoding));
        try
        {
            var reg = UnitRegistryReader.Read(path);
            if (reg.Units.Length == 0) throw new Xunit.Sdk.XunitException("an empty registry was accepted");
        }
        catch (InputException x)
        {
            if (!FuzzOutcome.IsChinese(x.Message) || !x.Message.Contains(path))
                throw new Xunit.Sdk.XunitException($"unclear message: {x.Message}");
        }
    }
}
