using System.Diagnostics;
using System.IO.Compression;
using Auditor.Core;

namespace Auditor.Ingest.Tests;

/// <summary>Guards before loading: oversized files and zip bombs are refused fast, with little memory.</summary>
public class InputGuardTests
{
    /// <summary>A minimal xlsx package whose sheet XML inflates to <paramref name="sheetBytes"/> (mostly blanks: compresses ~1000:1).</summary>
    private static string Bomb(TempFiles tmp, long sheetBytes)
    {
        var path = Path.Combine(tmp.Dir, "bomb.xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Text(string name, string text)
        {
            using var w = new StreamWriter(zip.CreateEntry(name).Open());
            w.Write(text);
        }
        Text("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        using var s = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
        var blanks = new byte[1 << 20];
        Array.Fill(blanks, (byte)' ');
        for (long written = 0; written < sheetBytes; written += blanks.Length) s.Write(blanks);
        return path;
    }

    [Fact]
    public void A_sheet_that_would_inflate_past_the_limit_is_refused_before_loading()
    {
        using var tmp = new TempFiles();
        var path = Bomb(tmp, 64L << 20); // 64 MB of sheet XML in a file of well under 1 MB
        Assert.True(new FileInfo(path).Length < (1 << 20));
        var sw = Stopwatch.StartNew();
        var e = Assert.Throws<InputException>(() =>
            LedgerLoader.Load([path], Core.Domain.UnitRegistry.Empty, null, new IngestOptions { MaxSheetBytes = 16L << 20 }));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"took {sw.Elapsed}");
        Assert.Equal(ExitCodes.Input, e.ExitCode);
        Assert.Contains("bomb.xlsx", e.Message);
        Assert.Contains("xl/worksheets/sheet1.xml", e.Message);
        Assert.Contains("超过上限 16 MB", e.Message);
    }

    [Fact]
    public void A_file_past_the_size_limit_is_refused_without_reading_it()
    {
        using var tmp = new TempFiles();
        var path = tmp.Write("big.csv", "舆情编号,发现时间\n" + string.Concat(Enumerable.Repeat("A1,2026-07-03 09:00\n", 200_000)));
        var e = Assert.Throws<InputException>(() =>
            LedgerLoader.Load([path], Core.Domain.UnitRegistry.Empty, null, new IngestOptions { MaxFileBytes = 1L << 20 }));
        Assert.Contains("big.csv", e.Message);
        Assert.Contains("超过上限 1 MB", e.Message);
    }
}
