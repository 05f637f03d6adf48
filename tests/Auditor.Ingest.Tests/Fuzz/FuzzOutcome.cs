using System.Collections.Immutable;
using Auditor.Core;
using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Ingest.Tests.Fuzz;

/// <summary>
/// The fuzzers' property: reading a file ends either in a result (with data issues) or in an <see cref="InputException"/>
/// whose message is Chinese and names the file — never any other exception (which escapes, so FsCheck shows and shrinks it).
/// </summary>
internal static class FuzzOutcome
{
    public static readonly UnitRegistry Registry = new([
        new Unit("T01", "测试县城关镇人民政府", ["城关镇"], UnitType.Township, null, null),
        new Unit("T02", "测试县东城街道办事处", ["东城街道"], UnitType.Street, null, null),
    ]);

    public static readonly IngestOptions Options = new()
    {
        AsOf = Instant.FromUtc(2026, 10, 14, 16, 0),
        // Small limits so that the guards are exercised too (and a fuzzer never holds a big file).
        MaxFileBytes = 4L << 20,
        MaxSheetBytes = 8L << 20,
    };

    /// <summary>Loads <paramref name="path"/>; returns the result, or null after checking the InputException.</summary>
    public static IngestResult? Load(string path)
    {
        try
        {
            var r = LedgerLoader.Load([path], Registry, null, Options);
            foreach (var i in r.Issues)
                if (string.IsNullOrWhiteSpace(i.Message) || !IsChinese(i.Message))
                    throw new Xunit.Sdk.XunitException($"data issue without a Chinese message: {i}");
            return r;
        }
        catch (InputException e)
        {
            if (!IsChinese(e.Message)) throw new Xunit.Sdk.XunitException($"InputException without a Chinese message: {e.Message}");
            if (!e.Message.Contains(path)) throw new Xunit.Sdk.XunitException($"InputException does not name the file: {e.Message}");
            return null;
        }
    }

    public static bool IsChinese(string s) => s.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
