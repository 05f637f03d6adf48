using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace Auditor.Core.Time;

/// <summary>
/// Reads the text of a State Council 放假安排通知 (as published on gov.cn) into a <see cref="CalendarYear"/>, and the
/// text of a later notice amending it (the 2020 Spring Festival extension). The standard wording:
/// <code>
/// 国务院办公厅关于2026年部分节假日安排的通知
/// 国办发明电〔2025〕7号
/// ……
/// 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
/// 三、清明节：4月5日放假，共1天。
/// 五、端午节：6月10日放假，与周末连休。
/// ……
/// 国务院办公厅
/// 2025年11月4日
/// </code>
/// Each numbered item is a festival: its first sentence gives the days off ("X月X日至Y日放假（调休），共N天", one day
/// "X月X日放假……"; a date with its year may lie in the previous year), later sentences the weekend days worked
/// ("X月X日（星期六）、Y月Y日（星期日）上班") or granted ("补休"); sentences that begin with 鼓励 are encouragements
/// and change no day. A weekday written beside a date must be that date's weekday. Half-width punctuation and blank
/// space are tolerated. Anything else is an <see cref="InputException"/> naming the line and what was expected.
/// </summary>
public static partial class HolidayNoticeParser
{
    /// <summary>Parses a notice. <paramref name="number"/> supplies the document number when the text lacks it.</summary>
    public static CalendarYear Parse(string text, string source, string? number = null)
    {
        var doc = NoticeText.Read(text, source);
        var header = doc.Header(number, requireTitle: "部分节假日安排");
        var year = header.Year;
        var items = doc.Items(colonRequired: true);
        if (items.Count == 0)
            throw doc.Error(doc.Lines.Count == 0 ? 1 : doc.Lines[^1].Number, "找不到放假安排条目：期望“一、元旦：1月1日放假，共1天。”这样以“一、”“二、”……开头的各条");
        var holidays = new List<HolidayPeriod>();
        var adjusted = new List<AdjustedWorkday>();
        foreach (var item in items)
        {
            var sentences = Sentences(item.Body);
            var first = HolidayClause(doc, item, sentences[0], year);
            holidays.Add(new HolidayPeriod(item.Name, first.From, first.To, item.Text));
            var granted = new List<LocalDate>(first.Granted);
            foreach (var s in sentences.Skip(1))
            {
                if (s.StartsWith("鼓励", StringComparison.Ordinal)) continue;
                var m = DayList().Match(s);
                if (!m.Success)
                    throw doc.Error(item.Line, $"无法识别“{s}”：期望“X月X日（星期六）上班”“X月X日（星期一）补休”或以“鼓励”开头的倡议");
                var dates = Dates(doc, item.Line, m.Groups["list"].Value, year, null);
                if (m.Groups["what"].Value == "上班") adjusted.AddRange(dates.Select(d => new AdjustedWorkday(d, item.Name)));
                else granted.AddRange(dates);
            }
            foreach (var d in granted.Distinct().Order())
                holidays.Add(new HolidayPeriod(item.Name, d, d, item.Text));
        }
        return new CalendarYear(year, header.Notice, [], holidays, adjusted, source);
    }

    /// <summary>
    /// Applies a notice amending <paramref name="year"/>: items "延长2020年春节假期至2月2日（……），2月3日（星期一）起正常上班"
    /// extend that festival's holiday (a working day the first notice set inside the extension is cancelled); items
    /// naming no date (schools, pay) change no day.
    /// </summary>
    public static CalendarYear Amend(CalendarYear year, string text, string source)
    {
        var doc = NoticeText.Read(text, source);
        var header = doc.Header(null, requireTitle: null);
        if (header.Year != year.Year)
            throw doc.Error(header.TitleLine, $"这份通知调整的是 {header.Year} 年的安排，而被调整的通知是 {year.Year} 年的");
        var holidays = year.Holidays.ToList();
        var adjusted = year.AdjustedWorkdays.ToList();
        int changes = 0;
        foreach (var item in doc.Items(colonRequired: false))
        {
            if (!AnyDate().IsMatch(item.Body)) continue;
            var sentence = Sentences(item.Body)[0];
            var m = Extension().Match(sentence);
            if (!m.Success)
                throw doc.Error(item.Line, $"无法识别“{sentence}”：期望“延长{year.Year}年春节假期至X月X日（……），Y月Y日起正常上班”");
            var name = m.Groups["name"].Value;
            var end = Date(doc, item.Line, m.Groups["end"], year.Year, null);
            var back = Date(doc, item.Line, m.Groups["back"], end.Year, end.Month);
            if (back != end.PlusDays(1))
                throw doc.Error(item.Line, $"假期延长至{TimeText.ChineseDate(end)}，恢复上班应是次日{TimeText.ChineseDate(end.PlusDays(1))}，实际写的是{TimeText.ChineseDate(back)}");
            int at = holidays.FindLastIndex(h => h.Name == name || h.Name.Split('、').Contains(name));
            if (at < 0) throw doc.Error(item.Line, $"要延长的“{name}”不在 {year.Year} 年通知的放假安排中");
            var old = holidays[at];
            if (end <= old.To) throw doc.Error(item.Line, $"“{name}”原本放假至{TimeText.ChineseDate(old.To)}，延长后的{TimeText.ChineseDate(end)}并不更晚");
            holidays[at] = old with { To = end, Text = $"{old.Text}（{header.Notice.Number}：{sentence}。）" };
            adjusted.RemoveAll(a => a.Date > old.To && a.Date <= end);
            changes++;
        }
        if (changes == 0)
            throw doc.Error(doc.Lines.Count == 0 ? 1 : doc.Lines[^1].Number, "没有找到调整放假日期的条目：期望“一、延长……假期至X月X日……”");
        return year with { Amendments = [.. year.Amendments, header.Notice], Holidays = holidays, AdjustedWorkdays = adjusted };
    }

    private sealed record Clause(LocalDate From, LocalDate To, IReadOnlyList<LocalDate> Granted);

    /// <summary>The first sentence of an item: the days off, with "共N天", "与周末连休", "不调休" or "X月X日补休" after it.</summary>
    private static Clause HolidayClause(NoticeText doc, NoticeItem item, string sentence, int year)
    {
        var m = DaysOff().Match(sentence);
        if (!m.Success)
            throw doc.Error(item.Line, $"“{sentence}”不是放假日期：期望“X月X日至Y日放假调休，共N天”或“X月X日放假，共1天”这样的句子");
        var from = Date(doc, item.Line, m.Groups["from"], year, null);
        var to = m.Groups["to"].Success ? Date(doc, item.Line, m.Groups["to"], from.Year, from.Month) : from;
        if (to < from) throw doc.Error(item.Line, $"放假期间的结束日 {to:uuuu-MM-dd} 早于开始日 {from:uuuu-MM-dd}");
        int days = Period.Between(from, to, PeriodUnits.Days).Days + 1;
        var granted = new List<LocalDate>();
        int? total = null;
        var rest = m.Groups["rest"].Value;
        foreach (var part in SplitOutsideBrackets(rest, '，').Where(p => p.Length > 0))
        {
            Match p;
            if ((p = TotalDays().Match(part)).Success) total = int.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture);
            else if (part is "与周末连休" or "与周六连休" or "与周日连休" or "不调休") { }
            else if ((p = DayList().Match(part)).Success && p.Groups["what"].Value == "补休")
                granted.AddRange(Dates(doc, item.Line, p.Groups["list"].Value, from.Year, from.Month));
            else
                throw doc.Error(item.Line, $"无法识别“{part}”：期望“共N天”“与周末连休”“不调休”或“X月X日（星期一）补休”");
        }
        if (total is int n && n != days + granted.Count)
            throw doc.Error(item.Line, $"写的是共{n}天，但{TimeText.ChineseDate(from, true)}至{TimeText.ChineseDate(to, true)}{(granted.Count > 0 ? "及补休日" : "")}共 {days + granted.Count} 天");
        return new Clause(from, to, granted);
    }

    /// <summary>"2月14日（周六）、2月28日（周六）" or "1月28日、29日": each date, the month carried from the one before.</summary>
    private static List<LocalDate> Dates(NoticeText doc, int line, string list, int year, int? month)
    {
        var result = new List<LocalDate>();
        foreach (var part in SplitOutsideBrackets(list, '、'))
        {
            var m = OneDate().Match(part);
            if (!m.Success) throw doc.Error(line, $"“{part}”不是日期：期望“X月X日”，可带“（星期六）”");
            var d = Date(doc, line, m.Groups, year, month);
            result.Add(d);
            (year, month) = (d.Year, d.Month);
        }
        return result;
    }

    private static LocalDate Date(NoticeText doc, int line, Group date, int year, int? month)
    {
        var m = OneDate().Match(date.Value);
        return Date(doc, line, m.Groups, year, month);
    }

    /// <summary>A date "2022年12月31日" / "1月1日" / "3日" (year and month carried over), its weekday note checked.</summary>
    private static LocalDate Date(NoticeText doc, int line, GroupCollection g, int year, int? month)
    {
        if (g["y"].Success) year = int.Parse(g["y"].Value, CultureInfo.InvariantCulture);
        if (g["m"].Success) month = int.Parse(g["m"].Value, CultureInfo.InvariantCulture);
        var text = g[0].Value;
        if (month is not int mo) throw doc.Error(line, $"“{text}”缺少月份：期望“X月X日”");
        int day = int.Parse(g["d"].Value, CultureInfo.InvariantCulture);
        if (mo < 1 || mo > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, mo))
            throw doc.Error(line, $"“{text}”不是 {year} 年的有效日期");
        var date = new LocalDate(year, mo, day);
        if (g["note"].Success)
            foreach (var part in g["note"].Value.Split('、', '，'))
            {
                var w = Weekday().Match(part);
                if (w.Success && WeekdayOf(w.Groups[1].Value[0]) != date.DayOfWeek)
                    throw doc.Error(line, $"“{text}”：{year}年{mo}月{day}日是{TimeText.ChineseWeekday(date)}，不是{part}");
            }
        return date;
    }

    private static IsoDayOfWeek WeekdayOf(char c) => c switch
    {
        '一' => IsoDayOfWeek.Monday,
        '二' => IsoDayOfWeek.Tuesday,
        '三' => IsoDayOfWeek.Wednesday,
        '四' => IsoDayOfWeek.Thursday,
        '五' => IsoDayOfWeek.Friday,
        '六' => IsoDayOfWeek.Saturday,
        _ => IsoDayOfWeek.Sunday,
    };

    /// <summary>Sentences of an item body, split at "。" outside brackets.</summary>
    private static List<string> Sentences(string body)
    {
        var result = SplitOutsideBrackets(body, '。').Where(s => s.Length > 0).ToList();
        return result.Count > 0 ? result : [""];
    }

    /// <summary>Splits at a separator that is not inside （…） (a note such as "（农历正月初九，星期日）" keeps its comma).</summary>
    private static List<string> SplitOutsideBrackets(string text, char separator)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        int depth = 0;
        foreach (var c in text)
        {
            if (c == '（') depth++;
            else if (c == '）' && depth > 0) depth--;
            if (c == separator && depth == 0)
            {
                result.Add(current.ToString());
                current.Clear();
            }
            else current.Append(c);
        }
        result.Add(current.ToString());
        return result;
    }

    private const string DatePattern = @"(?:(?<y>\d{4})年)?(?:(?<m>\d{1,2})月)?(?<d>\d{1,2})日(?:（(?<note>[^）]*)）)?";

    // The same without groups, inside larger patterns (each captured date is read again with OneDate).
    private const string DateText = @"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:（[^）]*）)?";

    [GeneratedRegex("^" + DatePattern + "$")]
    private static partial Regex OneDate();

    [GeneratedRegex(@"^(?<from>" + DateText + @")(?:至(?<to>" + DateText + @"))?放假(?:调休)?(?<rest>.*)$")]
    private static partial Regex DaysOff();

    [GeneratedRegex(@"^(?<list>.+?日(?:（[^）]*）)?)(?<what>上班|补休)$")]
    private static partial Regex DayList();

    [GeneratedRegex(@"^共?(\d{1,2})天$")]
    private static partial Regex TotalDays();

    [GeneratedRegex(@"^(?:周|星期)([一二三四五六日天])$")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\d{1,2}月\d{1,2}日")]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"^延长(?:\d{4}年)?(?<name>[^0-9（）]+?)假期至(?<end>" + DateText + @")，(?<back>" + DateText + @")起?正常上班$")]
    private static partial Regex Extension();
}
