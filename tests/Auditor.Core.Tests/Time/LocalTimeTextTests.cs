using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Tests.Time;

public class LocalTimeTextTests
{
    [Theory]
    [InlineData("2026-07-03 14:20", 14, 20, 0)]
    [InlineData("2026/7/3 14:20:05", 14, 20, 5)]
    [InlineData("2026.07.03 14:20", 14, 20, 0)]
    [InlineData("2026-07-03T14:20", 14, 20, 0)]
    [InlineData("2026年7月3日14时20分", 14, 20, 0)]
    [InlineData("2026年7月3日14时", 14, 0, 0)]
    [InlineData("2026年7月3日14点", 14, 0, 0)]
    [InlineData("2026年7月3日 14:20", 14, 20, 0)]
    [InlineData("2026年7月3日9时5分30秒", 9, 5, 30)]
    [InlineData("  2026-7-3 9:00  ", 9, 0, 0)]
    public void Parses_the_design_formats(string text, int h, int m, int s)
    {
        Assert.True(LocalTimeText.TryParse(text, out var v, out var hasTime));
        Assert.True(hasTime);
        Assert.Equal(new LocalDateTime(2026, 7, 3, h, m, s), v);
    }

    [Theory]
    [InlineData("2026-07-03")]
    [InlineData("2026/7/3")]
    [InlineData("2026年7月3日")]
    public void A_date_alone_has_no_time(string text)
    {
        Assert.True(LocalTimeText.TryParse(text, out var v, out var hasTime));
        Assert.False(hasTime);
        Assert.Equal(new LocalDate(2026, 7, 3), v.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-02-29 10:00")] // not a leap year
    [InlineData("2026-13-01 10:00")]
    [InlineData("2026-07-03 24:00")]
    [InlineData("2026-07-03 12:60")]
    [InlineData("26-07-03 12:00")]
    [InlineData("7月3日14时")]
    [InlineData("2026-07-03 14")]
    public void Rejects_what_is_not_a_date_time(string text) => Assert.False(LocalTimeText.TryParse(text, out _, out _));

    [Fact]
    public void Leap_day_is_a_date() => Assert.True(LocalTimeText.TryParse("2024-02-29 10:00", out _, out _));
}
