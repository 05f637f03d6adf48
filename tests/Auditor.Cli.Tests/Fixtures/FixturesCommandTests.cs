using Auditor.Core;

namespace Auditor.Cli.Tests.Fixtures;

public class FixturesCommandTests
{
    [Fact]
    public void Generate_writes_both_files_and_says_so_in_chinese()
    {
        string dir = Path.Combine(Path.GetTempPath(), "auditor-fixtures-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exit = AuditorCli.Run(["fixtures", "generate", "--cases", "25", "--units", "12", "--period", "2026Q3", "--seed", "3", "--out", dir], stdout, stderr);
            Assert.Equal(0, exit);
            Assert.Equal("", stderr.ToString());
            Assert.Contains("已生成 25 条舆情", stdout.ToString());
            Assert.Equal(26, File.ReadAllLines(Path.Combine(dir, "ledger.csv")).Length);
            Assert.Equal(13, File.ReadAllLines(Path.Combine(dir, "units.csv")).Length);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData("2026Q5")]
    [InlineData("去年")]
    public void A_bad_period_is_a_usage_error(string period)
    {
        var stderr = new StringWriter();
        int exit = AuditorCli.Run(["fixtures", "generate", "--cases", "5", "--period", period, "--out", Path.GetTempPath()], new StringWriter(), stderr);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("考核期", stderr.ToString());
    }

    [Fact]
    public void Zero_units_is_a_usage_error()
    {
        var stderr = new StringWriter();
        int exit = AuditorCli.Run(["fixtures", "generate", "--cases", "5", "--units", "0", "--period", "2026Q3", "--out", Path.GetTempPath()], new StringWriter(), stderr);
        Assert.Equal(ExitCodes.Usage, exit);
    }
}
