using Auditor.Core;

namespace Auditor.Cli;

/// <summary>
/// Finds the rules folder (packs, calendars, templates): `--rules DIR`, else $AUDITOR_RULES, else ./rules when it
/// holds calendars, else the copy next to the program (copied at build).
/// </summary>
public static class RulesLocator
{
    public static string Find(string? explicitDir)
    {
        if (!string.IsNullOrWhiteSpace(explicitDir))
        {
            if (!Directory.Exists(explicitDir)) throw new UsageException($"规则目录不存在：{explicitDir}");
            return Path.GetFullPath(explicitDir);
        }
        var env = Environment.GetEnvironmentVariable("AUDITOR_RULES");
        if (!string.IsNullOrWhiteSpace(env) && Directory.Exists(env)) return Path.GetFullPath(env);
        var cwd = Path.Combine(Directory.GetCurrentDirectory(), "rules");
        if (Directory.Exists(Path.Combine(cwd, "calendars"))) return cwd;
        var beside = Path.Combine(AppContext.BaseDirectory, "rules");
        if (Directory.Exists(beside)) return beside;
        throw new RulePackException("找不到规则目录 rules/（可用 --rules 指定）。");
    }
}
