using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Tests.Time;

/// <summary>
/// Lunar dates written by hand from published calendars: the State Council notices' own lunar notes (2025: "1月28日
/// （农历除夕）", "2月4日（农历正月初七）"; 2026: "2月15日（农历腊月二十八）", "23日（农历正月初七）"), the festivals the
/// 2020–2026 notices name, and 2027 from published holiday tables (除夕 2月5日, 春节 2月6日, 端午 6月9日, 中秋 9月15日).
/// </summary>
public class LunarDatesTests
{
    [Theory]
    // 2025: 除夕 is 腊月二十九 (a 29-day twelfth month); 正月初一 1-29 (初七 2-4 per the notice).
    [InlineData(2025, "2025-01-28", "2025-01-29")]
    // 2026: 腊月二十八 2-15 → 除夕 2-16 is the 29th; 初七 2-23 → 初一 2-17.
    [InlineData(2026, "2026-02-16", "2026-02-17")]
    [InlineData(2027, "2027-02-05", "2027-02-06")]
    [InlineData(2024, "2024-02-09", "2024-02-10")] // 2024 notice: 除夕（2月9日）
    [InlineData(2023, "2023-01-21", "2023-01-22")]
    public void New_years_eve_and_new_year(int year, string eve, string newYear)
    {
        Assert.Equal(D(eve), LunarDates.NewYearsEve(year));
        Assert.Equal(D(newYear), LunarDates.NewYear(year));
    }

    [Theory]
    // 2020 has a leap fourth month (闰四月): 端午 is in the ordinary fifth month after it, 6-25 (2020 notice: 端午 6-25..6-27).
    [InlineData(2020, "2020-06-25", "2020-10-01")] // 中秋 = 国庆 10-1 (notice: 国庆节、中秋节)
    [InlineData(2021, "2021-06-14", "2021-09-21")]
    [InlineData(2022, "2022-06-03", "2022-09-10")]
    [InlineData(2023, "2023-06-22", "2023-09-29")] // leap second month
    [InlineData(2024, "2024-06-10", "2024-09-17")]
    [InlineData(2025, "2025-05-31", "2025-10-06")] // leap sixth month: 中秋 in October
    [InlineData(2026, "2026-06-19", "2026-09-25")]
    [InlineData(2027, "2027-06-09", "2027-09-15")]
    [InlineData(2028, "2028-05-28", "2028-10-03")] // leap fifth month: 端午 in the ordinary fifth month, before the leap one
    public void Dragon_boat_and_mid_autumn(int year, string duanwu, string zhongqiu)
    {
        Assert.Equal(D(duanwu), LunarDates.Of(year, 5, 5));
        Assert.Equal(D(zhongqiu), LunarDates.Of(year, 8, 15));
    }

    [Fact]
    public void Outside_the_tables_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarDates.NewYear(1900));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarDates.NewYear(2101));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarDates.Of(2027, 13, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarDates.Of(2027, 1, 31));
        Assert.Equal(2100, LunarDates.NewYear(2100).Year);
    }

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
