using static Auditor.Cli.Tests.Fixtures.FixtureMixTests;

namespace Auditor.Cli.Tests.Fixtures;

/// <summary>A small file's times, read back by hand, tell a consistent story per case.</summary>
public class FixtureTimesTests
{
    [Fact]
    public void Times_of_each_case_follow_the_handling_order()
    {
        using var f = new GeneratedFixture(cases: 300, seed: 31);
        foreach (var r in GeneratedFixture.Rows(f.LedgerPath))
        {
            string discovered = r[11], assigned = r[12], feedback = r[16], closed = r[17], archived = r[18];
            Assert.NotEqual("", discovered);
            var found = ParseTimeOrDate(discovered);
            Assert.InRange(found, new DateTime(2026, 7, 1), new DateTime(2026, 9, 30, 23, 59, 0));
            if (assigned.Length > 0 && discovered.Length == 16)
                Assert.InRange((ParseTimeOrDate(assigned) - found).TotalMinutes, 10, 240);
            if (closed.Length > 0) Assert.NotEqual("", feedback);
            if (archived.Length > 0) Assert.NotEqual("", closed);
            if (closed.Length > 0) Assert.True(ParseTimeOrDate(closed) >= ParseTimeOrDate(feedback), r[0]);
            if (archived.Length > 0) Assert.True(ParseTimeOrDate(archived) > ParseTimeOrDate(closed), r[0]);
            for (int c = 12; c <= 18; c++)
            {
                if (r[c].Length == 16) Assert.True(ParseTimeOrDate(r[c]) > found || discovered.Length == 10, $"{r[0]} column {c} before discovery");
            }
        }
    }

    [Fact]
    public void Month_period_keeps_discoveries_inside_the_month()
    {
        using var f = new GeneratedFixture(cases: 500, period: "2026-02", seed: 5);
        var rows = GeneratedFixture.Rows(f.LedgerPath);
        Assert.All(rows, r => Assert.InRange(ParseTimeOrDate(r[11]), new DateTime(2026, 2, 1), new DateTime(2026, 2, 28, 23, 59, 0)));
        Assert.StartsWith("YQ202602-", rows[0][0]);
    }
}
