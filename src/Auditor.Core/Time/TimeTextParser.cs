using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// The one reader of time text typed by people or written by other software (ledger cells, command-line options,
/// overrides files). It returns what the text says — a <see cref="TimeTextValue"/> of one <see cref="TimeTextShape"/> —
/// or why it cannot be read; it never fills in a missing time, year or date, and never guesses.
/// <list type="bullet">
/// <item>Dates: 2026-07-03, 2026/7/3, 2026.7.3, 2026年7月3日 (or 3号); separators may be mixed and spaced; compact
/// 20260703, 202607031420, 20260703142005. Without a year: 7月5日, 7月5号; "07-05" and "7/5" (month first) only
/// when a time follows, since alone they are as likely a code or a ratio. A weekday may follow a date (星期六, 周六,
/// 礼拜六, in brackets or not) and must be that date's weekday. A year written last ("7/4/2026") is refused: month-first
/// and day-first cannot be told apart.</item>
/// <item>Times: 14:20, 9:05:30, 14:20:05.5 (fractions of a second dropped), 14时, 14点, 14时20分, 14点26分05秒,
/// 2点半, 2 pm; after a date a space or T separates them ("2026-07-03T14:20"), none is needed after 日 or before a
/// part-of-day word. 24:00 (24时) is the end of the written day, 00:00 of the next.</item>
/// <item>Part-of-day words before the time: 上午, 下午, 中午, 晚上/晚间, 夜间/夜里, 凌晨, 早上/早晨/清晨, 傍晚; am/pm
/// (a.m., p.m., any case) before or after it. An hour already past 12 is kept when the word allows it ("下午14:30" is
/// 14:30) and refused when it contradicts ("上午15:00"). Twelve o'clock: 中午12:30 and 下午12:30 and 12:30 pm are
/// 12:30; 凌晨12:30 and 12:30 am are 00:30; 晚上12点 is 24:00 (00:00 of the next day) and 晚上12:30 is 00:30 of the
/// next day; 上午12点 is refused (software writes midnight so, people mean noon); 晚上1点 is refused (which night?).</item>
/// <item>Full-width digits, letters, colons, dashes, slashes and spaces are read as their ASCII forms.</item>
/// <item>A bare number ("46000", "46206.5") is not a time: text is never taken as an Excel serial date.</item>
/// </list>
/// The common export spelling "yyyy-MM-dd HH:mm[:ss]" takes a fast path with no allocation.
/// </summary>
public static class TimeTextParser
{
    /// <summary>Years outside this range are refused: a typo, not a time the audit can be about.</summary>
    public const int MinYear = 1900, MaxYear = 2200;

    // Longer texts are remarks, not times; refusing them early keeps a long comment cell cheap.
    private const int MaxLength = 64;

    public static TimeTextResult Parse(string? text) =>
        text is null ? TimeTextResult.ForProblem(TimeTextProblem.Blank) : Parse(text.AsSpan());

    /// <summary>As <see cref="Parse(string)"/>, for text that is not a string of its own (a slice of a file's buffer).</summary>
    public static TimeTextResult Parse(ReadOnlySpan<char> text) =>
        TryFast(text, out var fast) ? TimeTextResult.ForValue(fast) : ParseGeneral(text);

    // Apart from Parse so that the fast path does not pay for this method's stack buffer.
    private static TimeTextResult ParseGeneral(ReadOnlySpan<char> text)
    {
        var raw = text.Trim();
        if (raw.IsEmpty) return TimeTextResult.ForProblem(TimeTextProblem.Blank);
        if (raw.Length > MaxLength) return TimeTextResult.ForProblem(TimeTextProblem.Unrecognised);
        Span<char> buffer = stackalloc char[raw.Length];
        for (int i = 0; i < raw.Length; i++) buffer[i] = Normalize(raw[i]);
        return ParseNormalized(buffer);
    }

    /// <summary>"yyyy-MM-dd HH:mm" and "yyyy-MM-dd HH:mm:ss" (space or T): the spelling of most exports.</summary>
    private static bool TryFast(ReadOnlySpan<char> s, out TimeTextValue value)
    {
        value = default;
        if (s.Length is not (16 or 19) || s[4] != '-' || s[7] != '-' || (s[10] != ' ' && s[10] != 'T') || s[13] != ':') return false;
        if (s.Length == 19 && s[16] != ':') return false;
        if (!D2(s, 0, out int c) || !D2(s, 2, out int yy) || !D2(s, 5, out int mo) || !D2(s, 8, out int d)
            || !D2(s, 11, out int h) || !D2(s, 14, out int mi)) return false;
        int sec = 0;
        if (s.Length == 19 && !D2(s, 17, out sec)) return false;
        int y = c * 100 + yy;
        // Anything unusual (24:00, an impossible date) goes the general way, which says why.
        if (y is < MinYear or > MaxYear || mo is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, mo)
            || h > 23 || mi > 59 || sec > 59) return false;
        value = new TimeTextValue(new LocalDateTime(y, mo, d, h, mi, sec));
        return true;
    }

    private static bool D2(ReadOnlySpan<char> s, int i, out int v)
    {
        v = 0;
        if (!char.IsAsciiDigit(s[i]) || !char.IsAsciiDigit(s[i + 1])) return false;
        v = (s[i] - '0') * 10 + (s[i + 1] - '0');
        return true;
    }

    private static char Normalize(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        >= 'Ａ' and <= 'Ｚ' => (char)('a' + (c - 'Ａ')),
        >= 'ａ' and <= 'ｚ' => (char)('a' + (c - 'ａ')),
        >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
        '：' => ':',
        '－' => '-',
        '／' => '/',
        '．' => '.',
        '（' => '(',
        '）' => ')',
        '時' => '时',
        '點' => '点',
        '號' => '号',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    private enum DateForm { None, Full, MonthDayChinese, MonthDayNumeric }

    private static TimeTextResult ParseNormalized(ReadOnlySpan<char> s)
    {
        if (IsNumberText(s)) return ParseCompact(s);
        int p = 0;
        var problem = ReadDate(s, ref p, out var date, out bool dayMark);
        if (problem != TimeTextProblem.None) return TimeTextResult.ForProblem(problem);
        if (date.Form != DateForm.None)
        {
            int r = Spaces(s, p);
            if (r == s.Length)
            {
                if (date.Form != DateForm.MonthDayNumeric) return Build(date, hasTime: false, 0, 0, 0, DayPeriod.None, "");
                // "07-05" alone: a date only if it could be one, and even then it is not taken as one.
                var (mo, d) = (date.Month, date.Day);
                bool couldBeDate = mo is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(2000, mo);
                return couldBeDate ? TimeTextResult.ForProblem(TimeTextProblem.MonthDayWithoutTime, mo, d) : Unrecognised;
            }
            if (r == p)
            {
                // No space between date and time: allowed after 日/号, before a part-of-day word, or as ISO's T.
                if (s[r] == 't') r++;
                else if (!dayMark && DayPeriods.MatchChinese(s[r..], out _, out _) == DayPeriod.None) return Unrecognised;
            }
            p = r;
        }
        problem = ReadTime(s, ref p, out int h, out int mi, out int sec, out var period, out string word);
        if (problem != TimeTextProblem.None) return TimeTextResult.ForProblem(problem, word: word);
        return Build(date, hasTime: true, h, mi, sec, period, word);
    }

    /// <summary>The date part as written; <see cref="Weekday"/> when a weekday was written after it ("2026年7月4日 星期六").</summary>
    private readonly record struct DateParts(DateForm Form, int Year, int Month, int Day, IsoDayOfWeek Weekday, string WeekdayText);

    private static TimeTextResult Unrecognised => TimeTextResult.ForProblem(TimeTextProblem.Unrecognised);

    /// <summary>
    /// A date at <paramref name="p"/>, if one starts there: year-month-day, Chinese month-day, or numeric month-day.
    /// When the text starts with a number that is not a date (the hour of "14:20"), <paramref name="form"/> is None and
    /// <paramref name="p"/> stays.
    /// </summary>
    private static TimeTextProblem ReadDate(ReadOnlySpan<char> s, ref int p, out DateParts date, out bool dayMark)
    {
        date = default;
        dayMark = false;
        var form = DateForm.None;
        int y = 0, mo = 0, d = 0;
        int q = p;
        if (!ReadNumber(s, ref q, out int first, out int firstDigits)) return TimeTextProblem.None;
        q = Spaces(s, q);
        char sep = q < s.Length ? s[q] : '\0';
        if (firstDigits == 4 && sep is '-' or '/' or '.' or '年')
        {
            q = Spaces(s, q + 1);
            if (!ReadNumber(s, ref q, out mo, out int moDigits) || moDigits > 2) return TimeTextProblem.Unrecognised;
            q = Spaces(s, q);
            if (q >= s.Length || s[q] is not ('-' or '/' or '.' or '月')) return TimeTextProblem.Unrecognised;
            q = Spaces(s, q + 1);
            if (!ReadNumber(s, ref q, out d, out int dDigits) || dDigits > 2) return TimeTextProblem.Unrecognised;
            y = first;
            form = DateForm.Full;
        }
        else if (firstDigits <= 2 && sep == '月')
        {
            q = Spaces(s, q + 1);
            if (!ReadNumber(s, ref q, out d, out int dDigits) || dDigits > 2) return TimeTextProblem.Unrecognised;
            mo = first;
            form = DateForm.MonthDayChinese;
        }
        else if (firstDigits <= 2 && sep is '-' or '/' or '.')
        {
            q = Spaces(s, q + 1);
            if (!ReadNumber(s, ref q, out d, out int dDigits) || dDigits > 2) return TimeTextProblem.Unrecognised;
            int r = Spaces(s, q);
            if (r < s.Length && s[r] is '-' or '/' or '.')
            {
                // "26-07-03" has a two-digit year; "7/4/2026" or "4.7.2026" has it last, in an order that cannot be told.
                r = Spaces(s, r + 1);
                return ReadNumber(s, ref r, out _, out int lastDigits) && lastDigits == 4 ? TimeTextProblem.YearLast : TimeTextProblem.TwoDigitYear;
            }
            // "7.5 14:00" is not a month-day: with a dot it reads as a decimal number.
            if (sep == '.') return TimeTextProblem.Unrecognised;
            mo = first;
            form = DateForm.MonthDayNumeric;
        }
        else return TimeTextProblem.None;
        p = q;
        if (form != DateForm.MonthDayNumeric)
        {
            int r = Spaces(s, q);
            if (r < s.Length && s[r] is '日' or '号')
            {
                p = r + 1;
                dayMark = true;
            }
        }
        int w = ReadWeekday(s, Spaces(s, p), out var weekday, out string weekdayText);
        if (weekday != IsoDayOfWeek.None)
        {
            p = w;
            dayMark = true; // like 日, it ends the date: a time may follow directly
        }
        date = new DateParts(form, y, mo, d, weekday, weekdayText);
        return TimeTextProblem.None;
    }

    /// <summary>
    /// A weekday written after a date, as WPS and Excel date formats add it: 星期六, 周六, 礼拜六 (日/天 for Sunday),
    /// optionally in brackets. Returns the position after it.
    /// </summary>
    private static int ReadWeekday(ReadOnlySpan<char> s, int p, out IsoDayOfWeek weekday, out string text)
    {
        weekday = IsoDayOfWeek.None;
        text = "";
        int q = p;
        bool bracket = q < s.Length && s[q] == '(';
        if (bracket) q = Spaces(s, q + 1);
        int start = q;
        if (s[q..].StartsWith("星期")) q += 2;
        else if (s[q..].StartsWith("礼拜")) q += 2;
        else if (s[q..].StartsWith("周")) q += 1;
        else return p;
        if (q >= s.Length) return p;
        var day = s[q] switch
        {
            '一' => IsoDayOfWeek.Monday, '二' => IsoDayOfWeek.Tuesday, '三' => IsoDayOfWeek.Wednesday, '四' => IsoDayOfWeek.Thursday,
            '五' => IsoDayOfWeek.Friday, '六' => IsoDayOfWeek.Saturday, '日' or '天' => IsoDayOfWeek.Sunday, _ => IsoDayOfWeek.None,
        };
        if (day == IsoDayOfWeek.None) return p;
        q++;
        var written = s[start..q];
        if (bracket)
        {
            q = Spaces(s, q);
            if (q >= s.Length || s[q] != ')') return p;
            q++;
        }
        weekday = day;
        text = written.ToString();
        return q;
    }

    /// <summary>A clock time at <paramref name="p"/> with its part-of-day word, running to the end of the text.</summary>
    private static TimeTextProblem ReadTime(ReadOnlySpan<char> s, ref int p, out int h, out int mi, out int sec, out DayPeriod period, out string word)
    {
        h = mi = sec = 0;
        period = DayPeriods.MatchChinese(s[p..], out int len, out word);
        if (period == DayPeriod.None) period = DayPeriods.MatchLatin(s[p..], out len, out word);
        p = Spaces(s, p + len);
        if (p >= s.Length) return period == DayPeriod.None ? TimeTextProblem.Unrecognised : TimeTextProblem.PeriodWithoutTime;
        if (!ReadNumber(s, ref p, out h, out int hDigits) || hDigits > 2) return TimeTextProblem.Unrecognised;
        p = Spaces(s, p);
        if (p >= s.Length) return TimeTextProblem.Unrecognised;
        char sep = s[p];
        if (sep == ':')
        {
            p = Spaces(s, p + 1);
            if (!ReadNumber(s, ref p, out mi, out int mDigits) || mDigits > 2) return TimeTextProblem.Unrecognised;
            p = AfterMinuteMark(s, p, out bool fen);
            if (!ReadSeconds(s, ref p, colonOnly: !fen, out sec)) return TimeTextProblem.Unrecognised;
        }
        else if (sep is '时' or '点')
        {
            p = Spaces(s, p + 1);
            if (p < s.Length && s[p] == '半')
            {
                mi = 30;
                p++;
            }
            else if (ReadNumber(s, ref p, out mi, out int mDigits))
            {
                if (mDigits > 2) return TimeTextProblem.Unrecognised;
                p = AfterMinuteMark(s, p, out bool fen);
                if (!ReadSeconds(s, ref p, colonOnly: !fen, out sec)) return TimeTextProblem.Unrecognised;
            }
        }
        // "2 pm": an hour alone is a time only with am/pm after it, which the lines below read.
        else if (DayPeriods.MatchLatin(s[p..], out _, out _) == DayPeriod.None) return TimeTextProblem.Unrecognised;

        int r = Spaces(s, p);
        if (r < s.Length)
        {
            var after = DayPeriods.MatchLatin(s[r..], out int afterLen, out string afterWord);
            if (after == DayPeriod.None)
                return period != DayPeriod.None && DayPeriods.MatchChinese(s[r..], out _, out _) != DayPeriod.None
                    ? TimeTextProblem.TwoPeriods : TimeTextProblem.Unrecognised;
            if (period != DayPeriod.None) return TimeTextProblem.TwoPeriods;
            period = after;
            word = afterWord;
            r = Spaces(s, r + afterLen);
        }
        p = r;
        return p == s.Length ? TimeTextProblem.None : TimeTextProblem.Unrecognised;
    }

    /// <summary>Skips an optional 分 after the minutes (spaces around it allowed); says whether there was one.</summary>
    private static int AfterMinuteMark(ReadOnlySpan<char> s, int p, out bool fen)
    {
        int r = Spaces(s, p);
        fen = r < s.Length && s[r] == '分';
        return fen ? r + 1 : p;
    }

    /// <summary>
    /// Optional seconds: ":05", or after 分 simply "05"; a fraction of a second is dropped; an optional 秒 follows.
    /// False when a seconds separator is not followed by seconds.
    /// </summary>
    private static bool ReadSeconds(ReadOnlySpan<char> s, ref int p, bool colonOnly, out int sec)
    {
        sec = 0;
        int r = Spaces(s, p);
        if (r < s.Length && s[r] == ':') r = Spaces(s, r + 1);
        else if (colonOnly || r >= s.Length || !char.IsAsciiDigit(s[r])) return true;
        if (!ReadNumber(s, ref r, out sec, out int digits) || digits > 2) return false;
        if (r + 1 < s.Length && s[r] == '.' && char.IsAsciiDigit(s[r + 1]))
        {
            r++;
            while (r < s.Length && char.IsAsciiDigit(s[r])) r++;
        }
        int t = Spaces(s, r);
        p = t < s.Length && s[t] == '秒' ? t + 1 : r;
        return true;
    }

    /// <summary>Checks every field and builds the value; the first field out of range is the reason.</summary>
    private static TimeTextResult Build(DateParts date, bool hasTime, int h, int mi, int sec, DayPeriod period, string word)
    {
        var (form, y, mo, d, weekday, weekdayText) = date;
        if (form == DateForm.Full && y is < MinYear or > MaxYear) return TimeTextResult.ForProblem(TimeTextProblem.YearOutOfRange, y);
        if (form != DateForm.None)
        {
            if (mo is < 1 or > 12) return TimeTextResult.ForProblem(TimeTextProblem.MonthOutOfRange, mo);
            // Without a year, 2月29日 is a day that exists (in leap years); completing it with a year checks again.
            int days = CalendarSystem.Iso.GetDaysInMonth(form == DateForm.Full ? y : 2000, mo);
            if (d < 1 || d > days) return TimeTextResult.ForProblem(TimeTextProblem.DayOutOfRange, form == DateForm.Full ? y : 0, mo, d);
            if (form == DateForm.Full && weekday != IsoDayOfWeek.None && new LocalDate(y, mo, d).DayOfWeek != weekday)
                return TimeTextResult.ForProblem(TimeTextProblem.WeekdayMismatch, y, mo, d, weekdayText);
        }
        var time = LocalTime.Midnight;
        bool nextDay = false;
        if (hasTime)
        {
            if (mi > 59) return TimeTextResult.ForProblem(TimeTextProblem.MinuteOutOfRange, mi);
            if (sec > 59) return TimeTextResult.ForProblem(TimeTextProblem.SecondOutOfRange, sec);
            if (h > 24 || (h == 24 && period == DayPeriod.None && (mi != 0 || sec != 0)))
                return TimeTextResult.ForProblem(TimeTextProblem.HourOutOfRange, h);
            if (h == 24 && period == DayPeriod.None) nextDay = true; // 24:00, the end of the written day
            else
            {
                var problem = DayPeriods.ToHour24(period, h, out int h24, out nextDay);
                if (problem != TimeTextProblem.None) return TimeTextResult.ForProblem(problem, h, mi, word: word);
                time = new LocalTime(h24, mi, sec);
            }
        }
        var shape = form switch
        {
            DateForm.None => TimeTextShape.TimeOfDay,
            DateForm.Full => hasTime ? TimeTextShape.DateTime : TimeTextShape.DateOnly,
            _ => TimeTextShape.MonthDay,
        };
        // A weekday after a month-day is kept: it is checked when the year is known (WithYear).
        var kept = form == DateForm.Full ? IsoDayOfWeek.None : weekday;
        return TimeTextResult.ForValue(new TimeTextValue(shape, form == DateForm.Full ? y : 0, mo, d, time, hasTime, nextDay, kept, weekdayText));
    }

    /// <summary>Digits with at most one dot: a compact date (8, 12 or 14 digits) or a bare number.</summary>
    private static bool IsNumberText(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !char.IsAsciiDigit(s[0])) return false;
        int dots = 0;
        foreach (var c in s)
        {
            if (c == '.') { if (++dots > 1) return false; }
            else if (!char.IsAsciiDigit(c)) return false;
        }
        return true;
    }

    private static TimeTextResult ParseCompact(ReadOnlySpan<char> s)
    {
        if (s.Length is not (8 or 12 or 14) || s.Contains('.')) return TimeTextResult.ForProblem(TimeTextProblem.BareNumber);
        int y = Digits(s, 0, 4), mo = Digits(s, 4, 2), d = Digits(s, 6, 2);
        var date = new DateParts(DateForm.Full, y, mo, d, IsoDayOfWeek.None, "");
        if (s.Length == 8) return Build(date, hasTime: false, 0, 0, 0, DayPeriod.None, "");
        return Build(date, hasTime: true, Digits(s, 8, 2), Digits(s, 10, 2), s.Length == 14 ? Digits(s, 12, 2) : 0, DayPeriod.None, "");
    }

    private static int Digits(ReadOnlySpan<char> s, int start, int count)
    {
        int v = 0;
        foreach (var c in s.Slice(start, count)) v = v * 10 + (c - '0');
        return v;
    }

    private static int Spaces(ReadOnlySpan<char> s, int p)
    {
        while (p < s.Length && s[p] == ' ') p++;
        return p;
    }

    /// <summary>ASCII digits at <paramref name="p"/>; false when there are none. Values of more than 9 digits are not kept.</summary>
    private static bool ReadNumber(ReadOnlySpan<char> s, ref int p, out int value, out int digits)
    {
        value = 0;
        int start = p;
        while (p < s.Length && char.IsAsciiDigit(s[p]))
        {
            if (p - start < 9) value = value * 10 + (s[p] - '0');
            p++;
        }
        digits = p - start;
        return digits > 0;
    }
}
