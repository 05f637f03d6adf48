using System.CommandLine;
using System.Diagnostics;
using Auditor.Cli.Fixtures;
using Auditor.Core;
using Auditor.Core.Domain;

namespace Auditor.Cli.Commands;

/// <summary>`auditor fixtures generate`: synthetic ledgers and unit registries for tests and the benchmark.</summary>
internal static class FixturesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var cases = new Option<long>("--cases") { Description = "生成的舆情条数", Required = true };
        var units = new Option<int>("--units") { Description = "单位数（默认 200）", DefaultValueFactory = _ => 200 };
        var period = new Option<string>("--period") { Description = "考核期，如 2026Q3、2026-07、2026", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "随机种子（相同种子生成相同字节）", DefaultValueFactory = _ => 1UL };
        var outDir = new Option<string>("--out") { Description = "输出目录（写入 ledger.csv 或 ledger.xlsx，以及 units.csv）", Required = true };
        var format = new Option<string>("--format") { Description = "台账格式：csv（默认）或 xlsx", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "xlsx");

        var generate = new Command("generate", "生成模拟舆情台账 ledger.csv（或 ledger.xlsx）与单位名录 units.csv");
        generate.Options.Add(cases);
        generate.Options.Add(units);
        generate.Options.Add(period);
        generate.Options.Add(seed);
        generate.Options.Add(outDir);
        generate.Options.Add(format);
        generate.SetAction(parse =>
        {
            long n = parse.GetValue(cases);
            int m = parse.GetValue(units);
            if (n < 0) throw new UsageException($"--cases 不能为负数：{n}");
            if (m < 1) throw new UsageException($"--units 至少为 1：{m}");
            if (!AuditPeriod.TryParse(parse.GetValue(period), out var p))
                throw new UsageException($"无法识别的考核期：“{parse.GetValue(period)}”（应为 2026Q3、2026-07 或 2026）");
            string dir = parse.GetValue(outDir)!;
            var clock = Stopwatch.StartNew();
            var f = parse.GetValue(format)!;
            FixtureGenerator.Generate(dir, n, m, p!, parse.GetValue(seed), f);
            stdout.WriteLine($"已生成 {n} 条舆情、{m} 个单位（考核期 {p!.Chinese}）：" +
                             $"{Path.Combine(dir, FixtureGenerator.LedgerFileFor(f))}、{Path.Combine(dir, FixtureGenerator.UnitsFile)}，" +
                             $"用时 {clock.Elapsed.TotalSeconds:F1} 秒。");
            return 0;
        });

        var exportsOut = new Option<string>("--out") { Description = "输出目录（如 fixtures/exports）", Required = true };
        var exports = new Command("exports", "生成各单位常见导出习惯的样例文件（合并单元格、两行表头、合计行、按月分表、科学计数法编号等），与 units.csv");
        exports.Options.Add(exportsOut);
        exports.SetAction(parse =>
        {
            var dir = parse.GetValue(exportsOut)!;
            var written = Fixtures.Exports.ExportCorpus.Write(dir);
            stdout.WriteLine($"已生成 {written.Count} 个文件：{dir}（{string.Join("、", written)}）");
            return 0;
        });

        var cmd = new Command("fixtures", "测试数据：生成模拟台账与单位名录，以及各种导出习惯的样例文件");
        cmd.Subcommands.Add(generate);
        cmd.Subcommands.Add(exports);
        return cmd;
    }
}
