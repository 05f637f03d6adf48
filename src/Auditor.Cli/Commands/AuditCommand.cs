using System.CommandLine;
using Auditor.Cli.Audit;
using Auditor.Engine;
using Auditor.Reports.History;

namespace Auditor.Cli.Commands;

/// <summary>`auditor audit`: the quarterly assessment — findings, scores, sanctions, documents, history.</summary>
internal static class AuditCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var opts = new AuditOptions();
        var history = new Option<string?>("--history") { Description = $"历史库（SQLite）路径，缺省 {HistoryStore.DefaultPath}" };
        var office = new Option<string?>("--office") { Description = "发文机关配置（YAML：版头、版记与本单位考核办法 policy），缺省 rules/offices/<规则包>.yaml，没有则 rules/offices/national.yaml" };
        var cmd = new Command("audit", "审计：逐案复盘、评分、生成通报批评/约谈/表彰名单与报告");
        opts.AddTo(cmd);
        cmd.Options.Add(history);
        cmd.Options.Add(office);
        cmd.SetAction((p, cancel) =>
        {
            var request = opts.Request(p, p.GetValue(history) ?? HistoryStore.DefaultPath, p.GetValue(office), unit: null);
            var result = ProgressDisplay.Run(stderr, progress => AuditEngine.Run(request, new AuditHooks { Progress = progress }, cancel));
            AuditSummary.Write(stdout, result);
            return Task.FromResult(0);
        });
        return cmd;
    }
}
