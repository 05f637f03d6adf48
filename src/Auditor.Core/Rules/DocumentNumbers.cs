namespace Auditor.Core.Rules;

/// <summary>
/// A pack's document_number (文号) as documents cite it after the title: 《title》（文号）. A placeholder such as
/// “（无文号）” is not a number — cited, it reads “《…》（（无文号））”; the title alone is cited instead.
/// </summary>
public static class DocumentNumbers
{
    private static readonly string[] Placeholders = ["无文号", "暂无", "未载", "不详", "无"];

    /// <summary>True for a real 文号 (国办发〔2016〕61号, Q/HCGK YX4—2018); false for blanks, placeholders and bracketed text.</summary>
    public static bool IsReal(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return false;
        var t = number.Trim();
        if (t[0] is '（' or '(' or '[' or '【' || t[^1] is '）' or ')' or ']' or '】') return false;
        return !Placeholders.Contains(t) && !t.Contains("无文号", StringComparison.Ordinal) && !t.Contains("未载文号", StringComparison.Ordinal);
    }
}
