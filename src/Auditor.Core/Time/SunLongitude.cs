namespace Auditor.Core.Time;

/// <summary>
/// The Sun's apparent geocentric ecliptic longitude, by the method of J. Meeus, <i>Astronomical Algorithms</i>
/// (2nd ed., 1998), ch. 25 "higher accuracy": the Earth's heliocentric longitude from the truncated VSOP87 series
/// (Meeus appendix III; the same table as NREL's Solar Position Algorithm, Reda &amp; Andreas 2004, table A4.2),
/// + 180°, the FK5 correction (−0.09033″), nutation in longitude (Meeus ch. 22, the four-term series, ±0.5″) and
/// aberration (−20.4898″ / R). Accurate to about 1″, i.e. about half a minute of time for a solar term.
/// </summary>
public static partial class SunLongitude
{
    private const double Deg = Math.PI / 180;
    private const double ArcSecond = 1.0 / 3600;

    /// <summary>Apparent longitude in degrees [0, 360) at a Julian Ephemeris Day (TT).</summary>
    public static double Apparent(double jde)
    {
        double t = (jde - 2451545.0) / 36525.0; // Julian centuries from J2000.0
        double tau = t / 10;                    // Julian millennia
        double l = 0, power = 1;
        foreach (var series in EarthLongitude)
        {
            double sum = 0;
            foreach (var (a, b, c) in series) sum += a * Math.Cos(b + c * tau);
            l += sum * power;
            power *= tau;
        }
        double geocentric = l / 1e8 / Deg + 180;

        // Nutation in longitude (Meeus 22, low accuracy).
        double omega = (125.04452 - 1934.136261 * t) * Deg;
        double sunMean = (280.4665 + 36000.7698 * t) * Deg;
        double moonMean = (218.3165 + 481267.8813 * t) * Deg;
        double nutation = (-17.20 * Math.Sin(omega) - 1.32 * Math.Sin(2 * sunMean) - 0.23 * Math.Sin(2 * moonMean) + 0.21 * Math.Sin(2 * omega)) * ArcSecond;

        // Earth–Sun distance in AU for the aberration (Meeus 25.5; its error is far below 0.01″ of aberration).
        double e = 0.016708634 - 0.000042037 * t;
        double meanAnomaly = (357.52911 + 35999.05029 * t) * Deg;
        double center = ((1.914602 - 0.004817 * t) * Math.Sin(meanAnomaly) + (0.019993 - 0.000101 * t) * Math.Sin(2 * meanAnomaly)
            + 0.000289 * Math.Sin(3 * meanAnomaly)) * Deg;
        double radius = 1.000001018 * (1 - e * e) / (1 + e * Math.Cos(meanAnomaly + center));

        double apparent = geocentric - 0.09033 * ArcSecond + nutation - 20.4898 * ArcSecond / radius;
        apparent %= 360;
        return apparent < 0 ? apparent + 360 : apparent;
    }

    /// <summary>
    /// ΔT = TT − UT in seconds for a decimal year, by the polynomials of Espenak &amp; Meeus (NASA, "Five Millennium
    /// Canon of Solar Eclipses", 2006) for 1986–2150. Beyond today ΔT is a prediction: its error grows to a minute
    /// or two by 2100, which matters only for a solar term within that much of midnight.
    /// </summary>
    public static double DeltaTSeconds(double year)
    {
        if (year < 1986 || year > 2150) throw new ArgumentOutOfRangeException(nameof(year), year, "ΔT polynomials cover 1986–2150");
        if (year < 2005)
        {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
        }
        if (year < 2050)
        {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }
}
