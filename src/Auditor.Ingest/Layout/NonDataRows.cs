using Auditor.Ingest.Tables;

namespace Auditor.Ingest.Layout;

/// <summary>
/// Rows below or among the data that are not cases: totals (合计：10件, 小计, 总计), sign-off lines (填表人, 审核人,
/// 填报日期, 单位盖章), notes (注：, 说明：) and a header repeated further down (a printed export repeats it per page).
/// Recognised by the first filled cell of the row, where a case has its number.
/// </summary>
internal static class NonDataRows
{
    /// <summary>Beginnings of a total or sign-off row, followed by anything.</summary>
    private static readonly string[] Starts =
    [
        "填表人", "填报人", "制表人", "审核人", "审批人", "签发人", "负责人", "联系人", "联系电话", "经办人",
        "填报日期", "填表日期", "制表日期", "报送日期", "填报时间", "制表时间", "审核日期",
        "填报单位(盖章)", "填报单位（盖章）", "单位盖章", "单位(盖章)", "单位（盖章）", "(盖章)", "（盖章）", "盖章",
        "本表", "此表",
    ];

    /// <summary>Total words that may follow a short label ("7月小计：5件", "第三季度合计").</summary>
    private static readonly string[] Totals = ["合计", "小计", "总计", "共计"];

    /// <summary>Note words that count only when a colon or a number follows ("注：…", "说明:", "注1."), not "注册…".</summary>
    private static readonly string[] Notes = ["注", "说明", "备注", "附注"];

    /// <summary>The kind of non-data row and the text that shows it, or null for a data row.</summary>
    public static (string What, string Text)? Classify(RawRow row, string?[] headers)
    {
        int col = 0;
        while (col < row.Cells.Length && row.Cells[col].IsEmpty) col++;
        // A number (a case's 序号 or serial) is never such a row; most rows end here, at their first cell.
        if (col == row.Cells.Length || row.Cells[col].Kind != RawCellKind.Text) return null;
        // looked at where the text lies: a string is made only for a row that may be one of these
        var trimmed = row.Cells[col].Span.Trim();
        var head = trimmed[..Math.Min(trimmed.Length, 12)];
        if (!FirstChars.Contains(trimmed[0]) && head.IndexOf('计') < 0 && !(col < headers.Length && trimmed.SequenceEqual(headers[col])))
            return null;
        var first = row.Cells[col].Text!;
        var n = Compact(first);
        if (n.Length <= 32)
            foreach (var t in Totals)
            {
                int at = n.IndexOf(t, StringComparison.Ordinal);
                if (at >= 0 && at <= 8 && EndsTotalWord(n, at + t.Length)) return ("合计行", first.Trim());
            }
        foreach (var s in Starts)
            if (n.StartsWith(s, StringComparison.Ordinal)) return ("落款行", first.Trim());
        foreach (var s in Notes)
        {
            if (!n.StartsWith(s, StringComparison.Ordinal)) continue;
            if (n.Length == s.Length) return ("说明行", first.Trim());
            char next = n[s.Length];
            if (next is ':' or '：' or '、' or '.' or '．' or '(' or '（' || char.IsDigit(next) || next is >= '①' and <= '⑳') return ("说明行", first.Trim());
        }
        if (RepeatsHeader(row, headers)) return ("重复的表头行", first.Trim());
        return null;
    }

    private static readonly HashSet<char> FirstChars = [.. Starts.Select(s => s[0]), .. Notes.Select(s => s[0]), .. Totals.Select(s => s[0])];

    /// <summary>A total word ends the text or is followed by a number, a colon, a bracket or a counter (合计12件), not by more of a word (总计划).</summary>
    private static bool EndsTotalWord(string s, int at) =>
        at >= s.Length || !char.IsLetter(s[at]) || s[at] is '件' or '条' or '起' or '项' or '个' or '为';

    /// <summary>At least half of the named columns (and two or more) hold their own header.</summary>
    private static bool RepeatsHeader(RawRow row, string?[] headers)
    {
        int named = 0, same = 0;
        for (int c = 0; c < headers.Length; c++)
        {
            if (headers[c] is not { } h) continue;
            named++;
            if (row[c].AsText()?.Trim() == h) same++;
        }
        return same >= 2 && same * 2 >= named;
    }

    /// <summary>Without blanks (合  计 → 合计).</summary>
    private static string Compact(string s)
    {
        var sb = new System.Text.StringBuilder(Math.Min(s.Length, 32));
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c);
            if (sb.Length >= 32) break;
        }
        return sb.ToString();
    }
}
