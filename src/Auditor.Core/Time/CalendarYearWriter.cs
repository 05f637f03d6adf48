using System.Globalization;
using System.Text;
using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// Writes a <see cref="CalendarYear"/> as a rules/calendars/ file (the format <see cref="WorkCalendarLoader"/> reads,
/// rules/calendars/README.md). Texts are double-quoted YAML scalars, so no wording of a notice can break the file.
/// </summary>
public static class CalendarYearWriter
{
    public static string Write(CalendarYear year, string? comment = null)
    {
        var w = new StringBuilder();
        if (comment is not null)
            foreach (var line in comment.Split('\n')) w.Append("# ").Append(line.TrimEnd()).Append('\n');
        w.Append("year: ").Append(year.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        w.Append("notice:\n");
        Notice(w, year.Notice, "  ");
        if (year.Amendments.Count > 0)
        {
            w.Append("amendments:\n");
            foreach (var a in year.Amendments) Notice(w, a, "  - ", "    ");
        }
        w.Append("holidays:\n");
        foreach (var h in year.Holidays)
        {
            w.Append("  - name: ").Append(Quoted(h.Name)).Append('\n');
            w.Append("    from: ").Append(Date(h.From)).Append('\n');
            w.Append("    to: ").Append(Date(h.To)).Append('\n');
            w.Append("    days: ").Append((Period.Between(h.From, h.To, PeriodUnits.Days).Days + 1).ToString(CultureInfo.InvariantCulture)).Append('\n');
            if (h.Text is not null) w.Append("    text: ").Append(Quoted(h.Text)).Append('\n');
        }
        if (year.AdjustedWorkdays.Count > 0)
        {
            w.Append("adjusted_workdays:\n");
            foreach (var a in year.AdjustedWorkdays.OrderBy(a => a.Date))
            {
                w.Append("  - date: ").Append(Date(a.Date)).Append('\n');
                w.Append("    for: ").Append(Quoted(a.For)).Append('\n');
            }
        }
        return w.ToString();
    }

    private static void Notice(StringBuilder w, CalendarNotice n, string first, string? rest = null)
    {
        rest ??= first;
        w.Append(first).Append("title: ").Append(Quoted(n.Title)).Append('\n');
        w.Append(rest).Append("number: ").Append(Quoted(n.Number)).Append('\n');
        w.Append(rest).Append("issued: ").Append(Date(n.Issued)).Append('\n');
    }

    private static string Date(LocalDate d) => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped, everything else as is.</summary>
    private static string Quoted(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c < ' ' || c == '\u007f') sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
