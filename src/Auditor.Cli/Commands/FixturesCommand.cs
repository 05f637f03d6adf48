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
        var outDir = new Option<string>("--out") { Description = "输出目录（写入 ledger.csv 与 units.csv）", Required = true };

        var generate = new Command("generate", "生成模拟舆情台账 ledger.csv 与单位名录 units.csv");
        generate.Options.Add(cases);
        generate.Options.Add(units);
        generate.Options.Add(period);
        generate.Options.Add(seed);
        generate.Options.Add(outDir);
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
            FixtureGenerator.Generate(dir, n, m, p!, parse.GetValue(seed));
            stdout.WriteLine($"已生成 {n} 条舆情、{m} 个单位（考核期 {p!.Chinese}）：" +
                             $"{Path.Combine(dir, FixtureGenerator.LedgerFile)}、{Path.Combine(dir, FixtureGenerator.UnitsFile)}，" +
                             $"用时 {clock.Elapsed.TotalSeconds:F1} 秒。");
            return 0;
        });

        var cmd = new Command("fixtures", "测试数据：生成模拟台账与单位名录");
        cmd.Subcommands.Add(generate);
        return cmd;
    }
}
