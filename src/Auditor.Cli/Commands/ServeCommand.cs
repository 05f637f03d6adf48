using System.CommandLine;
using Auditor.Web;
using Auditor.Web.Server;

namespace Auditor.Cli.Commands;

/// <summary>`auditor serve`: the browser workspace for the office and the units (src/Auditor.Web), until Ctrl+C.</summary>
internal static class ServeCommand
{
    public const string DefaultData = "auditor-data";

    public static Command Create(TextWriter stdout)
    {
        var listen = new Option<string?>("--listen") { Description = $"监听地址:端口，缺省 {WebOptions.DefaultListen}（只有本机可访问）；其他地址须先添加账号" };
        var data = new Option<string?>("--data") { Description = $"数据目录：账号、上传的台账、审计结果、历史库、审计日志都存在这里，缺省 ./{DefaultData}" };
        var rules = RulesLocator.Option();
        var maxFileMb = new Option<int?>("--max-file-mb") { Description = "单个上传文件大小上限（MB），缺省 2048" };
        var maxSheetMb = new Option<int?>("--max-sheet-mb") { Description = ".xlsx 工作表解压后大小上限（MB），缺省 200；超过即拒绝（防压缩炸弹）" };
        var maxRequestMb = new Option<int?>("--max-request-mb") { Description = "一次上传（全部文件合计）的大小上限（MB），缺省 1024" };
        var maxRuns = new Option<int?>("--max-runs") { Description = "同时运行的审计和自查数，缺省为 CPU 核数（至少 2）；其余排队" };
        var cmd = new Command("serve", "启动网页工作台：办公室审计、复核、申诉、签发；单位自查");
        foreach (var o in new Option[] { listen, data, rules, maxFileMb, maxSheetMb, maxRequestMb, maxRuns }) cmd.Options.Add(o);
        cmd.SetAction(async (p, cancel) =>
        {
            var options = new WebOptions
            {
                DataDir = p.GetValue(data) ?? DefaultData,
                RulesDir = RulesLocator.Find(p.GetValue(rules)),
                Listen = p.GetValue(listen) ?? WebOptions.DefaultListen,
                MaxFileBytes = AuditOptions.Megabytes(p.GetValue(maxFileMb), "--max-file-mb", 2048),
                MaxSheetBytes = AuditOptions.Megabytes(p.GetValue(maxSheetMb), "--max-sheet-mb", 200),
                MaxRequestBytes = AuditOptions.Megabytes(p.GetValue(maxRequestMb), "--max-request-mb", 1024),
                MaxConcurrentRuns = p.GetValue(maxRuns) is { } n ? (n > 0 ? n : throw new Core.UsageException($"--max-runs 应为正整数，而不是 {n}。")) : Math.Max(2, Environment.ProcessorCount),
            };
            await WorkspaceServer.Serve(options, addresses =>
            {
                foreach (var a in addresses) stdout.WriteLine($"工作台已启动：{a}/");
                stdout.WriteLine($"数据目录：{Path.GetFullPath(options.DataDir)}；规则目录：{options.RulesDir}。按 Ctrl+C 停止。");
                stdout.Flush();
            }, cancel);
            return 0;
        });
        return cmd;
    }
}
