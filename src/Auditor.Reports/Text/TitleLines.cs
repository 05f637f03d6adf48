namespace Auditor.Reports.Text;

/// <summary>
/// GB/T 9704-2012 7.3.1: a title that does not fit one line breaks where the words stay whole, top line longer
/// (梯形). A 2号 line holds 20 characters of the 156 mm 版心.
/// </summary>
public static class TitleLines
{
    public const double LineChars = 20;

    private static readonly string[] BreakAfter = ["工作", "情况", "问题", "季度", "年度"];

    /// <summary>The title with a line break at the best word boundary, or unchanged when it fits or no boundary fits.</summary>
    public static string Break(string title)
    {
        if (title.Contains('\n') || Width(title) <= LineChars) return title;
        foreach (var word in BreakAfter)
        {
            for (int i = title.LastIndexOf(word, StringComparison.Ordinal); i >= 0; i = i == 0 ? -1 : title.LastIndexOf(word, i - 1, StringComparison.Ordinal))
            {
                int cut = i + word.Length;
                if (cut >= title.Length) continue;
                double top = Width(title[..cut]), bottom = Width(title[cut..]);
                if (top <= LineChars && bottom <= LineChars && bottom > 0) return title[..cut] + "\n" + title[cut..];
            }
        }
        return title;
    }

    public static double Width(string s) => s.Sum(c => c < 0x2E80 ? 0.5 : 1.0);
}
