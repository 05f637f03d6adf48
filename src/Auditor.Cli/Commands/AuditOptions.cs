using System.CommandLine;
using Auditor.Core;
using Auditor.Core.Domain;
using Auditor.Engine;

namespace Auditor.Cli.Commands;

/// <summary>The options `audit` and `selfcheck` share, and their conversion into the engine's <see cref="AuditRequest"/>.</summary>
internal sealed class AuditOptions
{
    public readonly Option<string> Pack = new("--pack") { Description = "规则包编号（如 national、huangchuan）或规则包文件路径", Required = true };
    public readonly Option<string[]> Logs = new("--logs") { Description = "单位导出的台账文件（.xlsx .xls .csv），可多个", Required = true, AllowMultipleArgumentsPerToken = true };
    public readonly Option<string> Units = new("--units") { Description = "单位名录（csv/xlsx）", Required = true };
    public readonly Option<string?> Map = new("--map") { Description = "列名映射文件（YAML），用于无法自动识别的表头" };
    public readonly Option<string> Period = new("--period") { Description = "考核期：2026Q3、2026-07 或 2026", Required = true };
    public readonly Option<string?> AsOf = new("--as-of") { Description = TimeOptionValues.AsOfDescription };
    public readonly Option<string?> Zone = new("--zone") { Description = "台账时间所在时区，缺省 Asia/Shanghai" };
    public readonly Option<string?> Out = new("--out") { Description = "输出目录，缺省 reports/<考核期>" };
    public readonly Option<string?> Overrides = new("--overrides") { Description = "申诉/豁免文件" };
    public readonly Option<string?> Rules = RulesLocator.Option();
    public readonly Option<string?> Findings = new("--findings") { Description = "写出的判定明细文件，逗号分隔：csv、parquet、xlsx、json（缺省 csv,parquet,xlsx；json 最大，只在要求时写出）" };
    public readonly Option<int?> MaxFileMb = new("--max-file-mb") { Description = "单个输入文件大小上限（MB），缺省 2048" };
    public readonly Option<int?> MaxSheetMb = new("--max-sheet-mb") { Description = ".xlsx 工作表解压后大小上限（MB），缺省 200；超过即拒绝（防压缩炸弹）" };

    public void AddTo(Command cmd)
    {
        foreach (var o in new Option[] { Pack, Logs, Units, Map, Period, AsOf, Zone, Out, Overrides, Rules, Findings, MaxFileMb, MaxSheetMb }) cmd.Options.Add(o);
    }

    public AuditRequest Request(ParseResult p, string? historyPath, string? officeFile, string? unit)
    {
        var period = AuditPeriod.TryParse(p.GetValue(Period), out var pe) ? pe! :
            throw new UsageException($"--period 的值“{p.GetValue(Period)}”无效：应为 2026Q3、2026-07 或 2026。");
        var zone = TimeOptionValues.Zone(p.GetValue(Zone));
        var asOf = TimeOptionValues.AsOf(p.GetValue(AsOf), zone);
        return new AuditRequest
        {
            RulesDir = RulesLocator.Find(p.GetValue(Rules)),
            Pack = p.GetValue(Pack)!,
            Ledgers = p.GetValue(Logs) ?? [],
            UnitsFile = p.GetValue(Units)!,
            MapFile = p.GetValue(Map),
            Period = period,
            AsOf = asOf,
            Zone = zone,
            OverridesFile = p.GetValue(Overrides),
            OfficeFile = officeFile,
            HistoryPath = historyPath,
            SelfCheckUnit = unit,
            OutDir = p.GetValue(Out),
            Findings = p.GetValue(Findings) is { } formats ? FindingsFormatNames.Parse(formats) : FindingsFormats.Default,
            MaxFileBytes = Megabytes(p.GetValue(MaxFileMb), "--max-file-mb", 2048),
            MaxSheetBytes = Megabytes(p.GetValue(MaxSheetMb), "--max-sheet-mb", 200),
        };
    }

    internal static long Megabytes(int? value, string option, int fallback) =>
        value is null ? (long)fallback << 20
        : value > 0 ? (long)value.Value << 20
        : throw new UsageException($"{option} 应为正整数（MB），而不是 {value}。");
}
