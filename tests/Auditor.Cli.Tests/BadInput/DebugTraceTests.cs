using System.Text.RegularExpressions;
using Auditor.Cli.Tests.TimeCommands;
using Auditor.Core;

namespace Auditor.Cli.Tests.BadInput;

/// <summary>A stack trace only with --debug: for a user error through the real entry, and for an internal error through its mapping.</summary>
public class DebugTraceTests
{
    private static readonly Regex TraceLine = new(@"^\s+at ", RegexOptions.Multiline);

    private static string[] BrokenPackAudit(string scratch) =>
        ["audit", "--pack", Path.Combine(BadInputCorpus.Dir, "broken-pack.yaml"), "--rules", CliRun.Rules,
         "--units", Path.Combine(BadInputCorpus.Dir, "units.csv"), "--logs", Path.Combine(BadInputCorpus.Dir, "duplicate-ids.csv"),
         "--period", "2026Q3", "--as-of", "2026-10-15 00:00", "--out", Path.Combine(scratch, "out"), "--history", Path.Combine(scratch, "h.db")];

    [Fact]
    public void User_error_shows_a_trace_only_with_debug()
    {
        var scratch = Directory.CreateTempSubdirectory("auditor-debug-").FullName;
        try
        {
            var plain = CliRun.Run(BrokenPackAudit(scratch));
            var debug = CliRun.Run([.. BrokenPackAudit(scratch), "--debug"]);
            Assert.Equal(4, plain.Code);
            Assert.Equal(4, debug.Code);
            Assert.DoesNotMatch(TraceLine, plain.Err);
            Assert.Matches(TraceLine, debug.Err);
            Assert.Contains("RulePackException", debug.Err);
            Assert.Contains("broken-pack.yaml:", debug.Err); // the Chinese message comes first either way
        }
        finally
        {
            try { Directory.Delete(scratch, true); } catch (IOException) { }
        }
    }

    private static Exception Thrown()
    {
        try { throw new InvalidOperationException("provoked internal failure"); }
        catch (InvalidOperationException e) { return e; }
    }

    [Fact]
    public void Internal_error_exits_1_and_shows_a_trace_only_with_debug()
    {
        var plain = new StringWriter();
        Assert.Equal(ExitCodes.Internal, AuditorCli.Fail(Thrown(), debug: false, plain));
        Assert.Contains("内部错误", plain.ToString());
        Assert.Contains("--debug", plain.ToString());
        Assert.DoesNotMatch(TraceLine, plain.ToString());
        Assert.DoesNotContain("InvalidOperationException", plain.ToString());

        var debug = new StringWriter();
        Assert.Equal(ExitCodes.Internal, AuditorCli.Fail(Thrown(), debug: true, debug));
        Assert.Matches(TraceLine, debug.ToString());
        Assert.Contains("System.InvalidOperationException", debug.ToString());
    }
}
