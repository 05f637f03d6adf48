using NodaTime;

namespace Auditor.Reports.Text;

/// <summary>Dates as GB/T 9704-2012 writes them: Arabic numerals, full year, no leading zeros (2026年10月15日).</summary>
public static class OfficialDate
{
    public static string Format(LocalDate d) => $"{d.Year}年{d.Month}月{d.Day}日";

    public static string Format(LocalDateTime t) => $"{t.Year}年{t.Month}月{t.Day}日{t.Hour}时{t.Minute:00}分";

    /// <summary>Ordinal for first-level headings: 1 → 一, 12 → 十二.</summary>
    public static string ChineseNumber(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n <= 0) return n.ToString();
        if (n < 10) return digits[n].ToString();
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        if (n < 100) return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        return n.ToString();
    }
}
