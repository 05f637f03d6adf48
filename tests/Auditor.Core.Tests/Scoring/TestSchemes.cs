using Auditor.Core.Scoring;

namespace Auditor.Core.Tests.Scoring;

/// <summary>
/// A scheme with all four lists switched on, citing a made-up test document "T" (clauses T 一 … T 五). The C# defaults
/// enable nothing, so the engine's behaviour is tested with this explicit configuration; the shipped packs' own
/// criteria are tested in PackSanctionTests.
/// </summary>
internal static class TestSchemes
{
    public static ScoringScheme AllLists()
    {
        var s = new ScoringScheme();
        s.Sanctions.Criticism = new CriticismCriteria
        {
            Enabled = true, Clause = "T 一", Quote = "反馈不及时或虚假反馈的通报批评",
            Triggers =
            [
                new() { Label = "反馈不及时", Kinds = ["feedback", "written-feedback"], Verdicts = ["breached", "missing"] },
                new() { Label = "虚假反馈", Kinds = ["false-feedback"], Verdicts = ["breached"] },
                new() { Label = "按规则应予通报批评", SanctionClasses = ["criticism"], Verdicts = ["breached", "missing"] },
            ],
            Grades = ["不合格"], GradeClause = "T 二", GradeQuote = "建立通报批评制度",
        };
        s.Sanctions.Interview = new InterviewCriteria { Enabled = true, Clause = "T 三", Quote = "整改不到位的进行约谈" };
        s.Sanctions.Commendation = new CommendationCriteria { Enabled = true, Clause = "T 四", Quote = "工作落实好的进行表彰" };
        s.Sanctions.Accountability = new AccountabilityCriteria
        {
            Enabled = true, Clause = "T 五", Quote = "追究相关人员责任",
            Triggers =
            [
                new() { Label = "泄密", Kinds = ["confidentiality"], Verdicts = ["breached", "missing"], Quote = "泄密的追究责任" },
                new() { Label = "虚假反馈", Kinds = ["false-feedback"], Verdicts = ["breached"] },
                new() { Label = "多次催办仍未落实", Kinds = ["urging"], Verdicts = ["breached", "missing"] },
                new() { Label = "按规则应予追责", SanctionClasses = ["accountability"], Verdicts = ["breached", "missing"] },
            ],
        };
        return s;
    }
}
