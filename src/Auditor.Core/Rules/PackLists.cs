using Auditor.Core.Scoring;

namespace Auditor.Core.Rules;

/// <summary>
/// Which sanction lists a rule pack may carry. A pack speaks for its document: it may list a unit only where the
/// document ties a sanction to a failure a ledger shows (通报批评 or 追责 triggered by findings, or the office-internal
/// 待核查 list). Lists that rest on "建立…通报批评和约谈制度" or "奖惩考核" alone — 通报批评 by grade, 约谈 for repeated
/// failure, 表彰 by score — are the office's own assessment policy: they belong in the office profile's `policy:`.
/// </summary>
public static class PackLists
{
    public const string PolicyHint = "这是办公室自己的考核办法，不是文件的规定：请写在 rules/offices/<办公室>.yaml 的 policy: 中（文书写“依据本单位考核办法”）";

    /// <param name="error">(path of the value, message) for each list the pack may not carry.</param>
    public static void Check(SanctionCriteria c, Action<string, string> error)
    {
        if (c.Criticism.Grades.Count > 0)
            error("scoring.sanctions.criticism.grades", $"scoring.sanctions.criticism.grades（按考核等次通报批评）不能写在规则包中：{PolicyHint}");
        if (c.Interview.Enabled)
            error("scoring.sanctions.interview", $"scoring.sanctions.interview（按整改不到位约谈）不能写在规则包中：文件没有可由台账认定的约谈情形，{PolicyHint}");
        if (c.Commendation.Enabled)
            error("scoring.sanctions.commendation", $"scoring.sanctions.commendation（按得分表彰）不能写在规则包中：{PolicyHint}");
    }
}
