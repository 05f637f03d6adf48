namespace Auditor.Core.Domain;

/// <summary>
/// The words offices write for a verification result, mapped to the canonical ones the packs use: 核实结论 → 属实 /
/// 部分属实 / 失实, 复核结论 (spot check of a unit's feedback) → 属实 / 虚假. One table for ingest (which reports an
/// unknown word as a data issue with its row and column) and for the replay (an unknown word is never a silent
/// not-applicable: rules that depend on it are insufficient-data).
/// </summary>
public static class TruthWords
{
    public const string True = "属实", PartlyTrue = "部分属实", Untrue = "失实";
    public const string FeedbackTrue = "属实", FeedbackFalse = "虚假";

    // 有较大出入 (001 三（三） "情况不真实或有较大出入") concedes part of the report: 部分属实, not 失实.
    private static readonly Dictionary<string, string> Truth = Table(
        (True, ["属实", "基本属实", "情况属实", "反映属实", "真实", "基本真实", "确有其事", "是", "实"]),
        (PartlyTrue, ["部分属实", "部分真实", "部分失实", "部分不实", "部分不属实", "有出入", "有较大出入", "不完全属实", "部分情况属实"]),
        (Untrue, ["失实", "不实", "不属实", "基本不属实", "情况不属实", "反映不实", "不真实", "情况不真实", "虚假", "虚假信息", "谣言", "网络谣言", "造谣",
                  "恶语中伤", "与事实不符", "不符合事实", "否"]));

    private static readonly Dictionary<string, string> SpotCheckTable = Table(
        (FeedbackTrue, ["属实", "基本属实", "情况属实", "反馈属实", "真实", "一致", "相符", "与实际相符"]),
        (FeedbackFalse, ["虚假", "虚假反馈", "不属实", "不实", "失实", "反馈不实", "不真实", "不一致", "不符", "与实际不符", "虚报"]));

    /// <summary>The canonical 核实结论 (属实, 部分属实, 失实) of a written value; null when blank or not recognised.</summary>
    public static string? CanonicalTruth(string? raw) => Look(Truth, raw);

    /// <summary>The canonical 复核结论 (属实, 虚假) of a written value; null when blank or not recognised.</summary>
    public static string? CanonicalSpotCheck(string? raw) => Look(SpotCheckTable, raw);

    /// <summary>All words accepted for 核实结论 (for messages).</summary>
    public static string TruthHint => "属实、部分属实、失实（或其同义词，如不实、虚假、谣言、有较大出入）";

    public static string SpotCheckHint => "属实、虚假（或其同义词，如不属实、反馈不实）";

    private static string? Look(Dictionary<string, string> table, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        return table.TryGetValue(Normalize(raw), out var c) ? c : null;
    }

    /// <summary>No blanks or punctuation around the word ("失实。", "（不实）", "属 实").</summary>
    private static string Normalize(string s)
    {
        var chars = s.Where(ch => !char.IsWhiteSpace(ch) && !char.IsPunctuation(ch) && ch != '\u3000').ToArray();
        return new string(chars);
    }

    private static Dictionary<string, string> Table(params (string Canonical, string[] Words)[] rows)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, words) in rows)
            foreach (var w in words) d.Add(Normalize(w), canonical);
        return d;
    }
}
