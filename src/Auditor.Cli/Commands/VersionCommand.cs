using System.CommandLine;
using System.Reflection;

namespace Auditor.Cli.Commands;

internal static class VersionCommand
{
    public static string ToolVersion =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static Command Create(TextWriter stdout)
    {
        var cmd = new Command("version", "显示版本号");
        cmd.SetAction(_ => { stdout.WriteLine($"auditor {ToolVersion}"); return 0; });
        return cmd;
    }
}
