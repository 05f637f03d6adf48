using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Auditor.Core;
using Auditor.Core.Domain;
using Auditor.Ingest;
using Auditor.Ingest.Headers;
using NodaTime;

namespace Auditor.Cli.Commands;

/// <summary>`auditor inspect FILE...`: what was read from exports — shape, header row, column mapping, cases, events, data issues.</summary>
internal static class InspectCommand
{
    public static Command Create(TextWriter stdout)
    {
        var files = new Argument<string[]>("files") { Description = "导出文件（.xlsx .xls .csv），可多个", Arity = ArgumentArity.OneOrMore };
        var units = new Option<string?>("--units") { Description = "单位名录（csv/xlsx），用于识别单位名称和别名" };
        var map = new Option<string?>("--map") { Description = "列名映射文件（YAML：文件列名: 规范字段）" };
        var format = new Option<string>("--format") { Description = "输出格式：text 或 json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var asOf = new Option<string?>("--as-of") { Description = TimeOptionValues.AsOfDescription };
        var zone = new Option<string?>("--zone") { Description = "导出文件中本地时间的时区（默认 Asia/Shanghai）" };
        var maxFileMb = new Option<int?>("--max-file-mb") { Description = "单个输入文件大小上限（MB），缺省 2048" };
        var maxSheetMb = new Option<int?>("--max-sheet-mb") { Description = ".xlsx 工作表解压后大小上限（MB），缺省 200；超过即拒绝（防压缩炸弹）" };
        var cmd = new Command("inspect", "检查导出文件：形态、表头、列映射、舆情和事件数量、数据问题");
        cmd.Arguments.Add(files);
        cmd.Options.Add(units);
        cmd.Options.Add(map);
        cmd.Options.Add(format);
        cmd.Options.Add(asOf);
        cmd.Options.Add(zone);
        cmd.Options.Add(maxFileMb);
        cmd.Options.Add(maxSheetMb);
        var period = new Option<string?>("--period") { Description = "考核期（如 2026Q3），用于补全没有写年份的日期（如“7月5日 14:23”）" };
        cmd.Options.Add(period);
        cmd.SetAction(p =>
        {
            var tz = TimeOptionValues.Zone(p.GetValue(zone));
            var options = new IngestOptions
            {
                Zone = tz,
                AsOf = TimeOptionValues.AsOf(p.GetValue(asOf), tz),
                MaxFileBytes = AuditOptions.Megabytes(p.GetValue(maxFileMb), "--max-file-mb", 2048),
                MaxSheetBytes = AuditOptions.Megabytes(p.GetValue(maxSheetMb), "--max-sheet-mb", 200),
                Period = p.GetValue(period) is not { } pt ? null
                    : AuditPeriod.TryParse(pt, out var pe) ? pe : throw new UsageException($"--period 的值“{pt}”无效：应为 2026Q3、2026-07 或 2026。"),
            };
            var registry = p.GetValue(units) is { } u ? UnitRegistryReader.Read(u) : UnitRegistry.Empty;
            var headerMap = p.GetValue(map) is { } m ? HeaderMap.Load(m) : null;
            var result = LedgerInspection.Read(p.GetValue(files)!, registry, headerMap, options);
            if (p.GetValue(format) == "json") WriteJson(stdout, result, options, tz);
            else WriteText(stdout, result, registry, options, tz);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static string ShapeText(TableShape s) => s == TableShape.Ledger ? "台账（每行一个舆情）" : "环节记录（每行一个环节）";

    private static void WriteText(TextWriter o, LedgerInspection r, UnitRegistry registry, IngestOptions options, DateTimeZone zone)
    {
        foreach (var f in r.Files)
        {
            o.WriteLine($"文件：{f.File}{(f.Sheet is null ? "" : $" [工作表“{f.Sheet}”]")}");
            var header = f.HeaderFirstRow > 0 && f.HeaderFirstRow < f.HeaderRow ? $"第{f.HeaderFirstRow}–{f.HeaderRow}行（两行合成）" : $"第{f.HeaderRow}行";
            var merged = f.MergedRanges > 0 ? $"；合并单元格 {f.MergedRanges} 处（已按所在区域填充）" : "";
            o.WriteLine($"  格式：{f.Format}{(f.Encoding is null ? "" : $"（编码 {f.Encoding}）")}；形态：{ShapeText(f.Shape)}；表头在{header}{merged}");
            o.WriteLine($"  列映射：{string.Join("、", f.Columns.Where(c => c.Target is not null).Select(c => $"{c.Header}→{c.Target}"))}");
            if (f.UnmappedColumns.Length > 0)
                o.WriteLine($"  未映射的列（保留为附加字段）：{string.Join("、", f.UnmappedColumns)}");
            o.WriteLine($"  数据行 {f.Rows} 行：舆情 {f.Cases} 件，事件 {f.Events} 个{(f.DailyReports > 0 ? $"，日报 {f.DailyReports} 份" : "")}，数据问题 {f.Issues} 个");
        }
        if (r.UnusedMapEntries.Count > 0)
            o.WriteLine($"映射文件中未用到的列名：{string.Join("、", r.UnusedMapEntries)}");
        o.WriteLine();
        o.WriteLine($"合计：舆情 {r.Cases} 件，事件 {r.Events} 个，日报 {r.DailyReports} 份，数据问题 {r.Issues.Count} 个");
        if (registry.Units.Length == 0) o.WriteLine("（未提供单位名录 --units，未核对单位名称）");
        if (options.AsOf is { } a) o.WriteLine($"核查截止时间：{a.InZone(zone).LocalDateTime:yyyy-MM-dd HH:mm}（{zone.Id}）");
        if (r.Cases > 0)
        {
            o.WriteLine("按填报单位：");
            foreach (var (unit, n) in r.CasesByUnit.OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal))
                o.WriteLine($"  {unit}：{n} 件");
        }
        if (r.Issues.Count > 0)
        {
            o.WriteLine($"数据问题（{r.Issues.Count} 个）：");
            foreach (var i in r.Issues) o.WriteLine($"  {Where(i)}：{i.Message}");
        }
    }

    private static string Where(DataIssue i)
    {
        var s = i.File;
        if (i.Sheet is not null) s += $" [{i.Sheet}]";
        if (i.Row is int row) s += $" 第{row}行";
        if (i.Column is not null) s += $"“{i.Column}”列";
        if (i.CaseId is not null) s += $"（{i.CaseId}）";
        return s;
    }

    private static void WriteJson(TextWriter o, LedgerInspection r, IngestOptions options, DateTimeZone zone)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("cases", r.Cases);
            w.WriteNumber("events", r.Events);
            w.WriteNumber("daily_reports", r.DailyReports);
            if (options.AsOf is { } a) w.WriteString("as_of", a.InZone(zone).LocalDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", null));
            w.WriteString("zone", zone.Id);
            w.WriteStartArray("files");
            foreach (var f in r.Files)
            {
                w.WriteStartObject();
                w.WriteString("file", f.File);
                w.WriteString("sheet", f.Sheet);
                w.WriteString("format", f.Format);
                w.WriteString("encoding", f.Encoding);
                w.WriteString("shape", f.Shape == TableShape.Ledger ? "ledger" : "event-log");
                w.WriteNumber("header_row", f.HeaderRow);
                w.WriteNumber("header_first_row", f.HeaderFirstRow > 0 ? f.HeaderFirstRow : f.HeaderRow);
                w.WriteNumber("merged_ranges", f.MergedRanges);
                w.WriteNumber("rows", f.Rows);
                w.WriteNumber("cases", f.Cases);
                w.WriteNumber("events", f.Events);
                w.WriteNumber("daily_reports", f.DailyReports);
                w.WriteNumber("issues", f.Issues);
                w.WriteStartArray("columns");
                foreach (var c in f.Columns)
                {
                    w.WriteStartObject();
                    w.WriteNumber("column", c.Column);
                    w.WriteString("header", c.Header);
                    w.WriteString("target", c.Target);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("unmapped");
                foreach (var u in f.UnmappedColumns) w.WriteStringValue(u);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("unused_map_entries");
            foreach (var u in r.UnusedMapEntries) w.WriteStringValue(u);
            w.WriteEndArray();
            w.WriteStartArray("issues");
            foreach (var i in r.Issues)
            {
                w.WriteStartObject();
                w.WriteString("file", i.File);
                w.WriteString("sheet", i.Sheet);
                if (i.Row is int row) w.WriteNumber("row", row); else w.WriteNull("row");
                w.WriteString("column", i.Column);
                w.WriteString("case_id", i.CaseId);
                w.WriteString("kind", i.Kind.Id());
                w.WriteString("message", i.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        o.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
    }
}
