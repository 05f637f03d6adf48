using System.CommandLine;
using Auditor.Core;
using Auditor.Core.Time;
using Auditor.Engine;

namespace Auditor.Cli;

/// <summary>
/// Finds the rules folder (packs, calendars/, templates/, offices/): `--rules DIR`, else $AUDITOR_RULES, else ./rules
/// when it holds calendars, else the copy next to the program (copied at build). Every command that reads packs or
/// calendars takes the same `--rules` option (<see cref="Option"/>), so an office can keep its own folder with its own
/// year files. A folder without calendars/ is refused by name where calendars are needed (everywhere but `rules`,
/// which reads packs only).
/// </summary>
public static class RulesLocator
{
    private const string Variable = "AUDITOR_RULES";

    /// <summary>The `--rules DIR` option, the same on audit, selfcheck, deadline, calendar and rules.</summary>
    public static Option<string?> Option(bool recursive = false) => new("--rules")
    {
        Description = "规则目录：含规则包（*.yaml）和 calendars/（各年工作日历）的文件夹；缺省依次为环境变量 AUDITOR_RULES、当前目录下的 rules/、程序旁的 rules/",
        Recursive = recursive,
    };

    /// <param name="needsCalendars">False for commands that read packs only: a folder of packs without calendars/ is then fine.</param>
    public static string Find(string? explicitDir, bool needsCalendars = true)
    {
        if (!string.IsNullOrWhiteSpace(explicitDir))
        {
            if (!Directory.Exists(explicitDir)) throw new UsageException($"--rules 指定的规则目录不存在：{explicitDir}");
            return Checked(Path.GetFullPath(explicitDir), $"--rules 指定的规则目录 {explicitDir}", needsCalendars);
        }
        var env = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(env))
        {
            if (!Directory.Exists(env)) throw new UsageException($"环境变量 {Variable} 指定的规则目录不存在：{env}");
            return Checked(Path.GetFullPath(env), $"环境变量 {Variable} 指定的规则目录 {env}", needsCalendars);
        }
        var cwd = Path.Combine(Directory.GetCurrentDirectory(), "rules");
        if (Directory.Exists(RulesFolder.Calendars(cwd))) return cwd;
        var beside = Path.Combine(AppContext.BaseDirectory, "rules");
        if (Directory.Exists(RulesFolder.Calendars(beside))) return beside;
        throw new RulePackException("找不到规则目录 rules/（其中应有 calendars/ 工作日历）：请在含 rules/ 的目录下运行，或用 --rules 指定。");
    }

    /// <summary>The working calendar of the rules folder `--rules` names (or the default one).</summary>
    public static WorkCalendar LoadCalendar(string? explicitDir) => WorkCalendarLoader.LoadDirectory(RulesFolder.Calendars(Find(explicitDir)));

    private static string Checked(string dir, string what, bool needsCalendars) =>
        !needsCalendars || Directory.Exists(RulesFolder.Calendars(dir))
            ? dir
            : throw new UsageException($"{what} 中没有 calendars/ 文件夹（各年工作日历）：规则目录应含规则包（*.yaml）和 calendars/，可复制整个 rules/ 文件夹后再修改。");
}
