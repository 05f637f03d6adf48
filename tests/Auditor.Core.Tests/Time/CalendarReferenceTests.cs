using Auditor.Core.Time;
using NodaTime;
using NodaTime.Text;

namespace Auditor.Core.Tests.Time;

/// <summary>
/// Every day 2020-01-01..2026-12-31 of rules/calendars/ against independent npm packages (see Data/make-reference.sh).
/// Where a package disagrees with the State Council notices, the notice wins and the exception is listed here.
/// </summary>
public class CalendarReferenceTests
{
    private static Dictionary<LocalDate, string> Read(string file)
    {
        var lines = File.ReadAllLines(TestRepo.Data(file));
        Assert.Equal("date,kind", lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .ToDictionary(p => LocalDatePattern.Iso.Parse(p[0]).Value, p => p[1]);
    }

    private static string Id(DayKind k) => k switch
    {
        DayKind.Workday => "workday",
        DayKind.Weekend => "weekend",
        DayKind.Holiday => "holiday",
        _ => "adjusted-workday",
    };

    private static List<string> Differences(Dictionary<LocalDate, string> reference, IReadOnlyDictionary<string, string> exceptions)
    {
        var diffs = new List<string>();
        for (var d = new LocalDate(2020, 1, 1); d <= new LocalDate(2026, 12, 31); d = d.PlusDays(1))
        {
            var ours = Id(TestRepo.Calendar.KindOf(d));
            var key = d.ToString("uuuu-MM-dd", null);
            var expected = exceptions.TryGetValue(key, out var e) ? e : reference[d];
            if (ours != expected) diffs.Add($"{key}: ours {ours}, expected {expected} (package says {reference[d]})");
        }
        return diffs;
    }

    [Fact]
    public void Reference_covers_every_day_2020_to_2026()
    {
        Assert.Equal(2557, Read("reference-chinese-days.csv").Count);
        Assert.Equal(2557, Read("reference-chinese-workday.csv").Count);
    }

    [Fact]
    public void Every_day_matches_chinese_days()
    {
        // chinese-days 1.5.7 agrees with the notices on every day, including the 2020 Spring Festival extension
        // (国办发明电〔2020〕1号) and 2023's New Year holiday starting 2022-12-31: no exceptions.
        var diffs = Differences(Read("reference-chinese-days.csv"), new Dictionary<string, string>());
        Assert.True(diffs.Count == 0, string.Join("\n", diffs));
    }

    [Fact]
    public void Every_day_matches_chinese_workday_except_where_the_notice_says_otherwise()
    {
        var notice = new Dictionary<string, string>
        {
            // 国办发明电〔2020〕1号 extended the 2020 Spring Festival holiday to 2020-02-02 (Sunday), work resumed
            // 2020-02-03; the planned make-up working Saturday 2020-02-01 was thereby cancelled. chinese-workday
            // 1.16.1 still has the original 国办发明电〔2019〕16号 arrangement.
            ["2020-01-31"] = "holiday",
            ["2020-02-01"] = "holiday",
            ["2020-02-02"] = "holiday",
            // 国办发明电〔2020〕27号: "元旦：2021年1月1日至3日放假，共3天" — the weekend days belong to the holiday;
            // the package calls them weekend (a rest day either way, so no deadline changes).
            ["2021-01-02"] = "holiday",
            ["2021-01-03"] = "holiday",
            // 国办发明电〔2022〕16号: "元旦：2022年12月31日至2023年1月2日放假调休，共3天" — 2023-01-03 (Tuesday) is a
            // working day; the package wrongly marks it a holiday.
            ["2023-01-03"] = "workday",
        };
        var diffs = Differences(Read("reference-chinese-workday.csv"), notice);
        Assert.True(diffs.Count == 0, string.Join("\n", diffs));
    }
}
