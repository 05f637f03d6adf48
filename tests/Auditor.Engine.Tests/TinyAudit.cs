using System.IO.Compression;
using System.Text.RegularExpressions;
using Auditor.Core;
using Auditor.Core.Domain;
using NodaTime;

namespace Auditor.Engine.Tests;

/// <summary>
/// Runs of the engine on the hand-worked ledger of scripts/bench/tiny (national pack, 2026Q3, as of 2026-10-15 00:00;
/// its README gives the facts of every case): 甲镇人民政府, 乙街道办事处 and 丙局 under one superior office.
/// </summary>
internal static partial class TinyAudit
{
    public const string Jia = "甲镇人民政府", Yi = "乙街道办事处", Bing = "丙局";

    public static readonly Instant AsOf = new LocalDateTime(2026, 10, 15, 0, 0).InZoneLeniently(AuditorZones.Default).ToInstant();

    public static AuditRequest Request(string? outDir, string? unit = null, string? ledger = null, string? history = null) => new()
    {
        RulesDir = TestRepo.Rules,
        Pack = "national",
        Ledgers = [ledger ?? TestRepo.Tiny("ledger.csv")],
        UnitsFile = TestRepo.Tiny("units.csv"),
        Period = AuditPeriod.Parse("2026Q3"),
        AsOf = AsOf,
        Zone = AuditorZones.Default,
        OutDir = outDir,
        HistoryPath = history,
        SelfCheckUnit = unit,
    };

    /// <summary>The tiny ledger without the rows of the units <paramref name="drop"/> names, written into <paramref name="dir"/>.</summary>
    public static string LedgerWithout(string dir, params string[] drop)
    {
        var path = Path.Combine(dir, "ledger-" + string.Join("-", drop.Select(d => d[..1])) + ".csv");
        File.WriteAllLines(path, File.ReadAllLines(TestRepo.Tiny("ledger.csv")).Where((l, i) => i == 0 || !drop.Contains(l.Split(',')[1])));
        return path;
    }

    /// <summary>The visible text of a .docx (its paragraphs, one a line).</summary>
    public static string DocxText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var r = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return Tags().Replace(r.ReadToEnd().Replace("</w:p>", "\n"), "");
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
