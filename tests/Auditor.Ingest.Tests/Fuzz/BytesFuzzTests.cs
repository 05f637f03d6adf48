using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Auditor.Ingest.Tests.Fuzz;

/// <summary>Random bytes behind a signature (none, zip, OLE2, a BOM) under a file extension.</summary>
public sealed record ByteFile(int Prefix, byte[] Body, string Extension)
{
    public static readonly byte[][] Prefixes =
    [
        [],
        [0x50, 0x4B, 0x03, 0x04],
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
        [0xEF, 0xBB, 0xBF],
        [0xFF, 0xFE],
        [0xFE, 0xFF],
    ];

    public static readonly string[] PrefixNames = ["none", "zip", "OLE2", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM"];

    public byte[] Bytes => [.. Prefixes[Prefix], .. Body];

    public override string ToString() => $"{PrefixNames[Prefix]} + {Body.Length} bytes {Convert.ToHexString(Body.Take(64).ToArray())}{(Body.Length > 64 ? "…" : "")} as {Extension}";
}

/// <summary>A valid workbook with some of its bytes overwritten and its tail possibly cut.</summary>
public sealed record DamagedWorkbook(int Seed, (int At, byte Value)[] Flips, int Keep)
{
    public override string ToString() => $"workbook #{Seed}, flips [{string.Join(",", Flips.Select(f => $"{f.At}={f.Value:X2}"))}], keep {Keep}‰";
}

/// <summary>
/// Fuzzing the byte level: random bytes with and without a zip/OLE signature or BOM under every
/// extension, and real .xlsx workbooks with damaged bytes. Each ends in a result or an InputException naming the file.
/// </summary>
[Properties(Arbitrary = new[] { typeof(BytesFuzzTests.Arbitraries) })]
public class BytesFuzzTests : IDisposable
{
    public static class Arbitraries
    {
        public static Arbitrary<ByteFile> ByteFiles() => Arb.From(Files, ShrinkBytes);
        public static Arbitrary<DamagedWorkbook> DamagedWorkbooks() => Arb.From(Damaged, ShrinkDamage);
    }

    private readonly TempFiles _tmp = new();
    private int _n;

    public void Dispose() => _tmp.Dispose();

    private static readonly Gen<ByteFile> Files =
        from prefix in Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Choose(3, 5)))
        from length in Gen.Frequency((4, Gen.Choose(0, 64)), (3, Gen.Choose(65, 1024)), (1, Gen.Choose(1025, 8192)))
        from body in Gen.ArrayOf(ArbMap.Default.ArbFor<byte>().Generator, length)
        from ext in Gen.Elements(".csv", ".xlsx", ".xls", ".xlsm", ".txt", "")
        select new ByteFile(prefix, body, ext);

    private static IEnumerable<ByteFile> ShrinkBytes(ByteFile f)
    {
        if (f.Body.Length > 0)
        {
            yield return f with { Body = [] };
            yield return f with { Body = f.Body[..(f.Body.Length / 2)] };
            yield return f with { Body = f.Body[(f.Body.Length / 2)..] };
            if (f.Body.Length > 1) yield return f with { Body = f.Body[1..] };
            yield return f with { Body = f.Body[..^1] };
        }
        if (f.Extension != ".csv") yield return f with { Extension = ".csv" };
    }

    [Property(MaxTest = 400)]
    public void Random_bytes_end_in_a_result_or_a_clear_error(ByteFile f)
    {
        FuzzOutcome.Load(_tmp.WriteBytes($"bytes{Interlocked.Increment(ref _n)}{f.Extension}", f.Bytes));
    }

    private static readonly Lazy<byte[][]> Workbooks = new(() =>
    {
        using var tmp = new TempFiles();
        var list = new List<byte[]>();
        for (int i = 0; i < 4; i++)
        {
            var path = tmp.PathOf($"wb{i}.xlsx");
            var rows = new List<object?[]?> { new object?[] { "舆情编号", "填报单位", "舆情标题", "发现时间", "上报时间" } };
            for (int r = 0; r < 3 + i * 4; r++)
                rows.Add(["BAD-" + r, r % 2 == 0 ? "城关镇" : "火星镇", new XInline("标题" + r), new XDateTime(new DateTime(2026, 8, 1 + r, 9, 0, 0)), "2026-08-0" + (1 + r % 9) + " 10:00"]);
            XlsxBuilder.Write(path, ("台账", rows.ToArray()));
            list.Add(File.ReadAllBytes(path));
        }
        return [.. list];
    });

    private static readonly Gen<DamagedWorkbook> Damaged =
        from seed in Gen.Choose(0, 3)
        from n in Gen.Choose(0, 6)
        from flips in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 1 << 20), ArbMap.Default.ArbFor<byte>().Generator).Select(t => (t.Item1, t.Item2)), n)
        from keep in Gen.Frequency((3, Gen.Constant(1000)), (1, Gen.Choose(0, 999)))
        select new DamagedWorkbook(seed, flips, keep);

    private static IEnumerable<DamagedWorkbook> ShrinkDamage(DamagedWorkbook d)
    {
        for (int i = 0; i < d.Flips.Length; i++) yield return d with { Flips = [.. d.Flips.Take(i), .. d.Flips.Skip(i + 1)] };
        if (d.Keep < 1000) yield return d with { Keep = 1000 };
        if (d.Seed > 0) yield return d with { Seed = 0 };
    }

    [Property(MaxTest = 300)]
    public void Damaged_xlsx_ends_in_a_result_or_a_clear_error(DamagedWorkbook d)
    {
        var bytes = (byte[])Workbooks.Value[d.Seed].Clone();
        foreach (var (at, value) in d.Flips) bytes[at % bytes.Length] = value;
        bytes = bytes[..Math.Max(1, (int)((long)bytes.Length * d.Keep / 1000))];
        FuzzOutcome.Load(_tmp.WriteBytes($"damaged{Interlocked.Increment(ref _n)}.xlsx", bytes));
    }
}
