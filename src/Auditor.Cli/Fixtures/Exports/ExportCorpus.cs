using System.Text;
using static Auditor.Cli.Fixtures.Exports.ExportCell;

namespace Auditor.Cli.Fixtures.Exports;

/// <summary>
/// Writes the export corpus (fixtures/exports): the cases of <see cref="ExportCorpusCases"/> laid out the way county
/// offices make exports in WPS and Excel, one habit per file — merged unit cells, a case id merged over event-log steps,
/// a two-row header, totals and sign-off rows, month sheets numbered only by 序号 with a hidden drop-down sheet,
/// ids in scientific notation, unit names written every which way, line breaks inside csv cells, one case in two
/// files, date and time of day in separate columns, 12-hour spellings and dates without a year. Each merged export
/// comes with its twin "*.filled.*", the same cells typed out without merging.
/// The expected reading of each file is written by hand in fixtures/exports/expected.yaml.
/// </summary>
internal static class ExportCorpus
{
    private const string Title = "清河县2026年第三季度政务舆情处置台账";
    private static readonly string[] LedgerHeader = ["序号", "舆情编号", "填报单位", "舆情标题", "舆情等级", "突发事件", "舆情性质", "发现时间", "回应时间"];
    private static readonly CorpusCase[] Cases = ExportCorpusCases.Cases;

    public static IReadOnlyList<string> Write(string outDir)
    {
        Directory.CreateDirectory(outDir);
        var written = new List<string>();
        string P(string name)
        {
            var path = Path.Combine(outDir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            written.Add(name);
            return path;
        }

        WriteRegistry(P("units.csv"));
        var merged = MergedUnits();
        ExportFiles.WriteXlsx(P("merged-units.xlsx"), merged);
        ExportFiles.WriteXlsx(P("merged-units.filled.xlsx"), merged.Filled());
        ExportFiles.WriteXls(P("merged-units.xls"), merged);
        ExportFiles.WriteXls(P("merged-units.filled.xls"), merged.Filled());
        var log = MergedEventLog();
        ExportFiles.WriteXlsx(P("merged-event-log.xlsx"), log);
        ExportFiles.WriteXlsx(P("merged-event-log.filled.xlsx"), log.Filled());
        ExportFiles.WriteXls(P("merged-event-log.xls"), log);
        var twoRows = TwoRowHeader();
        ExportFiles.WriteXlsx(P("two-row-header.xlsx"), twoRows);
        ExportFiles.WriteXlsx(P("two-row-header.filled.xlsx"), twoRows.Filled());
        ExportFiles.WriteCsv(P("two-row-header.csv"), twoRows);
        ExportFiles.WriteXlsx(P("footers.xlsx"), Footers());
        ExportFiles.WriteXlsx(P("month-sheets.xlsx"), MonthSheets());
        ExportFiles.WriteCsv(P("scientific-ids.csv"), ScientificIds());
        ExportFiles.WriteCsv(P("unit-names.csv"), UnitNames());
        ExportFiles.WriteCsv(P("multiline.csv"), Multiline());
        var split = SplitDateTime();
        ExportFiles.WriteXlsx(P("split-date-time.xlsx"), split);
        ExportFiles.WriteXls(P("split-date-time.xls"), split);
        ExportFiles.WriteCsv(P("twelve-hour.csv"), Spelled("csv", TwelveHour));
        ExportFiles.WriteCsv(P("yearless-dates.csv"), Spelled("csv", WithoutYear));
        ExportFiles.WriteCsv(P("yearless-q4.csv"), YearlessFourthQuarter());
        var (own, office) = SameCaseInTwoFiles();
        ExportFiles.WriteXlsx(P("same-id/城关镇台账.xlsx"), own);
        ExportFiles.WriteCsv(P("same-id/清河县汇总.csv"), office);
        return written;
    }

    private static void WriteRegistry(string path)
    {
        var sb = new StringBuilder();
        foreach (var row in ExportCorpusCases.Registry.Prepend(ExportCorpusCases.RegistryHeader)) sb.Append(string.Join(',', row)).Append('\n');
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    /// <summary>The ordinary ledger row of a case: 序号, id, unit, title, the attributes, discovered, responded.</summary>
    private static ExportCell?[] LedgerRow(int number, CorpusCase c, string? id = null, string? unit = null) =>
    [
        Of(number), Of(id ?? c.Id), Of(unit ?? c.Unit), Of(c.Title),
        .. ExportCorpusCases.Attributes.Select(a => (ExportCell?)Of(a.Value)),
        At(c.Discovered), c.Responded is { } r ? At(r) : null,
    ];

    private static ExportCell?[] Texts(params string?[] texts) => [.. texts.Select(t => t is null ? (ExportCell?)null : Of(t))];

    /// <summary>填报单位 merged down over each unit's rows, under a title merged across (the issue's most common habit).</summary>
    private static ExportSheet MergedUnits()
    {
        var s = new ExportSheet("舆情台账");
        s.MergeAcross(s.Add(Of(Title)), 0, LedgerHeader.Length - 1);
        s.Add(Texts(LedgerHeader));
        foreach (var group in Cases.Select((c, i) => (c, i)).GroupBy(x => x.c.UnitCode))
        {
            int first = 0, last = 0;
            foreach (var (c, i) in group)
            {
                var row = LedgerRow(i + 1, c);
                if (first != 0) row[2] = null;
                last = s.Add(row);
                if (first == 0) first = last;
            }
            s.MergeDown(2, first, last);
        }
        return s;
    }

    /// <summary>An event log whose case columns (舆情编号 … 舆情性质) are merged over each case's step rows.</summary>
    private static ExportSheet MergedEventLog()
    {
        var s = new ExportSheet("处置环节");
        s.Add(Texts(["舆情编号", "填报单位", "舆情标题", .. ExportCorpusCases.Attributes.Select(a => a.Header), "环节", "时间", "办理单位"]));
        foreach (var c in Cases)
        {
            var steps = new List<(string Stage, DateTime Time)> { ("发现", c.Discovered), ("交办", c.Discovered.AddMinutes(30)) };
            if (c.Responded is { } r) steps.Add(("回应", r));
            int first = 0, last = 0;
            foreach (var (stage, time) in steps)
            {
                ExportCell?[] row = first == 0
                    ? [Of(c.Id), Of(c.Unit), Of(c.Title), .. ExportCorpusCases.Attributes.Select(a => (ExportCell?)Of(a.Value)), Of(stage), At(time), Of(c.Unit)]
                    : [null, null, null, null, null, null, Of(stage), At(time), Of(c.Unit)];
                last = s.Add(row);
                if (first == 0) first = last;
            }
            for (int col = 0; col < 3 + ExportCorpusCases.Attributes.Length; col++) s.MergeDown(col, first, last);
        }
        return s;
    }

    /// <summary>A title, then group cells 基本情况 / 处置情况 above the names, 序号 and 舆情编号 merged down over both header rows.</summary>
    private static ExportSheet TwoRowHeader()
    {
        var s = new ExportSheet("台账");
        s.MergeAcross(s.Add(Of(Title)), 0, LedgerHeader.Length - 1);
        int groups = s.Add(Texts("序号", "舆情编号", "基本情况", null, null, null, null, "处置情况", null));
        s.Add(Texts([null, null, .. LedgerHeader[2..]]));
        s.MergeDown(0, groups, groups + 1);
        s.MergeDown(1, groups, groups + 1);
        s.MergeAcross(groups, 2, 6);
        s.MergeAcross(groups, 7, 8);
        for (int i = 0; i < Cases.Length; i++) s.Add(LedgerRow(i + 1, Cases[i]));
        return s;
    }

    /// <summary>Cases by month with 小计 rows, a 合计 row, a sign-off line and a note, as printed ledgers end.</summary>
    private static ExportSheet Footers()
    {
        var s = new ExportSheet("舆情台账");
        int width = LedgerHeader.Length;
        s.MergeAcross(s.Add(Of(Title)), 0, width - 1);
        s.Add(Texts(LedgerHeader));
        int n = 0;
        foreach (var month in Cases.GroupBy(c => c.Discovered.Month).OrderBy(g => g.Key))
        {
            foreach (var c in month.OrderBy(c => c.Discovered)) s.Add(LedgerRow(++n, c));
            s.MergeAcross(s.Add(Of($"{month.Key}月小计：{month.Count()}件")), 0, 6);
        }
        s.MergeAcross(s.Add(Of($"合计：{Cases.Length}件")), 0, 6);
        s.Add(null);
        s.MergeAcross(s.Add(Of("填表人：李强　　审核人：王芳　　填报日期：2026年10月8日")), 0, width - 1);
        s.MergeAcross(s.Add(Of("注：回应时间指首次公开回应的时间；未回应的留空。")), 0, width - 1);
        return s;
    }

    /// <summary>One sheet per month numbered only by 序号 (1, 2, … in each), an instructions sheet and a hidden drop-down sheet.</summary>
    private static ExportSheet[] MonthSheets()
    {
        var sheets = new List<ExportSheet>();
        var help = new ExportSheet("填报说明");
        help.Add(Of("1. 每月一个工作表，按发现时间先后填写。"));
        help.Add(Of("2. 填报单位、舆情等级、突发事件请从下拉列表中选择。"));
        sheets.Add(help);
        string[] header = ["序号", "填报单位", "舆情标题", .. ExportCorpusCases.Attributes.Select(a => a.Header), "发现时间", "回应时间"];
        foreach (var month in Cases.GroupBy(c => c.Discovered.Month).OrderBy(g => g.Key))
        {
            var s = new ExportSheet($"{month.Key}月");
            s.Add(Texts(header));
            int n = 0;
            foreach (var c in month.OrderBy(c => c.Discovered))
            {
                var row = LedgerRow(++n, c);
                s.Add([row[0], .. row[2..]]);
            }
            sheets.Add(s);
        }
        var lists = new ExportSheet("下拉选项", hidden: true);
        lists.Add(Texts("填报单位", "舆情等级", "突发事件", "舆情性质"));
        lists.Add(Texts("城关镇", "一般", "是", "负面"));
        lists.Add(Texts("东城街道", "较大", "否", "正面"));
        lists.Add(Texts("县住建局", "重大", null, "中性"));
        lists.Add(Texts("卫健委", "特别重大", null, null));
        sheets.Add(lists);
        return [.. sheets];
    }

    /// <summary>Twelve-digit ids that Excel showed as 2.02607E+11 and saved so in the csv.</summary>
    private static ExportSheet ScientificIds()
    {
        var s = new ExportSheet("csv");
        s.Add(Texts(LedgerHeader));
        for (int i = 0; i < Cases.Length; i++) s.Add(LedgerRow(i + 1, Cases[i], id: Cases[i].ScientificId));
        return s;
    }

    /// <summary>
    /// Units written every way an office writes them: a full-width code, the registry name, an alias, common short forms
    /// (城关镇政府, 东城街道办, 卫健委), the county added to a short form, and "住建局" alone, which fits both counties' bureaus.
    /// </summary>
    private static ExportSheet UnitNames()
    {
        string[] written =
        [
            "ＱＨ０１", "城关镇政府", "清河县城关镇人民政府", "城关镇",
            "东城街道办", "东城街道", "清河县东城街道",
            "县住建局", "清河县住建局", "住建局",
            "卫健委", "清河县卫健委",
        ];
        var s = new ExportSheet("csv");
        s.Add(Texts(LedgerHeader));
        for (int i = 0; i < Cases.Length; i++) s.Add(LedgerRow(i + 1, Cases[i], unit: written[i]));
        return s;
    }

    /// <summary>Titles with line breaks inside the quoted cell, and an unreadable 交办时间 in the last row.</summary>
    private static ExportSheet Multiline()
    {
        var s = new ExportSheet("csv");
        s.Add(Texts([.. LedgerHeader, "交办时间"]));
        for (int i = 0; i < Cases.Length; i++)
        {
            var c = Cases[i];
            var row = LedgerRow(i + 1, c);
            if (i % 3 == 0) row[3] = Of(c.Title + "\n（网民多次反映，\n已转办）");
            row = [.. row, i == Cases.Length - 1 ? Of("另行交办") : At(c.Discovered.AddMinutes(45))];
            s.Add(row);
        }
        return s;
    }

    /// <summary>发现日期/发现时间 and 回应日期/回应时间 in separate columns: date cells and time-only cells (20:23 is 0.849305… of a day).</summary>
    private static ExportSheet SplitDateTime()
    {
        var s = new ExportSheet("舆情台账");
        s.Add(Texts([.. LedgerHeader[..7], "发现日期", "发现时间", "回应日期", "回应时间"]));
        for (int i = 0; i < Cases.Length; i++)
        {
            var c = Cases[i];
            var row = LedgerRow(i + 1, c);
            s.Add([.. row[..7], OnDate(c.Discovered), TimeOfDay(c.Discovered.TimeOfDay),
                c.Responded is { } r ? OnDate(r) : null, c.Responded is { } t ? TimeOfDay(t.TimeOfDay) : null]);
        }
        return s;
    }

    /// <summary>The ordinary ledger with its two times written as text by <paramref name="spell"/> (the case's index picks a style).</summary>
    private static ExportSheet Spelled(string name, Func<DateTime, int, string> spell)
    {
        var s = new ExportSheet(name);
        s.Add(Texts(LedgerHeader));
        for (int i = 0; i < Cases.Length; i++)
        {
            var c = Cases[i];
            var row = LedgerRow(i + 1, c);
            row[7] = Of(spell(c.Discovered, i));
            row[8] = c.Responded is { } r ? Of(spell(r, i + 1)) : null;
            s.Add(row);
        }
        return s;
    }

    /// <summary>The part-of-day word offices write before a 12-hour time.</summary>
    private static string DayPart(int hour) => hour switch { < 5 => "凌晨", < 9 => "早上", < 12 => "上午", 12 => "中午", < 18 => "下午", _ => "晚上" };

    /// <summary>12-hour spellings: 2026.7.3 上午9:12, 2026年7月15日晚上8时23分, 2026/8/2 2:26 PM, 2026-07-22 下午5点30分.</summary>
    private static string TwelveHour(DateTime t, int style)
    {
        int h12 = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        return (style % 4) switch
        {
            0 => $"{t.Year}.{t.Month}.{t.Day} {DayPart(t.Hour)}{h12}:{t.Minute:00}",
            1 => $"{t.Year}年{t.Month}月{t.Day}日{DayPart(t.Hour)}{h12}时{t.Minute:00}分",
            2 => $"{t.Year}/{t.Month}/{t.Day} {h12}:{t.Minute:00} {(t.Hour < 12 ? "AM" : "PM")}",
            _ => t.Minute == 0 ? $"{t:yyyy-MM-dd} {DayPart(t.Hour)}{h12}点" : $"{t:yyyy-MM-dd} {DayPart(t.Hour)}{h12}点{t.Minute}分",
        };
    }

    /// <summary>Dates without a year: 7月3日 9:12, 7月15日20:23, 08-02 14:26.</summary>
    private static string WithoutYear(DateTime t, int style) => (style % 3) switch
    {
        0 => $"{t.Month}月{t.Day}日 {t.Hour}:{t.Minute:00}",
        1 => $"{t.Month}月{t.Day}日{t.Hour:00}:{t.Minute:00}",
        _ => $"{t:MM-dd HH:mm}",
    };

    /// <summary>A fourth quarter without years: cases discovered on 12月30日/12月31日 answered on 1月1日/1月2日 of the next year.</summary>
    private static ExportSheet YearlessFourthQuarter()
    {
        var s = new ExportSheet("csv");
        s.Add(Texts(LedgerHeader));
        s.Add(Texts(["1", "QH2026-101", "城关镇", "城关镇供暖管道破裂引发关注", .. ExportCorpusCases.Attributes.Select(a => a.Value), "12月30日 20:00", "1月1日 19:00"]));
        s.Add(Texts(["2", "QH2026-102", "东城街道", "东城街道跨年活动人员聚集", .. ExportCorpusCases.Attributes.Select(a => a.Value), "12月31日 9:00", "1月2日 10:00"]));
        return s;
    }

    /// <summary>
    /// 城关镇's own ledger and the office's consolidated csv both list 城关镇's cases: 001–003 alike in both, 004 with a
    /// response time only in the office's copy (which copy is right, only the office can tell).
    /// </summary>
    private static (ExportSheet Own, ExportSheet Office) SameCaseInTwoFiles()
    {
        var own = new ExportSheet("城关镇");
        own.Add(Texts(LedgerHeader));
        var office = new ExportSheet("csv");
        office.Add(Texts(LedgerHeader));
        for (int i = 0; i < Cases.Length; i++)
        {
            var c = Cases[i];
            if (c.UnitCode == "QH01") own.Add(LedgerRow(i + 1, c));
            var copy = c.Id == "QH2026-004" ? c with { Responded = new DateTime(2026, 9, 11, 10, 0, 0) } : c;
            office.Add(LedgerRow(i + 1, copy));
        }
        return (own, office);
    }
}
