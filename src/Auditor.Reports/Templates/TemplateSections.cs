using System.Text;
using System.Text.RegularExpressions;

namespace Auditor.Reports.Templates;

/// <summary>
/// Leaves out the sections of a template whose content does not apply (<see cref="OmitValue"/>) and keeps the
/// official numbering of the rest continuous: level-1 headings written “一、…” and level-2 headings written “（一）…”
/// are renumbered in order, so leaving out “三、” turns the template's “四、” into “三、”. A heading whose whole
/// section was left out (all its subsections) goes too.
/// </summary>
internal static partial class TemplateSections
{
    public const string OmitMarker = "OMITSECTIONMARKER";

    public static string Apply(string markdown)
    {
        var lines = markdown.Split('\n').ToList();
        if (!lines.Any(l => l.Contains(OmitMarker, StringComparison.Ordinal))) return markdown;
        var keep = Enumerable.Repeat(true, lines.Count).ToArray();
        for (int i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Contains(OmitMarker, StringComparison.Ordinal)) continue;
            int h = i;
            while (h >= 0 && Level(lines[h]) == 0) h--;
            if (h < 0) { keep[i] = false; continue; } // no heading above: only the placeholder's own line goes
            for (int j = h; j < lines.Count && (j == h || Level(lines[j]) == 0 || Level(lines[j]) > Level(lines[h])); j++) keep[j] = false;
        }
        // headings left with nothing under them (every subsection omitted), deepest first
        for (int level = 3; level >= 1; level--)
            for (int i = 0; i < lines.Count; i++)
            {
                if (!keep[i] || Level(lines[i]) != level) continue;
                bool content = false;
                for (int j = i + 1; j < lines.Count && (Level(lines[j]) == 0 || Level(lines[j]) > level); j++)
                    if (keep[j] && lines[j].Trim().Length > 0) { content = true; break; }
                if (!content) keep[i] = false;
            }
        return Renumber(lines.Where((_, i) => keep[i]));
    }

    private static string Renumber(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        int first = 0, second = 0;
        foreach (var line in lines)
        {
            var l = line;
            switch (Level(line))
            {
                case 1:
                    second = 0;
                    var m1 = FirstLevelNumber().Match(line);
                    if (m1.Success) l = m1.Groups[1].Value + Chinese(++first) + "、" + line[m1.Length..];
                    break;
                case 2:
                    var m2 = SecondLevelNumber().Match(line);
                    if (m2.Success) l = m2.Groups[1].Value + "（" + Chinese(++second) + "）" + line[m2.Length..];
                    break;
            }
            sb.Append(l).Append('\n');
        }
        return sb.ToString(0, Math.Max(0, sb.Length - 1));
    }

    /// <summary>ATX heading level of a Markdown line (1–6), 0 for any other line.</summary>
    private static int Level(string line)
    {
        int n = 0;
        while (n < line.Length && line[n] == '#') n++;
        return n is > 0 and <= 6 && n < line.Length && line[n] == ' ' ? n : 0;
    }

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (headings of one document stay below 100).</summary>
    internal static string Chinese(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 10) return digits[n].ToString();
        int tens = n / 10, ones = n % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }

    [GeneratedRegex(@"^(#\s+)[一二三四五六七八九十]+、")] private static partial Regex FirstLevelNumber();
    [GeneratedRegex(@"^(##\s+)（[一二三四五六七八九十]+）")] private static partial Regex SecondLevelNumber();
}
