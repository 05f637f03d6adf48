using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace Auditor.Core.Time;

/// <summary>One numbered item of a notice ("二、春节：……"): its line, name (春节, 国庆节、中秋节), body and whole text.</summary>
internal sealed record NoticeItem(int Line, string Name, string Body, string Text);

/// <summary>What a notice's header and signature say: the citation, the year it arranges and the title's line.</summary>
internal sealed record NoticeHeader(CalendarNotice Notice, int Year, int TitleLine);

/// <summary>
/// The lines of a notice's text as copied from a web page, a PDF or a Word file, normalized for
/// <see cref="HolidayNoticeParser"/>: blank space removed, half-width brackets, colons and commas made full-width,
/// full-width digits made ASCII, a paragraph holding several items split into one line per item, an item broken
/// over several lines joined again. Line numbers stay those of the file.
/// </summary>
internal sealed partial class NoticeText
{
    private NoticeText(string source, List<(int Number, string Text)> lines)
    {
        Source = source;
        Lines = lines;
    }

    public string Source { get; }

    /// <summary>Non-empty normalized lines with their line numbers in the file.</summary>
    public IReadOnlyList<(int Number, string Text)> Lines { get; }

    public static NoticeText Read(string text, string source)
    {
        var lines = new List<(int, string)>();
        var raw = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (int i = 0; i < raw.Length; i++)
        {
            var t = Normalize(raw[i]);
            if (t.Length == 0) continue;
            foreach (var part in Boundary().Split(t))
                if (part.Length > 0) lines.Add((i + 1, part));
        }
        return new NoticeText(source, lines);
    }

    public InputException Error(int line, string what) => new($"{Source}:{line}: {what}。");

    /// <summary>
    /// Title (国务院办公厅关于……的通知, possibly over two lines), document number (国办发明电〔2025〕7号; else
    /// <paramref name="number"/>) and the date under the signature 国务院办公厅.
    /// </summary>
    public NoticeHeader Header(string? number, string? requireTitle)
    {
        int firstItem = 0;
        while (firstItem < Lines.Count && !ItemStart().IsMatch(Lines[firstItem].Text)) firstItem++;
        string? title = null;
        int titleLine = 1;
        for (int i = 0; i < firstItem && title is null; i++)
        {
            if (!Lines[i].Text.Contains("国务院办公厅关于", StringComparison.Ordinal)) continue;
            var joined = Lines[i].Text;
            for (int j = i + 1; j < Math.Min(i + 3, firstItem) && !joined.Contains("通知", StringComparison.Ordinal); j++) joined += Lines[j].Text;
            var m = Title().Match(joined);
            if (m.Success) (title, titleLine) = (m.Value, Lines[i].Number);
        }
        var expected = requireTitle is null ? "“国务院办公厅关于……的通知”" : $"“国务院办公厅关于YYYY年{requireTitle}的通知”";
        if (title is null) throw Error(Lines.Count > 0 ? Lines[0].Number : 1, $"找不到通知标题：期望开头有{expected}");
        if (requireTitle is not null && !title.Contains(requireTitle, StringComparison.Ordinal))
            throw Error(titleLine, $"“{title}”不是放假安排通知：期望{expected}");
        var year = Year().Match(title);
        if (!year.Success) throw Error(titleLine, $"标题“{title}”中没有年份：期望{expected}");

        string? found = null;
        int numberLine = 0;
        foreach (var (n, t) in Lines)
        {
            var m = Number().Match(t);
            if (m.Success) { (found, numberLine) = (m.Value, n); break; }
        }
        var given = number is null ? null : Normalize(number);
        if (found is not null && given is not null && found != given)
            throw Error(numberLine, $"原文的文号是“{found}”，与另行给出的“{given}”不一致");
        var docNumber = found ?? given
            ?? throw Error(titleLine, "通知原文中没有文号（如“国办发明电〔2025〕7号”）：请在标题下补上文号，或在命令中用 --number 给出");

        LocalDate? issued = null;
        for (int i = Lines.Count - 1; i >= firstItem && issued is null; i--)
        {
            var m = SignedDate().Match(Lines[i].Text);
            if (!m.Success) continue;
            int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            if (mo is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, mo)) throw Error(Lines[i].Number, $"成文日期“{Lines[i].Text}”不是有效日期");
            issued = new LocalDate(y, mo, d);
        }
        if (issued is null)
            throw Error(Lines.Count > 0 ? Lines[^1].Number : 1, "找不到成文日期：期望通知末尾署名“国务院办公厅”之后有一行日期，如“2025年11月4日”");
        return new NoticeHeader(new CalendarNotice(title, docNumber, issued.Value), int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture), titleLine);
    }

    /// <summary>
    /// The numbered items "一、……" in order (一, 二, 三 … without a gap); an item line that does not end its sentence
    /// continues on the next line. With <paramref name="colonRequired"/> each item is "名称：内容".
    /// </summary>
    public List<NoticeItem> Items(bool colonRequired)
    {
        var items = new List<NoticeItem>();
        (int Line, string Text)? open = null;
        void Close()
        {
            if (open is not { } o) return;
            var m = ItemStart().Match(o.Text);
            var expectedNumeral = Numeral(items.Count + 1);
            if (m.Groups[1].Value != expectedNumeral)
                throw Error(o.Line, $"条目序号是“{m.Groups[1].Value}、”，期望“{expectedNumeral}、”（是否漏了一条？）");
            var rest = o.Text[m.Length..];
            string name = "", body = rest;
            int colon = rest.IndexOf('：');
            if (colonRequired)
            {
                if (colon <= 0 || colon > 20 || rest[..colon].Any(char.IsDigit))
                    throw Error(o.Line, $"“{o.Text}”：期望“{expectedNumeral}、节日名称：放假安排”，如“{expectedNumeral}、元旦：1月1日放假，共1天。”");
                (name, body) = (rest[..colon], rest[(colon + 1)..]);
            }
            items.Add(new NoticeItem(o.Line, name, body, o.Text));
            open = null;
        }
        foreach (var (n, t) in Lines)
        {
            if (ItemStart().IsMatch(t)) { Close(); open = (n, t); }
            else if (open is { } o && !o.Text.EndsWith('。') && !t.StartsWith("国务院办公厅", StringComparison.Ordinal) && !SignedDate().IsMatch(t)) open = (o.Line, o.Text + t);
            else Close();
        }
        Close();
        return items;
    }

    private static string Numeral(int n) =>
        n <= 10 ? "一二三四五六七八九十"[n - 1].ToString() : n < 20 ? "十" + Numeral(n - 10) : Numeral(n / 10) + "十" + (n % 10 == 0 ? "" : Numeral(n % 10));

    /// <summary>Blank space removed; half-width punctuation, brackets and digits made the notice's full-width forms.</summary>
    private static string Normalize(string line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF') continue;
            sb.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                ':' => '：',
                ',' => '，',
                ';' => '；',
                '[' or '【' or '［' => '〔',
                ']' or '】' or '］' => '〕',
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                _ => c,
            });
        }
        return sb.ToString();
    }

    // A paragraph that holds several items (or the items and the closing lines): split after "。" before an item
    // numeral, the closing paragraph or the signature; and between the signature and its date.
    [GeneratedRegex(@"(?<=。)(?=[一二三四五六七八九十]{1,3}、|节假日期间|鼓励单位和个人|国务院办公厅)|(?<=^国务院办公厅|。国务院办公厅)(?=\d{4}年\d{1,2}月\d{1,2}日$)")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})、")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"国务院办公厅关于.+?的通知")]
    private static partial Regex Title();

    [GeneratedRegex(@"(\d{4})年")]
    private static partial Regex Year();

    [GeneratedRegex(@"国办发(?:明电)?〔\d{4}〕\d+号")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(\d{4})年(\d{1,2})月(\d{1,2})日$")]
    private static partial Regex SignedDate();
}
