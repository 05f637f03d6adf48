using System.CommandLine;
using Auditor.Cli.Audit;
using Auditor.Engine;

namespace Auditor.Cli.Commands;

/// <summary>`auditor selfcheck --unit NAME`: one unit's findings, score and fix hints; no sanctions, no history written.</summary>
internal static class SelfCheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var opts = new AuditOptions();
        var unit = new Option<string>("--unit") { Description = "自查单位（名称、别名或编码）", Required = true };
        var history = new Option<string?>("--history") { Description = "历史库路径（只读，用于趋势；自查不写入）" };
        var office = new Option<string?>("--office") { Description = "发文机关配置（YAML），其 policy 决定计分方案，缺省 rules/offices/<规则包>.yaml" };
        var cmd = new Command("selfcheck", "单位自查：本单位的问题、得分与整改提示（不生成处理名单，不写历史库）");
        opts.AddTo(cmd);
        cmd.Options.Add(unit);
        cmd.Options.Add(history);
        cmd.Options.Add(office);
        cmd.SetAction((p, cancel) =>
        {
            var request = opts.Request(p, p.GetValue(history), p.GetValue(office), p.GetValue(unit));
            var result = ProgressDisplay.Run(stderr, progress => AuditEngine.Run(request, new AuditHooks { Progress = progress }, cancel));
            AuditSummary.Write(stdout, result);
            return Task.FromResult(0);
        });
        return cmd;
    }
}
