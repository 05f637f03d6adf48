using System.Text.RegularExpressions;
using Auditor.Core.Time;

namespace Auditor.Core.Rules;

/// <summary>
/// The numbers a quoted sentence states, for `rules lint`: Arabic digits (full-width ones too), Chinese numerals
/// (三、十二、二十四、两) and the words that state a same-day limit (当天、当日、即日、同日). A window or a count
/// is "stated" when its number is among them; otherwise the pack must mark it `assumed` and say why.
/// </summary>
public static partial class StatedNumbers
{
    private static readonly Dictionary<char, int> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['二'] = 2, ['两'] = 2, ['三'] = 3, ['四'] = 4, ['五'] = 5, ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9,
    };

    /// <summary>
    /// Every number written in the text: digits, and Chinese numerals up to 九十九 that count something (followed by
    /// 小时、天、日、次 …; not 第一时间, 一时难以, 一律, 统一).
    /// </summary>
    public static IReadOnlySet<int> In(string text)
    {
        var t = QuoteText.Normalize(text);
        var set = new HashSet<int>();
        foreach (Match m in ArabicNumber().Matches(t))
            if (int.TryParse(m.Value, out var n)) set.Add(n);
        foreach (Match m in ChineseNumber().Matches(t))
            if (Chinese(m.Value) is int n) set.Add(n);
        return set;
    }

    /// <summary>True when the text states a same-day limit (当天 …).</summary>
    public static bool StatesSameDay(string text) => SameDay().IsMatch(QuoteText.Normalize(text));

    /// <summary>Whether the quote states the window (its number, or a same-day word); null when it does, else a Chinese explanation.</summary>
    public static string? Unstated(Window window, string quote)
    {
        var numbers = In(quote);
        switch (window.Kind)
        {
            case WindowKind.SameDay:
                return StatesSameDay(quote) ? null : "引文没有写“当天”“当日”";
            case WindowKind.ByTimeOfDay:
                int h = window.TimeOfDay.Hour;
                bool afternoon = h > 12 && numbers.Contains(h - 12) && Regex.IsMatch(QuoteText.Normalize(quote), "下午|晚上|傍晚");
                return numbers.Contains(h) || afternoon ? null : Say(numbers, $"{h}时");
            default:
                return numbers.Contains(window.Amount) ? null : Say(numbers, window.Kind switch
                {
                    WindowKind.Hours => $"{window.Amount}小时",
                    WindowKind.Days => $"{window.Amount}天",
                    _ => $"{window.Amount}个工作日",
                });
        }
    }

    /// <summary>Whether the quote states a count (e.g. urging's “多次”); null when it does.</summary>
    public static string? UnstatedCount(int count, string quote)
    {
        var numbers = In(quote);
        return numbers.Contains(count) ? null : Say(numbers, $"{count}次");
    }

    private static string Say(IReadOnlySet<int> numbers, string wanted) =>
        numbers.Count == 0 ? $"引文没有写明任何数字（时限或次数为{wanted}）"
            : $"引文写的数字是{string.Join("、", numbers.Order())}，不是{wanted}";

    private static int? Chinese(string s)
    {
        // 十 = 10, 十二 = 12, 二十 = 20, 二十四 = 24; a lone digit word = its value
        int ten = s.IndexOf('十');
        if (ten < 0) return s.Length == 1 ? Digit(s[0]) : null;
        int tens = ten == 0 ? 1 : Digit(s[ten - 1]) ?? -1;
        int ones = ten == s.Length - 1 ? 0 : Digit(s[ten + 1]) ?? -1;
        return tens < 0 || ones < 0 ? null : tens * 10 + ones;
    }

    private static int? Digit(char c) => Digits.TryGetValue(c, out var d) ? d : null;

    [GeneratedRegex("[0-9]+")]
    private static partial Regex ArabicNumber();

    [GeneratedRegex("(?<!第)([一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])(?=个?(小时|工作日|天|日|次|分钟|周|月))")]
    private static partial Regex ChineseNumber();

    [GeneratedRegex("当天|当日|即日|同日|当晚")]
    private static partial Regex SameDay();
}
