using System.CommandLine;
using Auditor.Engine;

namespace Auditor.Cli.Commands;

/// <summary>`auditor version`: the tool's version, the one manifest.json records.</summary>
internal static class VersionCommand
{
    public static Command Create(TextWriter stdout)
    {
        var cmd = new Command("version", "显示版本号");
        cmd.SetAction(_ => { stdout.WriteLine($"auditor {AuditEngine.ToolVersion}"); return 0; });
        return cmd;
    }
}
