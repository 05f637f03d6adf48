using System.Security.Cryptography;
using Auditor.Cli.Tests.TimeCommands;

namespace Auditor.Cli.Tests.BadInput;

/// <summary>
/// A failed audit into a folder that holds an earlier run's reports leaves every file byte for byte:
/// failures before writing (bad pack, bad ledger, bad option) and one after every report was written (the history
/// store cannot be opened, so the staged folder is never moved into place).
/// </summary>
public class FailedRunKeepsReportsTests
{
    private static readonly string Bad = BadInputCorpus.Dir;

    private static string[] AuditArgs(string outDir, string history, string log = "duplicate-ids.csv", string pack = "national", string period = "2026Q3") =>
        ["audit", "--pack", pack, "--rules", CliRun.Rules, "--units", Path.Combine(Bad, "units.csv"), "--logs", Path.Combine(Bad, log),
         "--period", period, "--as-of", "2026-10-15 00:00", "--out", outDir, "--history", history];

    private static SortedDictionary<string, string> Hashes(string dir) =>
        new(Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    public static TheoryData<string, int> Failures() => new()
    {
        { "broken-pack", 4 },
        { "missing-column", 3 },
        { "bad-period", 2 },
        { "history-unopenable", 3 },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Failed_audit_keeps_the_previous_reports_byte_for_byte(string failure, int exit)
    {
        var scratch = Directory.CreateTempSubdirectory("auditor-keep-").FullName;
        try
        {
            var outDir = Path.Combine(scratch, "out");
            var history = Path.Combine(scratch, "h.db");
            var first = CliRun.Run(AuditArgs(outDir, history));
            Assert.True(first.Code == 0, first.Err);
            var before = Hashes(outDir);
            Assert.Contains("data-issues.csv", before.Keys);
            Assert.Contains(before.Keys, k => k.EndsWith(".docx"));
            var historyBefore = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(history)));

            string[] args = failure switch
            {
                "broken-pack" => AuditArgs(outDir, history, pack: Path.Combine(Bad, "broken-pack.yaml")),
                "missing-column" => AuditArgs(outDir, history, log: "ledger-missing-discovered.csv"),
                "bad-period" => AuditArgs(outDir, history, period: "2026Q5"),
                // A folder where the history file should be: found only after every report is written into the staging folder.
                "history-unopenable" => AuditArgs(outDir, Directory.CreateDirectory(Path.Combine(scratch, "h-dir")).FullName),
                _ => throw new ArgumentException(failure),
            };
            var (code, _, err) = CliRun.Run(args);
            Assert.True(code == exit, $"{failure}: exit {code}\n{err}");
            BadInputCorpusTests.AssertNoTrace(err);
            Assert.Equal(before, Hashes(outDir));
            Assert.Equal(historyBefore, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(history))));
            // No staging or backup folder is left beside the output folder.
            Assert.Equal(["out"], Directory.GetDirectories(scratch).Select(d => Path.GetFileName(d)).Where(n => n.Contains("out")).ToArray());
        }
        finally
        {
            try { Directory.Delete(scratch, true); } catch (IOException) { }
        }
    }

    [Fact]
    public void Out_pointing_at_a_file_is_refused_before_anything_is_recorded()
    {
        var scratch = Directory.CreateTempSubdirectory("auditor-keep-").FullName;
        try
        {
            var file = Path.Combine(scratch, "out");
            File.WriteAllText(file, "不是文件夹");
            var history = Path.Combine(scratch, "h.db");
            var (code, _, err) = CliRun.Run(AuditArgs(file, history));
            Assert.True(code == 2, err);
            Assert.Contains("是一个已有的文件", err);
            BadInputCorpusTests.AssertNoTrace(err);
            Assert.False(File.Exists(history), "the run was recorded although its reports could not be written");
            Assert.Equal("不是文件夹", File.ReadAllText(file));

            var (code2, _, err2) = CliRun.Run(AuditArgs(Path.Combine(file, "sub"), history));
            Assert.True(code2 == 2, err2);
            Assert.Contains("是一个文件，不是文件夹", err2);
        }
        finally
        {
            try { Directory.Delete(scratch, true); } catch (IOException) { }
        }
    }
}
