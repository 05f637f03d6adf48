using System.Globalization;

namespace Auditor.Cli.Tests.Fixtures;

/// <summary>
/// The mix of a 20,000-case ledger is within the stated proportions (FixtureMix's documentation; the expected
/// shares below are computed by hand from those statements). Tolerances are several standard deviations wide.
/// </summary>
public class FixtureMixTests : IClassFixture<FixtureMixTests.Sample>
{
    public sealed class Sample : IDisposable
    {
        private readonly GeneratedFixture _fixture = new(cases: 20_000, units: 200, seed: 2026);

        public Sample() => Rows = GeneratedFixture.Rows(_fixture.LedgerPath);

        public List<string[]> Rows { get; }

        public void Dispose() => _fixture.Dispose();
    }

    private const int Severity = 4, Polarity = 5, Sudden = 6, Scope = 7, Discovered = 11, Release = 13, Press = 14, Response = 15;
    private static readonly DateTime PeriodStart = new(2026, 7, 1), PeriodEnd = new(2026, 10, 1);
    private readonly List<string[]> _rows;

    public FixtureMixTests(Sample sample) => _rows = sample.Rows;

    private double Share(Func<string[], bool> predicate, IEnumerable<string[]>? among = null)
    {
        var set = (among ?? _rows).ToList();
        return (double)set.Count(predicate) / set.Count;
    }

    [Theory]
    [InlineData("一般", 0.60, 0.02)]
    [InlineData("较大", 0.32, 0.02)]
    [InlineData("重大", 0.07, 0.01)]
    [InlineData("特别重大", 0.01, 0.004)]
    public void Severity_is_mostly_ordinary(string severity, double expected, double tolerance) =>
        Assert.InRange(Share(r => r[Severity] == severity), expected - tolerance, expected + tolerance);

    [Fact]
    public void Sudden_events_are_a_minority_and_likelier_when_severe()
    {
        // 0.60×8% + 0.32×15% + 0.07×45% + 0.01×70% = 13.45%
        Assert.InRange(Share(r => r[Sudden] == "是"), 0.1245, 0.1445);
        Assert.All(_rows, r => Assert.Contains(r[Sudden], new[] { "是", "否" }));
        var major = _rows.Where(r => r[Severity] is "重大" or "特别重大").ToList();
        Assert.InRange(Share(r => r[Sudden] == "是", major), 0.42, 0.56); // (0.07×45% + 0.01×70%) / 0.08 = 48.1%
        var ordinary = _rows.Where(r => r[Severity] == "一般").ToList();
        Assert.InRange(Share(r => r[Sudden] == "是", ordinary), 0.065, 0.095);
    }

    [Fact]
    public void Polarity_and_scope_use_the_canonical_words_in_the_stated_shares()
    {
        Assert.InRange(Share(r => r[Polarity] == "负面"), 0.73, 0.77);
        Assert.InRange(Share(r => r[Polarity] == "正面"), 0.11, 0.13);
        Assert.InRange(Share(r => r[Polarity] is "普通负面" or "重大负面"), 0.12, 0.14);
        Assert.InRange(Share(r => r[Scope] == "单一属地"), 0.53, 0.57);
        Assert.All(_rows, r => Assert.Contains(r[Scope], new[] { "重大政策", "单一属地", "多个属地", "多个部门", "垂直管理", "区外" }));
    }

    [Fact]
    public void Discoveries_spread_over_the_period_with_a_few_near_its_end()
    {
        var times = _rows.Select(r => ParseTimeOrDate(r[Discovered])).ToList();
        Assert.All(times, t => Assert.InRange(t, PeriodStart, PeriodEnd.AddMinutes(-1)));
        // Each month gets about its share of 92 days (July 31, August 31, September 30), less or more the near-end bump.
        Assert.InRange(times.Count(t => t.Month == 7) / (double)times.Count, 0.31, 0.35);
        Assert.InRange(times.Count(t => t.Month == 8) / (double)times.Count, 0.31, 0.35);
        // Last 48 h: 2% placed there + 98% × 2/92 spread evenly = 4.13%.
        Assert.InRange(times.Count(t => t >= PeriodEnd.AddDays(-2)) / (double)times.Count, 0.035, 0.048);
        // A few date-only discovery cells: 0.3%.
        Assert.InRange(Share(r => r[Discovered].Length == 10), 0.0015, 0.0050);
    }

    [Fact]
    public void Responses_are_mostly_on_time_with_a_tail_of_breaches_and_missing_ones()
    {
        var others = _rows.Where(r => !IsMajorSudden(r) && r[Discovered].Length == 16).ToList();
        int onTime = 0, late = 0, absent = 0, dateOnly = 0;
        var overruns = new List<double>();
        foreach (var r in others)
        {
            if (r[Response].Length == 0) { absent++; continue; }
            if (r[Response].Length == 10) { dateOnly++; continue; }
            double hours = (ParseTimeOrDate(r[Response]) - ParseTimeOrDate(r[Discovered])).TotalHours;
            Assert.True(hours > 0, $"response before discovery in {r[0]}");
            if (hours <= 48) onTime++;
            else { late++; overruns.Add(hours - 48); }
        }
        double n = others.Count;
        Assert.InRange(onTime / n, 0.85, 0.89);   // 86.5% on time + 0.5% exactly at 48 h, less the date-only ones
        Assert.InRange(late / n, 0.08, 0.10);     // 9%
        Assert.InRange(absent / n, 0.034, 0.046); // 4%
        Assert.InRange(dateOnly / n, 0.002, 0.007); // 0.5% of the on-time ones
        // The tail runs from minutes to days.
        Assert.Contains(overruns, h => h < 1);
        Assert.Contains(overruns, h => h > 24 * 5);
        Assert.All(overruns, h => Assert.True(h <= 20 * 24 + 1e-9));
    }

    [Fact]
    public void Sudden_major_events_have_release_and_press_conference_times()
    {
        var major = _rows.Where(r => IsMajorSudden(r) && r[Discovered].Length == 16).ToList();
        Assert.InRange(major.Count / (double)_rows.Count, 0.030, 0.047); // 0.07×45% + 0.01×70% = 3.85%
        double releasedWithin5h = major.Count(r => r[Release].Length == 16 &&
            (ParseTimeOrDate(r[Release]) - ParseTimeOrDate(r[Discovered])).TotalHours <= 5) / (double)major.Count;
        Assert.InRange(releasedWithin5h, 0.80, 0.92); // 86% + 1% at the deadline, less date-only ones
        double noPress = major.Count(r => r[Press].Length == 0) / (double)major.Count;
        Assert.InRange(noPress, 0.02, 0.09); // 5%
    }

    [Fact]
    public void Every_time_cell_is_a_minute_or_a_date()
    {
        foreach (var r in _rows.Take(3000))
        {
            for (int c = 11; c <= 18; c++)
            {
                string cell = r[c];
                if (cell.Length == 0) continue;
                Assert.True(cell.Length is 16 or 10, $"{r[0]} column {c}: {cell}");
                ParseTimeOrDate(cell);
            }
        }
    }

    private static bool IsMajorSudden(string[] r) => r[Sudden] == "是" && r[Severity] is "重大" or "特别重大";

    /// <summary>Parses `yyyy-MM-dd HH:mm` or `yyyy-MM-dd` by hand (digit by digit), not with the generator's code.</summary>
    internal static DateTime ParseTimeOrDate(string cell)
    {
        static int Num(string s, int at, int len) => int.Parse(s.AsSpan(at, len), NumberStyles.None, CultureInfo.InvariantCulture);
        Assert.Equal('-', cell[4]);
        Assert.Equal('-', cell[7]);
        var date = new DateTime(Num(cell, 0, 4), Num(cell, 5, 2), Num(cell, 8, 2));
        if (cell.Length == 10) return date;
        Assert.Equal(' ', cell[10]);
        Assert.Equal(':', cell[13]);
        return date.AddHours(Num(cell, 11, 2)).AddMinutes(Num(cell, 14, 2));
    }
}
