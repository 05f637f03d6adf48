using System.CommandLine;
using Auditor.Cli.Audit;
using Auditor.Core.Domain;
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
        cmd.SetAction(p =>
        {
            var req = opts.Request(p, p.GetValue(history) ?? HistoryStore.DefaultPath, p.GetValue(office), unit: null);
            var outDir = opts.OutDir(p, req.Period);
            var progress = new SyncProgress(stderr); // one clock: elapsed time runs on through every stage
            var pipeline = new AuditPipeline(req, progress);
            var outcome = AuditOutputWriter.RunAudit(pipeline, req, outDir, progress);
            AuditSummary.Write(stdout, outcome, pipeline.OutOfPeriodCases, outDir);
            return 0;
        });
        return cmd;
    }
}

/// <summary>Progress lines on stderr, written at once (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class SyncProgress(TextWriter w) : IProgress<string>
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public void Report(string value) => w.WriteLine($"… [{_clock.Elapsed.TotalSeconds,6:0.0}s] {value}");
}
