namespace Auditor.Ingest.Layout;

/// <summary>
/// Names of the sheets offices add beside the data: instructions (填报说明), drop-down lists (下拉选项), dictionaries
/// (字典) and statistics (统计). Such a sheet is read only when no other sheet of the workbook holds data.
/// </summary>
internal static class HelperSheetNames
{
    private static readonly HashSet<string> Exact = new(StringComparer.Ordinal)
    {
        "说明", "填报说明", "填表说明", "使用说明", "编制说明", "指标说明", "字段说明", "注意事项", "填报要求", "填报示例", "示例", "样例",
        "下拉选项", "下拉列表", "下拉", "选项", "选项值", "数据源", "数据有效性", "数据验证", "参数", "配置",
        "字典", "数据字典", "代码表", "单位代码", "单位列表", "单位清单",
        "统计", "统计表", "数据统计", "汇总统计", "统计分析", "分类统计", "图表",
        "目录", "封面", "版本说明", "修订记录",
    };

    /// <summary>Endings that make a helper sheet whatever comes before them ("台账填报说明", "单位字典", "等级选项").</summary>
    private static readonly string[] Endings = ["说明", "字典", "选项", "下拉"];

    public static bool IsHelper(string? name)
    {
        if (name is null) return false;
        var n = Normalize(name);
        if (n.Length == 0) return false;
        if (Exact.Contains(n)) return true;
        foreach (var e in Endings)
            if (n.EndsWith(e, StringComparison.Ordinal) && n.Length <= e.Length + 6) return true;
        return false;
    }

    /// <summary>No blanks, no bracketed remarks ("下拉选项（勿删）" → 下拉选项).</summary>
    private static string Normalize(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        int depth = 0;
        foreach (var c in name)
        {
            if (c is '(' or '（' or '[' or '【') { depth++; continue; }
            if (c is ')' or '）' or ']' or '】') { if (depth > 0) depth--; continue; }
            if (depth > 0 || char.IsWhiteSpace(c)) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
