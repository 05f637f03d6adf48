using System.CommandLine;
using System.Text;
using Auditor.Core;

namespace Auditor.Cli;

/// <summary>The `auditor` command: builds the command tree and maps failures to exit codes and Chinese messages.</summary>
public static class AuditorCli
{
    public static readonly Option<bool> DebugOption = new("--debug") { Description = "出错时显示内部调用栈（排查程序问题用）", Recursive = true };

    public static RootCommand Build(TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        var root = new RootCommand("Auditor — 政务舆情处置合规审计工具");
        root.Options.Add(DebugOption);
        foreach (var c in CommandCatalog.All(stdout, stderr, stdin ?? Console.In)) root.Subcommands.Add(c);
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        // Chinese user-facing text, including System.CommandLine's own parse errors and help.
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var root = Build(stdout, stderr, stdin);
        var parse = root.Parse(args);
        bool debug = parse.GetValue(DebugOption);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) stderr.WriteLine($"用法错误：{e.Message}");
            stderr.WriteLine("运行 auditor --help 查看用法。");
            return ExitCodes.Usage;
        }
        try
        {
            // Ctrl+C or SIGTERM cancels the run's token: the engine removes its staging folder and releases its locks
            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
            });
        }
        catch (Exception ex)
        {
            return Fail(ex, debug, stderr);
        }
    }

    internal static int Fail(Exception ex, bool debug, TextWriter stderr)
    {
        if (ex is OperationCanceledException)
        {
            stderr.WriteLine("已中止：输出目录和历史库保持运行前的样子。");
            return ExitCodes.Cancelled;
        }
        if (ex is AuditorException ae)
        {
            stderr.WriteLine($"错误：{ae.Message}");
            if (debug) stderr.WriteLine(ae.ToString());
            return ae.ExitCode;
        }
        stderr.WriteLine($"内部错误：{ex.Message}");
        stderr.WriteLine(debug ? ex.ToString() : "（这是程序的问题，不是输入的问题；加 --debug 查看详情并报告给开发者。）");
        return ExitCodes.Internal;
    }
}
