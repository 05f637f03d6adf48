using System.CommandLine;

namespace Auditor.Cli;

/// <summary>Every subcommand of `auditor`; each lives in its own file under Commands/.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        yield return Commands.VersionCommand.Create(stdout);
        yield return Commands.DeadlineCommand.Create(stdout);
        yield return Commands.CalendarCommand.Create(stdout);
        yield return Commands.InspectCommand.Create(stdout);
        yield return Commands.RulesCommand.Create(stdout, stderr);
        yield return Commands.HistoryCommand.Create(stdout);
        yield return Commands.AuditCommand.Create(stdout, stderr);
        yield return Commands.SelfCheckCommand.Create(stdout, stderr);
        yield return Commands.FixturesCommand.Create(stdout);
        yield return Commands.ServeCommand.Create(stdout);
        yield return Commands.UsersCommand.Create(stdout, stderr, stdin);
    }
}
