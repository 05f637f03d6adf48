using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Tests.Time;

public class WindowAndTimeTextTests
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    [Theory]
    [InlineData("5h", WindowKind.Hours, 5)]
    [InlineData("48h", WindowKind.Hours, 48)]
    [InlineData("3d", WindowKind.Days, 3)]
    [InlineData("2wd", WindowKind.WorkingDays, 2)]
    [InlineData(" 10WD ", WindowKind.WorkingDays, 10)]
    [InlineData("same-day", WindowKind.SameDay, 0)]
    public void Parses_amount_windows(string text, WindowKind kind, int amount)
    {
        var w = Window.Parse(text);
        Assert.Equal(kind, w.Kind);
        Assert.Equal(amount, w.Amount);
    }

    [Fact]
    public void Parses_by_time()
    {
        var w = Window.Parse("by-17:00");
        Assert.Equal(WindowKind.ByTimeOfDay, w.Kind);
        Assert.Equal(new LocalTime(17, 0), w.TimeOfDay);
        Assert.Equal("by-17:00", w.ToString());
        Assert.Equal("by-08:30", Window.Parse("by-8:30").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("0d")]
    [InlineData("-1h")]
    [InlineData("3 days")]
    [InlineData("by-24:00")]
    [InlineData("by-17:60")]
    [InlineData("99999999h")]
    [InlineData("sameday")]
    public void Rejects_bad_text_with_a_chinese_message(string text)
    {
        Assert.False(Window.TryParse(text, out var w, out var error));
        Assert.Null(w);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error!);
        Assert.Throws<FormatException>(() => Window.Parse(text));
    }

    [Theory]
    [InlineData("5h")]
    [InlineData("3d")]
    [InlineData("2wd")]
    [InlineData("same-day")]
    [InlineData("by-17:00")]
    public void Canonical_text_round_trips(string text) => Assert.Equal(text, Window.Parse(text).ToString());

    [Fact]
    public void Iso_shows_end_of_day_as_next_midnight()
    {
        var endOfOct8 = new LocalDate(2026, 10, 9).AtStartOfDayInZone(Zone).ToInstant();
        Assert.Equal("2026-10-09T00:00:00", TimeText.Iso(endOfOct8, Zone));
        Assert.Equal("10月8日24时", TimeText.Chinese(endOfOct8, Zone, endOfDay: true));
        Assert.Equal("2026年10月8日24时", TimeText.Chinese(endOfOct8, Zone, endOfDay: true, withYear: true));
        Assert.Equal("10月9日0:00", TimeText.Chinese(endOfOct8, Zone));
    }

    [Fact]
    public void Chinese_time_of_day()
    {
        var t = new LocalDateTime(2026, 7, 11, 3, 0).InZoneStrictly(Zone).ToInstant();
        Assert.Equal("7月11日3:00", TimeText.Chinese(t, Zone));
        Assert.Equal("2026年7月11日3:00", TimeText.Chinese(t, Zone, false, withYear: true));
        Assert.Equal("2026-07-11T03:00:00", TimeText.Iso(t, Zone));
        var u = new LocalDateTime(2026, 12, 1, 16, 5, 9).InZoneStrictly(Zone).ToInstant();
        Assert.Equal("12月1日16:05:09", TimeText.Chinese(u, Zone));
        // end-of-day flag only changes a midnight value
        Assert.Equal("7月11日3:00", TimeText.Chinese(t, Zone, endOfDay: true));
    }
}
