using Auditor.Cli;

namespace Auditor.Cli.Tests.TimeCommands;

/// <summary>Runs `auditor` in-process with the repository's rules folder.</summary>
internal static class CliRun
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = AuditorCli.Run(args, o, e);
        return (code, o.ToString().Replace("\r\n", "\n"), e.ToString());
    }

    public static (int Code, string Out, string Err) WithRules(params string[] args) => Run([.. args, "--rules", Rules]);

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Auditor.sln"))) return d.FullName;
        throw new InvalidOperationException("Auditor.sln not found");
    }
}
