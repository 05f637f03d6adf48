using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// The 24 solar terms (二十四节气): the instant the Sun's apparent longitude reaches a multiple of 15°, and its date
/// in Beijing time (UTC+8, the time the 紫金山天文台 almanac and the State Council use). 清明 is 15°.
/// Computed with <see cref="SunLongitude"/> and ΔT per Espenak &amp; Meeus, for 1986–2150.
/// </summary>
public static class SolarTerms
{
    /// <summary>
    /// Years whose every term can be computed: ΔT's polynomials end at the start of 2150, so 2150's own terms (from
    /// 小寒 in January on) lie past them.
    /// </summary>
    public const int FirstYear = 1986, LastYear = 2149;

    /// <summary>Ecliptic longitude of 清明.</summary>
    public const int QingmingLongitude = 15;

    private static readonly Offset Beijing = Offset.FromHours(8);

    /// <summary>The instant (UTC) in <paramref name="year"/> when the Sun's apparent longitude is <paramref name="longitude"/>°.</summary>
    public static Instant Instant(int year, int longitude)
    {
        if (year < FirstYear || year > LastYear) throw new ArgumentOutOfRangeException(nameof(year), year, $"solar terms are computed for {FirstYear}–{LastYear}");
        if (longitude < 0 || longitude >= 360 || longitude % 15 != 0) throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "a multiple of 15 in [0, 360)");
        // The March equinox (0°) falls about March 20 and the Sun gains about 360/365.2422 degrees a day; in a calendar
        // year the terms run from 小寒 (285°, January) to 冬至 (270°, December).
        double days = (longitude < 285 ? longitude : longitude - 360) / 360.0 * 365.2422;
        double jde = JulianDay(new LocalDate(year, 3, 20)) + days;
        // Newton steps (Meeus 27, "JDE + 58 sin(target − λ)"): 58 days ≈ 1 / (dλ/dt in radians per day).
        for (int i = 0; i < 20; i++)
        {
            double diff = longitude - SunLongitude.Apparent(jde);
            diff -= 360 * Math.Round(diff / 360);
            double step = 58 * Math.Sin(diff * Math.PI / 180);
            jde += step;
            if (Math.Abs(step) < 1e-7) break;
        }
        double decimalYear = year + (jde - JulianDay(new LocalDate(year, 1, 1))) / 365.25;
        double ut = jde - SunLongitude.DeltaTSeconds(decimalYear) / 86400;
        return NodaConstants.JulianEpoch + Duration.FromTicks((long)Math.Round(ut * NodaConstants.TicksPerDay));
    }

    /// <summary>The Beijing date of the solar term.</summary>
    public static LocalDate Date(int year, int longitude) => Instant(year, longitude).WithOffset(Beijing).Date;

    /// <summary>清明 of the year (Beijing date): the day 《全国年节及纪念日放假办法》 calls 农历清明当日.</summary>
    public static LocalDate Qingming(int year) => Date(year, QingmingLongitude);

    private static double JulianDay(LocalDate date) =>
        (date.AtMidnight().InUtc().ToInstant() - NodaConstants.JulianEpoch).TotalDays;
}
