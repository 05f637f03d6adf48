using System.CommandLine;
using Auditor.Core;
using Auditor.Reports.History;

namespace Auditor.Cli.Commands;

/// <summary>`auditor history [--pack ID] [--history PATH] [--format text|csv]`: recorded periods and each unit's score over them.</summary>
internal static class HistoryCommand
{
    public static Command Create(TextWriter stdout)
    {
        var pack = new Option<string?>("--pack") { Description = "只列出这个规则包（规则包 id）的记录" };
        var history = new Option<string?>("--history") { Description = $"历史库路径（默认 {HistoryStore.DefaultPath}）" };
        var format = new Option<string?>("--format") { Description = "输出格式：text（默认，表格）或 csv（每单位每考核期一行）" };
        var cmd = new Command("history", "列出历史库中记录的考核期和各单位历次得分");
        cmd.Options.Add(pack);
        cmd.Options.Add(history);
        cmd.Options.Add(format);
        cmd.SetAction(parse => Run(stdout, parse.GetValue(pack), parse.GetValue(history), parse.GetValue(format)));
        return cmd;
    }

    internal static int Run(TextWriter stdout, string? packId, string? historyPath, string? format)
    {
        format = string.IsNullOrWhiteSpace(format) ? "text" : format.Trim().ToLowerInvariant();
        if (format is not ("text" or "csv")) throw new UsageException($"--format 只能是 text 或 csv，而不是“{format}”");
        var path = string.IsNullOrWhiteSpace(historyPath) ? HistoryStore.DefaultPath : historyPath;
        using var store = HistoryStore.Open(path, create: false);
        var runs = store.Runs(packId);
        if (runs.Length == 0)
        {
            if (packId is null)
            {
                stdout.WriteLine($"历史库 {path} 中还没有记录任何考核期。");
                return ExitCodes.Ok;
            }
            var packs = store.Runs().Select(r => r.PackId).Distinct().ToList();
            throw new InputException($"历史库 {path} 中没有规则包“{packId}”的记录" +
                                     (packs.Count > 0 ? $"（已有：{string.Join("、", packs)}）" : "（历史库是空的）"));
        }
        var scores = store.ScoreHistory(packId);
        if (format == "csv") HistoryReport.WriteCsv(stdout, scores);
        else
        {
            stdout.WriteLine($"历史库：{path}");
            HistoryReport.WriteText(stdout, runs, scores);
        }
        return ExitCodes.Ok;
    }
}
