namespace Auditor.Core.Time;

/// <summary>A part-of-day word written with a clock time: 上午, 下午, 中午, 晚上, 凌晨, 早上, 傍晚, 夜间 … and AM/PM.</summary>
internal enum DayPeriod : byte
{
    None,
    /// <summary>上午: 0–11 时; "上午12时" is ambiguous (software writes midnight so, speech means noon).</summary>
    Morning,
    /// <summary>早上, 早晨, 清晨: 0–11 时.</summary>
    EarlyMorning,
    /// <summary>凌晨: 0–11 时, "凌晨12时" is 0 时 (the midnight that starts the day).</summary>
    SmallHours,
    /// <summary>中午: 11–14 时; "中午1点" is 13 时.</summary>
    Noon,
    /// <summary>下午: 12–23 时; "下午2点" is 14 时, "下午12点" is noon.</summary>
    Afternoon,
    /// <summary>傍晚: 16–20 时.</summary>
    Dusk,
    /// <summary>晚上, 晚间, 夜间, 夜里: 17–24 时; "晚上12点" is 24 时, the midnight that ends the day.</summary>
    Evening,
    /// <summary>am, a.m.: 12-hour clock, "12 am" is 0 时.</summary>
    Am,
    /// <summary>pm, p.m.: 12-hour clock, "12 pm" is noon.</summary>
    Pm,
}

/// <summary>The part-of-day words the parser knows and how each turns a written hour into a 24-hour one.</summary>
internal static class DayPeriods
{
    private static readonly (string Word, DayPeriod Period)[] ChineseWords =
    [
        ("上午", DayPeriod.Morning), ("下午", DayPeriod.Afternoon), ("中午", DayPeriod.Noon),
        ("晚上", DayPeriod.Evening), ("晚间", DayPeriod.Evening), ("夜间", DayPeriod.Evening), ("夜里", DayPeriod.Evening),
        ("凌晨", DayPeriod.SmallHours), ("早上", DayPeriod.EarlyMorning), ("早晨", DayPeriod.EarlyMorning),
        ("清晨", DayPeriod.EarlyMorning), ("傍晚", DayPeriod.Dusk),
    ];

    // Longest first, so that "a.m." is not read as "a.m" followed by a stray dot.
    private static readonly (string Text, DayPeriod Period, string Word)[] LatinWords =
    [
        ("a.m.", DayPeriod.Am, "AM"), ("p.m.", DayPeriod.Pm, "PM"), ("a.m", DayPeriod.Am, "AM"), ("p.m", DayPeriod.Pm, "PM"),
        ("am", DayPeriod.Am, "AM"), ("pm", DayPeriod.Pm, "PM"),
    ];

    /// <summary>A Chinese part-of-day word at the start of <paramref name="s"/>; its length and the word as written.</summary>
    public static DayPeriod MatchChinese(ReadOnlySpan<char> s, out int length, out string word)
    {
        length = 0;
        word = "";
        // Most texts have no such word: one look at the first character settles it (ingest reads millions of cells).
        if (s.IsEmpty || s[0] is not ('上' or '下' or '中' or '晚' or '夜' or '凌' or '早' or '清' or '傍')) return DayPeriod.None;
        foreach (var (w, p) in ChineseWords)
            if (s.StartsWith(w, StringComparison.Ordinal)) { length = w.Length; word = w; return p; }
        return DayPeriod.None;
    }

    /// <summary>am / a.m. / pm / p.m. (lower case: the parser lower-cases Latin letters) at the start of <paramref name="s"/>.</summary>
    public static DayPeriod MatchLatin(ReadOnlySpan<char> s, out int length, out string word)
    {
        length = 0;
        word = "";
        if (s.IsEmpty || s[0] is not ('a' or 'p')) return DayPeriod.None;
        foreach (var (t, p, w) in LatinWords)
        {
            if (!s.StartsWith(t, StringComparison.Ordinal)) continue;
            // "am" must be a word of its own: not the start of "amount".
            if (s.Length > t.Length && char.IsAsciiLetter(s[t.Length])) break;
            length = t.Length;
            word = w;
            return p;
        }
        return DayPeriod.None;
    }

    /// <summary>
    /// The 24-hour hour that <paramref name="hour"/> (as written, 0–23) means with <paramref name="period"/>; an hour
    /// already past 12 keeps its value when the period allows it ("下午14:30" is 14:30). <paramref name="nextDay"/> is
    /// set for 晚上12点 and its minutes (24:00, 00:30 of the following day).
    /// </summary>
    public static TimeTextProblem ToHour24(DayPeriod period, int hour, out int hour24, out bool nextDay)
    {
        hour24 = hour;
        nextDay = false;
        const TimeTextProblem ok = TimeTextProblem.None, contradicts = TimeTextProblem.PeriodContradictsHour;
        switch (period)
        {
            case DayPeriod.None:
                return ok;
            case DayPeriod.Am or DayPeriod.Morning or DayPeriod.EarlyMorning or DayPeriod.SmallHours:
                if (hour <= 11) return ok;
                if (hour != 12) return contradicts;
                if (period == DayPeriod.Morning) return TimeTextProblem.AmbiguousPeriodHour;
                if (period == DayPeriod.EarlyMorning) return contradicts;
                hour24 = 0;
                return ok;
            case DayPeriod.Pm or DayPeriod.Afternoon:
                if (hour is 0 or > 23) return contradicts;
                if (hour <= 11) hour24 = hour + 12;
                return ok;
            case DayPeriod.Noon:
                if (hour is 1 or 2) { hour24 = hour + 12; return ok; }
                return hour is >= 11 and <= 14 ? ok : contradicts;
            case DayPeriod.Dusk:
                if (hour is >= 4 and <= 8) { hour24 = hour + 12; return ok; }
                return hour is >= 16 and <= 20 ? ok : contradicts;
            case DayPeriod.Evening:
                if (hour is >= 5 and <= 11) { hour24 = hour + 12; return ok; }
                if (hour == 12) { hour24 = 0; nextDay = true; return ok; }
                if (hour is >= 17 and <= 23) return ok;
                return hour <= 4 ? TimeTextProblem.AmbiguousPeriodHour : contradicts;
            default:
                return contradicts;
        }
    }
}
