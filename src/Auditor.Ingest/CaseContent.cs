using System.Text;
using Auditor.Core.Domain;

namespace Auditor.Ingest;

/// <summary>
/// What a case says, apart from where it was read: every attribute, event, extra column and the set of columns its
/// sheet has (a rule reads all of them). Two copies of a case are the same case when their content is equal; the
/// fingerprint lets a run compare copies without keeping them.
/// </summary>
internal static class CaseContent
{
    /// <summary>The content as labelled parts, in a fixed order (labels are the canonical headers users know).</summary>
    public static IEnumerable<(string Label, string Value)> Parts(Case c)
    {
        yield return ("填报单位", Unit(c.ReportingUnit));
        yield return ("舆情标题", c.Title ?? "");
        yield return ("来源平台", c.Platform ?? "");
        yield return ("舆情等级", c.Severity ?? "");
        yield return ("舆情性质", c.Polarity ?? "");
        yield return ("突发事件", YesNo(c.Sudden));
        yield return ("涉及范围", c.Scope ?? "");
        yield return ("涉事单位", string.Join("、", c.Involved.Select(Unit)));
        yield return ("主管部门", Unit(c.Competent));
        yield return ("责任单位", Unit(c.Responsible));
        yield return ("回应单位", Unit(c.Responder));
        yield return ("核实结论", c.Truth ?? "");
        yield return ("办理时限", c.Due is { } d ? Time(d) : "");
        yield return ("复核结论", c.SpotCheck ?? "");
        yield return ("是否归档", YesNo(c.ArchivedFlag));
        foreach (var kind in c.Events.Select(e => e.Kind).Distinct().OrderBy(k => (int)k))
            yield return ($"{kind.Chinese()}时间", string.Join("；", c.Events.Where(e => e.Kind == kind).Select(Event)));
        foreach (var (k, v) in c.Extra.OrderBy(x => x.Key, StringComparer.Ordinal)) yield return (k, v);
        foreach (var (k, v) in c.Unreadable.OrderBy(x => x.Key, StringComparer.Ordinal)) yield return ($"无法识别的{k}", v);
        yield return ("表中的列", c.RecordedColumns is null ? "" : string.Join(",", c.RecordedColumns.Order(StringComparer.Ordinal)));
    }

    /// <summary>
    /// A 64-bit FNV-1a hash of the same content as <see cref="Parts"/>, computed without building it (a run over several
    /// files takes one of every case). Events, extra columns and recorded columns are summed, not chained: their order
    /// (equal times, column order) differs between files that say the same.
    /// </summary>
    public static ulong Fingerprint(Case c)
    {
        ulong h = Offset;
        h = Mix(h, c.ReportingUnit?.Name);
        h = Mix(h, c.Title);
        h = Mix(h, c.Platform);
        h = Mix(h, c.Severity);
        h = Mix(h, c.Polarity);
        h = Mix(h, YesNo(c.Sudden));
        h = Mix(h, c.Scope);
        foreach (var u in c.Involved) h = Mix(h, u.Name);
        h = Mix(h, c.Competent?.Name);
        h = Mix(h, c.Responsible?.Name);
        h = Mix(h, c.Responder?.Name);
        h = Mix(h, c.Truth);
        h = MixTime(h, c.Due);
        h = Mix(h, c.SpotCheck);
        h = Mix(h, YesNo(c.ArchivedFlag));
        ulong events = 0, extra = 0, unreadable = 0, columns = 0;
        foreach (var e in c.Events)
            events += Mix(Mix(Mix(Mix(MixTime(Mix(Offset, e.Kind.Id()), e.Time), e.Actor), e.Channel), e.Detail), e.Recipient);
        foreach (var (k, v) in c.Extra) extra += Mix(Mix(Offset, k), v);
        foreach (var (k, v) in c.Unreadable) unreadable += Mix(Mix(Offset, k), v);
        if (c.RecordedColumns is { } recorded)
            foreach (var col in recorded) columns += Mix(Offset, col);
        return MixNumber(MixNumber(MixNumber(MixNumber(h, events), extra), unreadable), columns);
    }

    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    /// <summary>The parts that differ, as "回应时间：2026-07-03 14:20 ≠ 2026-07-04 09:00" (at most <paramref name="max"/>).</summary>
    public static IReadOnlyList<string> Differences(Case a, Case b, int max = 4)
    {
        var left = Parts(a).GroupBy(p => p.Label).ToDictionary(g => g.Key, g => g.First().Value);
        var right = Parts(b).GroupBy(p => p.Label).ToDictionary(g => g.Key, g => g.First().Value);
        var list = new List<string>();
        foreach (var label in left.Keys.Concat(right.Keys).Distinct())
        {
            var x = left.GetValueOrDefault(label, "");
            var y = right.GetValueOrDefault(label, "");
            if (x == y) continue;
            list.Add(label == "表中的列" ? "两表的列不同" : $"{label}：{Show(x)} ≠ {Show(y)}");
            if (list.Count == max) break;
        }
        return list;
    }

    private static string Show(string v) => v.Length == 0 ? "（空）" : SheetContext.Clip(v);

    private static string Unit(UnitRef? u) => u?.Name ?? "";

    private static string YesNo(bool? b) => b switch { true => "是", false => "否", null => "" };

    private static string Time(RecordedTime t) => t.DateOnly ? $"{t.Local:yyyy-MM-dd}" : $"{t.Local:yyyy-MM-dd HH:mm:ss}";

    private static string Event(CaseEvent e)
    {
        var sb = new StringBuilder(Time(e.Time));
        if (e.Actor is { } a) sb.Append(' ').Append(a);
        if (e.Channel is { } ch) sb.Append(' ').Append(ch);
        if (e.Detail is { } d) sb.Append(' ').Append(d);
        if (e.Recipient is { } to) sb.Append(" 报").Append(to);
        return sb.ToString();
    }

    private static ulong Mix(ulong h, string? s)
    {
        if (s is null) return (h ^ 0xFE) * Prime;
        foreach (var ch in s)
        {
            h = (h ^ (byte)ch) * Prime;
            h = (h ^ (byte)(ch >> 8)) * Prime;
        }
        return (h ^ 0xFF) * Prime; // a separator, so ("ab","c") and ("a","bc") differ
    }

    private static ulong MixNumber(ulong h, ulong n)
    {
        for (int i = 0; i < 8; i++, n >>= 8) h = (h ^ (byte)n) * Prime;
        return h;
    }

    private static ulong MixTime(ulong h, RecordedTime? t) =>
        t is null ? (h ^ 0xFD) * Prime : MixNumber(MixNumber(h, (ulong)t.Local.ToDateTimeUnspecified().Ticks), t.DateOnly ? 1UL : 0UL);
}
