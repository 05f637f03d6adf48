using Auditor.Core;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.Office;

namespace Auditor.Reports.Tests;

/// <summary>
/// What the documents may say: the office-internal 待核查 list reaches no public document and no file a unit receives;
/// lists of the office's own policy say “依据本单位考核办法” and quote no clause; a document number placeholder never
/// doubles brackets; a clause number its source marks unverified is never printed; numbers the clause does not state
/// are labelled; the summary names the scoring scheme.
/// </summary>
public class DefensibleDocumentsTests
{
    private const string ReviewMarker = "待核查：是否导致网络舆情事件扩大";
    private static readonly Citation Unverified80 = new("国办发〔2016〕80号", "四（四）", "最迟要在5小时内发布权威信息")
    {
        SourceTitle = "《关于全面推进政务公开工作的意见》实施细则", NumberUnverified = true,
    };

    private static readonly Finding[] All = [.. SampleOutcome.Findings.Select(f => f.RuleId == "hc-release-5h" ? f with { Clause = Unverified80 } : f)];

    private static AuditOutcome Outcome() => SampleOutcome.WithFindings(SampleOutcome.Build(), All) with
    {
        Pack = new PackInfo("nanan", "南安市政务舆情监测研判回应制度", "南安市", "（无文号）", "2026.2"),
        Sanctions =
        [
            new("光明镇", SanctionKind.Criticism, [new(null, [], "本单位考核办法", "考核等次为不合格（得分58.0）") { FromPolicy = true }]),
            new("光明镇", SanctionKind.Interview, [new("hc-response-48h", ["HC-2026-009"], "本单位考核办法", "整改不到位：上期已有未履行") { FromPolicy = true }]),
            new("城关镇", SanctionKind.Commendation, [new(null, [], "本单位考核办法", "本期2项义务按时履行") { FromPolicy = true }]),
        ],
        Lists = [new(SanctionKind.Criticism, "本单位考核办法"), new(SanctionKind.Interview, "本单位考核办法"), new(SanctionKind.Commendation, "本单位考核办法")],
        InternalReview =
        [
            new("县应急管理局", SanctionKind.Review, [new("zg-leak", ["HC-2026-007"], "002 四、3", $"泄密：案件HC-2026-007有外传记录；{ReviewMarker}；追究的是相关人员的责任")
                { Quote = "对网络舆情信息相关单位在处置工作中发生泄密、失职、渎职行为从而导致网络舆情事件扩大，造成严重后果的，将启动问责机制" }]),
        ],
        Rules = [.. SampleOutcome.Rules.Select(r => r.Id switch
        {
            "hc-release-5h" => r with { Clause = Unverified80 },
            "hc-report" => r with { Assumption = "原文只写“第一时间”；2小时为本包读法", AssumedBy = "本包设定" },
            _ => r,
        })],
        ScoringScheme = "按时率计分",
    };

    private static readonly Lazy<string> Written = new(() =>
    {
        var dir = TestFiles.TempDir("defensible");
        var outcome = Outcome();
        ReportFiles.WriteSet(outcome, ReportFiles.Office("nanan"), dir, All);
        ReportFiles.WriteMachine(outcome, All, dir);
        return dir;
    });

    /// <summary>Every file but the internal list (manifest.json only lists file names and digests).</summary>
    private static IEnumerable<string> PublicFiles(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is not (AuditFileNames.InternalReview or "manifest.json"));

    private static string Text(string path) =>
        path.EndsWith(".docx", StringComparison.Ordinal) ? TestFiles.BodyText(path) + TestFiles.AllXml(path)
        : path.EndsWith(".xlsx", StringComparison.Ordinal) ? TestFiles.AllXml(path)
        : File.ReadAllText(path);

    [Fact]
    public void The_internal_review_list_is_only_in_its_own_internal_document()
    {
        var dir = Written.Value;
        var review = Path.Combine(dir, AuditFileNames.InternalReview);
        var text = TestFiles.BodyText(review);
        Assert.Contains(ReviewMarker, text);
        Assert.Contains("县应急管理局", text);
        Assert.Contains("相关人员", text);
        Assert.Contains("内部资料", text);
        Assert.Empty(TestFiles.ValidationErrors(review));
        foreach (var f in PublicFiles(dir))
        {
            var t = Text(f);
            Assert.DoesNotContain(ReviewMarker, t);
            Assert.DoesNotContain("待核查", t);
        }
    }

    [Fact]
    public void No_internal_review_document_when_there_is_none()
    {
        var dir = TestFiles.TempDir("no-review");
        ReportFiles.WriteSet(SampleOutcome.Build(), OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "huangchuan.yaml")), dir);
        Assert.False(File.Exists(Path.Combine(dir, AuditFileNames.InternalReview)));
    }

    [Fact]
    public void Policy_lists_read_依据本单位考核办法_and_quote_no_clause()
    {
        var dir = Written.Value;
        var notice = TestFiles.BodyText(Path.Combine(dir, AuditFileNames.Notice));
        Assert.Contains("光明镇：考核等次为不合格（得分58.0）（依据本单位考核办法；涉及案件：—）", notice);
        Assert.Contains("依据本单位考核办法，城关镇等1个单位", notice);
        Assert.Contains("根据本单位考核办法和2026年第三季度考核结果", TestFiles.BodyText(Path.Combine(dir, AuditFileNames.InterviewList)));
        Assert.Contains("根据本单位考核办法，2026年第三季度考核中", TestFiles.BodyText(Path.Combine(dir, AuditFileNames.CommendationList)));
        var csv = File.ReadAllText(Path.Combine(dir, "sanctions.csv"));
        Assert.Contains(",本单位考核办法", csv);
        Assert.DoesNotContain("“", csv.Split('\n').First(l => l.StartsWith("光明镇,通报批评", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_breach_that_is_not_about_time_is_not_called_late_in_the_notice()
    {
        var notice = TestFiles.BodyText(Path.Combine(Written.Value, AuditFileNames.Notice));
        Assert.Contains("虚假反馈问题。1项，涉及1个单位", notice);
        Assert.DoesNotContain("虚假反馈不到位", notice);
        Assert.Contains("公开回应不到位。超时1项、未履行2项", notice);
    }

    [Fact]
    public void A_placeholder_document_number_never_doubles_brackets()
    {
        var dir = Written.Value;
        foreach (var f in Directory.GetFiles(dir, "*.docx", SearchOption.AllDirectories))
        {
            var t = TestFiles.BodyText(f);
            Assert.DoesNotContain("（（", t);
            Assert.DoesNotContain("无文号", t);
        }
        Assert.Contains("根据《南安市政务舆情监测研判回应制度》，", TestFiles.BodyText(Path.Combine(dir, AuditFileNames.Notice)));
    }

    [Fact]
    public void An_unverified_clause_number_is_never_printed_the_source_title_is()
    {
        var dir = Written.Value;
        var summary = TestFiles.BodyText(Path.Combine(dir, AuditFileNames.Summary));
        Assert.Contains("《关于全面推进政务公开工作的意见》实施细则（国办发〔2016〕80号）", summary);
        foreach (var f in Directory.GetFiles(dir, "*.docx", SearchOption.AllDirectories))
            Assert.DoesNotContain("四（四）", TestFiles.BodyText(f));
        Assert.DoesNotContain("四（四）", File.ReadAllText(Path.Combine(dir, "findings.csv")));
        Assert.Contains("\"number_unverified\":true", File.ReadAllText(Path.Combine(dir, "findings.json")));
    }

    [Fact]
    public void Assumed_numbers_and_the_scheme_are_shown_in_the_summary()
    {
        var summary = TestFiles.BodyText(Path.Combine(Written.Value, AuditFileNames.Summary));
        Assert.Contains("1小时（本包设定）", summary);
        Assert.Contains("原文只写“第一时间”；2小时为本包读法", summary);
        Assert.Contains("计分方案\n按时率计分", summary);
        var card = TestFiles.BodyText(Directory.GetFiles(Path.Combine(Written.Value, AuditFileNames.ScorecardFolder), "光明镇*.docx").Single());
        Assert.Contains("计分方案\n按时率计分", card);
    }

    [Theory]
    [InlineData("huangchuan", true, true, false)]
    [InlineData("gaoan", true, true, true)]
    [InlineData("nanan", true, false, false)]
    [InlineData("zhanggong", false, false, true)]
    [InlineData("xuchang", false, false, false)]
    [InlineData("national", false, false, false)]
    public void Shipped_profiles_label_their_lists_as_the_offices_policy(string id, bool gradeCriticism, bool interview, bool commendation)
    {
        var o = OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", id + ".yaml"));
        if (!gradeCriticism && !interview && !commendation && id is "xuchang" or "national") Assert.Null(o.Policy);
        var scheme = (o.Policy ?? new OfficePolicy()).Apply(new ScoringScheme());
        Assert.Equal(gradeCriticism, scheme.Sanctions.Criticism.Grades.Count > 0);
        Assert.Equal(interview, scheme.Sanctions.Interview.Enabled);
        Assert.Equal(commendation, scheme.Sanctions.Commendation.Enabled);
        if (o.Policy is not null) Assert.Equal("本单位考核办法", o.Policy.Basis);
    }

    [Fact]
    public void A_bad_policy_names_the_file_and_line()
    {
        var yaml = "id: x\nissuers: [某办公室]\nnumber_prefix: 某\nsequence: 1\nmain_recipients: 各单位\nprinting_office: 某办公室\npolicy:\n  scheme: daily\n";
        var e = Assert.Throws<RulePackException>(() => OfficeProfile.Parse(yaml, "offices/x.yaml"));
        Assert.StartsWith("offices/x.yaml:8:", e.Message);
        Assert.Contains("policy.scheme", e.Message);
        var unknown = Assert.Throws<RulePackException>(() => OfficeProfile.Parse(yaml.Replace("scheme: daily", "lists: [a]"), "offices/x.yaml"));
        Assert.StartsWith("offices/x.yaml:", unknown.Message);
    }

    [Fact]
    public void Without_office_the_audit_uses_the_packs_profile_else_the_policy_free_template()
    {
        Assert.EndsWith(Path.Combine("offices", "huangchuan.yaml"), OfficeProfile.FileFor(TestFiles.Rules, "huangchuan", null));
        var fallback = OfficeProfile.FileFor(TestFiles.Rules, "my-county", null);
        Assert.EndsWith(Path.Combine("offices", "national.yaml"), fallback);
        Assert.Null(OfficeProfile.Load(fallback).Policy);
        Assert.Equal("/x/y.yaml", OfficeProfile.FileFor(TestFiles.Rules, "huangchuan", "/x/y.yaml"));
    }
}
