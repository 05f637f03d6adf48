using System.Text;
using Auditor.Cli.Tests.TimeCommands;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Auditor.Cli.Tests.BadInput;

/// <summary>
/// `auditor inspect` through the real entry on random files (bytes behind a zip/OLE/BOM signature, or csv text built
/// from header words and bad values): exit 0 or 3, never 1, never a stack trace; exit 3 names the file.
/// </summary>
[Properties(Arbitrary = new[] { typeof(InspectFuzzTests.Arbitraries) })]
public class InspectFuzzTests : IDisposable
{
    public static class Arbitraries
    {
        public static Arbitrary<InspectInput> Inputs() => Arb.From(InputGen, Shrink);
    }

    private readonly string _dir = Directory.CreateTempSubdirectory("auditor-inspect-fuzz-").FullName;
    private int _n;

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private static readonly byte[][] Prefixes = [[], [0x50, 0x4B, 0x03, 0x04], [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE]];

    private static readonly string[] Words =
        ["舆情编号", "发现时间", "上报时间", "填报单位", "环节", "时间", "BAD-001", "2026-08-01 09:00", "2026-13-45 25:61", "昨天下午",
         "城关镇", "火星镇", "=HYPERLINK(\"x\")", "\"", ",", "\n", "\r\n", "\t", "\u0001", " ", "45870.5"];

    public sealed record InspectInput(byte[] Bytes, string Extension)
    {
        public override string ToString() => $"{Bytes.Length} bytes {Convert.ToHexString(Bytes.Take(80).ToArray())} as {Extension}";
    }

    private static readonly Gen<InspectInput> InputGen =
        from kind in Gen.Choose(0, 1)
        from prefix in Gen.Choose(0, Prefixes.Length - 1)
        from raw in Gen.Choose(0, 600).SelectMany(n => Gen.ArrayOf(ArbMap.Default.ArbFor<byte>().Generator, n))
        from words in Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n))
        from ext in Gen.Elements(".csv", ".xlsx", ".xls", ".txt")
        select new InspectInput(kind == 0 ? [.. Prefixes[prefix], .. raw] : Encoding.UTF8.GetBytes(string.Concat(words)), ext);

    private static IEnumerable<InspectInput> Shrink(InspectInput i)
    {
        if (i.Bytes.Length == 0) yield break;
        yield return i with { Bytes = i.Bytes[..(i.Bytes.Length / 2)] };
        yield return i with { Bytes = i.Bytes[(i.Bytes.Length / 2)..] };
        yield return i with { Bytes = i.Bytes[..^1] };
    }

    [Property(MaxTest = 200)]
    public void Inspect_of_any_file_exits_0_or_3_without_a_trace(InspectInput input)
    {
        var path = Path.Combine(_dir, $"in{Interlocked.Increment(ref _n)}{input.Extension}");
        File.WriteAllBytes(path, input.Bytes);
        var (code, _, err) = CliRun.Run("inspect", path, "--as-of", "2026-10-15 00:00", "--format", "json");
        if (code is not (0 or 3)) throw new Xunit.Sdk.XunitException($"exit {code}:\n{err}");
        BadInputCorpusTests.AssertNoTrace(err);
        if (code == 3 && !err.Contains(path)) throw new Xunit.Sdk.XunitException($"the message does not name the file:\n{err}");
    }
}
