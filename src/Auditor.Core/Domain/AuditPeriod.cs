using System.Text.RegularExpressions;
using NodaTime;

namespace Auditor.Core.Domain;

/// <summary>
/// An assessment period: a quarter ("2026Q3"), a month ("2026-07") or a year ("2026"). Start is inclusive,
/// End exclusive, both local dates. Cases belong to the period in which they were discovered.
/// </summary>
public sealed partial record AuditPeriod(string Id, LocalDate Start, LocalDate End)
{
    /// <summary>Chinese label, e.g. 2026年第三季度.</summary>
    public string Chinese
    {
        get
        {
            var q = QuarterRegex().Match(Id);
            if (q.Success) return $"{q.Groups[1].Value}年第{"一二三四"[int.Parse(q.Groups[2].Value) - 1]}季度";
            var m = MonthRegex().Match(Id);
            if (m.Success) return $"{m.Groups[1].Value}年{int.Parse(m.Groups[2].Value)}月";
            return $"{Id}年度";
        }
    }

    public bool Contains(LocalDate d) => d >= Start && d < End;

    /// <summary>The period just before this one, of the same length kind (for 整改不到位).</summary>
    public AuditPeriod Previous()
    {
        var q = QuarterRegex().Match(Id);
        if (q.Success)
        {
            int y = int.Parse(q.Groups[1].Value), n = int.Parse(q.Groups[2].Value);
            return n == 1 ? Parse($"{y - 1}Q4") : Parse($"{y}Q{n - 1}");
        }
        var m = MonthRegex().Match(Id);
        if (m.Success)
        {
            var d = Start.PlusMonths(-1);
            return Parse($"{d.Year}-{d.Month:00}");
        }
        return Parse((Start.Year - 1).ToString());
    }

    public static AuditPeriod Parse(string text)
    {
        if (TryParse(text, out var p)) return p!;
        throw new FormatException($"无法识别的考核期：“{text}”（应为 2026Q3、2026-07 或 2026）");
    }

    public static bool TryParse(string? text, out AuditPeriod? period)
    {
        period = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim().ToUpperInvariant();
        var q = QuarterRegex().Match(text);
        if (q.Success)
        {
            int y = int.Parse(q.Groups[1].Value), n = int.Parse(q.Groups[2].Value);
            if (n is < 1 or > 4) return false;
            var start = new LocalDate(y, 3 * (n - 1) + 1, 1);
            period = new AuditPeriod($"{y}Q{n}", start, start.PlusMonths(3));
            return true;
        }
        var m = MonthRegex().Match(text);
        if (m.Success)
        {
            int y = int.Parse(m.Groups[1].Value), mo = int.Parse(m.Groups[2].Value);
            if (mo is < 1 or > 12) return false;
            var start = new LocalDate(y, mo, 1);
            period = new AuditPeriod($"{y}-{mo:00}", start, start.PlusMonths(1));
            return true;
        }
        var yr = YearRegex().Match(text);
        if (yr.Success)
        {
            int y = int.Parse(yr.Groups[1].Value);
            period = new AuditPeriod($"{y}", new LocalDate(y, 1, 1), new LocalDate(y + 1, 1, 1));
            return true;
        }
        return false;
    }

    public override string ToString() => Id;

    [GeneratedRegex(@"^(\d{4})Q(\d)$")] private static partial Regex QuarterRegex();
    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$")] private static partial Regex MonthRegex();
    [GeneratedRegex(@"^(\d{4})$")] private static partial Regex YearRegex();
}
