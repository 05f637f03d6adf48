namespace Auditor.Reports.Docx;

/// <summary>Page geometry and page-number style of a document section (all lengths in twips, 1 mm = 56.7 twips).</summary>
internal sealed record PageLayout
{
    public int Width { get; init; } = Mm(210);
    public int Height { get; init; } = Mm(297);
    public int Top { get; init; }
    public int Bottom { get; init; }
    public int Left { get; init; }
    public int Right { get; init; }
    public int HeaderDistance { get; init; } = Mm(15);
    public int FooterDistance { get; init; } = Mm(15);
    /// <summary>docGrid linePitch (twips) and charSpace (1/4096 pt); null = no grid.</summary>
    public int? LinePitch { get; init; }
    public int? CharSpace { get; init; }
    public PageNumberStyle PageNumbers { get; init; } = PageNumberStyle.Centered;

    public int TextWidth => Width - Left - Right;

    public static int Mm(double mm) => (int)Math.Round(mm * 1440 / 25.4);

    /// <summary>
    /// GB/T 9704-2012 5.2: A4, 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm; 7.1: 22 lines of 28 characters of 3号 text;
    /// 7.5: page numbers 7 mm below the 版心 in 4号 宋体 "— 1 —", odd pages right, even pages left.
    /// </summary>
    public static PageLayout Official { get; } = new()
    {
        Top = Mm(37),
        Left = Mm(28),
        Right = Mm(210 - 28 - 156),
        Bottom = Mm(297 - 37 - 225),
        HeaderDistance = Mm(15),
        FooterDistance = Mm(297 - 37 - 225 - 7) - 340, // the dash line sits 7 mm under the 版心
        // A line grid of 22 lines; the 28 characters come from the body styles' character spacing (WordStyles.OfficialCondense):
        // LibreOffice lays a "linesAndChars" grid out with 25 lines a page, Word and WPS with 22.
        LinePitch = OfficialLinePitch,
        PageNumbers = PageNumberStyle.OfficialOddEven,
    };

    /// <summary>225 mm / 22 lines, rounded down so that 22 lines fit (Word counts floor(height / pitch)).</summary>
    public static int OfficialLinePitch => (int)Math.Floor(225 / 22.0 * 1440 / 25.4);

    /// <summary>Working reports (汇总评分报告, 成绩单, 自查报告): A4 with 25/20 mm margins, centered page numbers.</summary>
    public static PageLayout Report { get; } = new()
    {
        Top = Mm(25), Bottom = Mm(22), Left = Mm(22), Right = Mm(22),
        HeaderDistance = Mm(12), FooterDistance = Mm(10),
        PageNumbers = PageNumberStyle.Centered,
    };
}

internal enum PageNumberStyle { Centered, OfficialOddEven }
