using Auditor.Core.Rules;
using Auditor.Core.Time;

namespace Auditor.Core.Tests.Rules;

/// <summary>
/// `rules lint` rejects a pack that brings back what the documents do not state: a list resting on a sentence without a
/// sanction word, a public 追责 conditioned on consequences, lists that are the office's own policy, a window or count
/// the quote does not state unless marked assumed, a placeholder 文号, a rule sanction class no list backs. Each pack
/// below quotes the real governing document.
/// </summary>
public class DefensiblePackLintTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "auditor-defensible-lint-" + Guid.NewGuid().ToString("N"));

    public DefensiblePackLintTests()
    {
        var sources = Path.Combine(_dir, "sources");
        Directory.CreateDirectory(sources);
        foreach (var f in Directory.GetFiles(Path.Combine(Golden.GoldenKit.RulesDir, "sources")))
            File.Copy(f, Path.Combine(sources, Path.GetFileName(f)));
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private static readonly Dictionary<string, string> Files = new()
    {
        ["000"] = "000_fd173c5824a3666e.txt", ["001"] = "001_a852171ce34db76c.txt", ["002"] = "002_d5e05033a8414c91.txt",
        ["003"] = "003_b9631caf5bf78e06.txt", ["004"] = "004_dd9f5a2a4d8e8eac.txt",
    };

    /// <summary>A pack on one seed with one rule (given) and an optional scoring block; returns the lint's errors.</summary>
    private IReadOnlyList<PackDiagnostic> Lint(string seed, string rule, string clause, string scoring = "", string head = "")
    {
        var yaml = $"""
            id: p{seed}
            title: 测试包
            issuer: 测试机关
            version: "1"
            {head}
            source: "{seed}"
            sources:
              "{seed}": {"{"}file: sources/{Files[seed]}, title: 测试文件{"}"}
            rules:
            {rule}
            clauses:
              - {"{"}number: "{clause}", rules: [t.rule]{"}"}
            {scoring}
            """;
        File.WriteAllText(Path.Combine(_dir, $"p{seed}.yaml"), yaml.Replace("\r\n", "\n"));
        return RulePackLinter.Lint(_dir, $"p{seed}").Where(d => d.IsError).ToList();
    }

    private const string Response003 = """
          - id: t.rule
            title: 48小时回应
            kind: response
            clause: {number: "4.4", quote: 对其他政务舆情应在48小时内予以回应}
            start: discovered
            target: responded
            window: 48h
        """;

    private const string Feedback002 = """
          - id: t.rule
            title: 3天反馈
            kind: feedback
            clause: {number: 三、2, quote: 没有明确时间要求的，原则上在3天内落实到位}
            start: assigned
            target: feedback
            window: 3d
        """;

    [Fact]
    public void The_packs_as_shipped_are_clean()
    {
        foreach (var id in RulePackLoader.AvailableIds(Golden.GoldenKit.RulesDir))
            Assert.DoesNotContain(RulePackLinter.Lint(Golden.GoldenKit.RulesDir, id), d => d.IsError);
    }

    [Fact]
    public void A_stated_window_passes()
    {
        Assert.Empty(Lint("003", Response003, "4.4"));
        Assert.Empty(Lint("002", Feedback002, "三、2"));
    }

    [Fact]
    public void Criticism_by_grade_citing_000_seven_is_rejected()
    {
        // （七）适时通报政务网络舆情办理和处置情况: no sanction word, and grade lists are the office's policy
        var errors = Lint("000", Response003.Replace("\"4.4\"", "（五）").Replace("对其他政务舆情应在48小时内予以回应", "不漏报、不迟报")
                .Replace("window: 48h", "window: 2h\n    assumed: true\n    assumption: 第一时间的读法"), "（五）", """
            scoring:
              sanctions:
                criticism: {enabled: true, triggers: [], grades: [不合格], grade_clause: 000 （七）, grade_quote: 适时通报政务网络舆情办理和处置情况}
            """);
        Assert.Contains(errors, d => d.Message.Contains("criticism.grades") && d.Message.Contains("policy"));
    }

    [Fact]
    public void Criticism_triggered_by_a_sentence_without_通报批评_is_rejected()
    {
        var errors = Lint("003", Response003, "4.4", """
            scoring:
              sanctions:
                criticism:
                  enabled: true
                  clause: 003 4.4
                  quote: 对其他政务舆情应在48小时内予以回应
                  triggers: [{label: 回应超时, kinds: [response]}]
            """);
        Assert.Contains(errors, d => d.Message.Contains("没有处理用语") && d.Message.Contains("通报批评"));
    }

    [Fact]
    public void Accountability_for_a_leak_under_004_three_4_is_rejected()
    {
        // 004 三（四）严格保密制度 … 一律不得外传: a discipline, no penalty named
        var errors = Lint("004", """
              - id: t.rule
                title: 保密
                kind: confidentiality
                clause: {number: 三（四）, quote: 舆情简报信息、宣传引导提示和相关内部资料一律不得外传}
                attribution: actor
                sanction: 追责
            """, "三（四）", """
            scoring:
              sanctions:
                accountability:
                  enabled: true
                  clause: 004 三（四）
                  quote: 严格保密制度，加强舆情信息资料的管理
                  triggers: [{label: 外传, kinds: [confidentiality], verdicts: [breached]}]
            """);
        Assert.Contains(errors, d => d.Message.Contains("accountability") && d.Message.Contains("没有处理用语"));
    }

    [Fact]
    public void Public_accountability_on_002_four_3_consequences_is_rejected_and_the_internal_review_list_is_not()
    {
        const string urging = """
              - id: t.rule
                title: 多次催办
                kind: urging
                clause: {number: 四、3, quote: 对多次催报、督办后仍未落实有效措施}
                min_count: 3
                assumed: true
                assumption: 多次没有次数
                sanction: 追责
            """;
        const string quote = "对多次催报、督办后仍未落实有效措施，导致隐患问题久拖不决或造成严重后果的，依照有关规定追究相关人员责任";
        var errors = Lint("002", urging, "四、3", $"""
            scoring:
              sanctions:
                accountability:
                  enabled: true
                  clause: 002 四、3
                  quote: {quote}
                  triggers: [{"{"}label: 多次催办, kinds: [urging], verdicts: [breached]{"}"}]
            """);
        Assert.Contains(errors, d => d.Message.Contains("台账无法认定") && d.Message.Contains("待核查"));
        Assert.Empty(Lint("002", urging, "四、3", $"""
            scoring:
              sanctions:
                review:
                  enabled: true
                  clause: 002 四、3
                  quote: {quote}
                  note: 是否导致隐患问题久拖不决；追究的是相关人员的责任
                  triggers: [{"{"}label: 多次催办, kinds: [urging], verdicts: [breached]{"}"}]
            """));
    }

    [Theory]
    [InlineData("interview: {enabled: true, clause: 003 4.6, quote: 对工作消极、不作为且整改不到位的单位和个人进行约谈}", "interview")]
    [InlineData("commendation: {enabled: true, clause: 002 四、1, quote: 开展网络舆情工作的奖惩考核}", "commendation")]
    public void Interview_and_commendation_lists_are_the_offices_policy_not_a_packs(string list, string name)
    {
        var seed = list.Contains("003") ? "003" : "002";
        var errors = Lint(seed, seed == "003" ? Response003 : Feedback002, seed == "003" ? "4.4" : "三、2", $"""
            scoring:
              sanctions:
                {list}
            """);
        Assert.Contains(errors, d => d.Message.Contains($"scoring.sanctions.{name}") && d.Message.Contains("rules/offices"));
    }

    [Theory]
    [InlineData("002", "二、2", "区政府应急办、区网宣办、市公安局章贡分局网安大队将相关信息第一时间报区委办公室", "report", "2h")]   // 第一时间
    [InlineData("004", "二（二）2", "对和自然资源工作直接相关的网络舆情，必须马上报送局领导", "report", "2h")]                            // 马上
    [InlineData("002", "三、3", "对应急处置工作进行全面总结和评估", "review", "30d")]                                                     // 30-day review
    [InlineData("004", "二（四）2", "在网络舆情的引导和办理完成后，局办公室对整个办理过程进行整理归档", "archive", "30d")]                  // 30-day archive
    [InlineData("001", "三（三）", "对政务舆情进行分类回应，并将情况报告分别上报上级机关", "report", "48h")]                              // invented 48 h
    [InlineData("002", "三、2", "一时难以落实的，要形成书面材料及时反馈", "written-feedback", "3d")]                                      // 一时 is no number
    public void A_window_the_quote_does_not_state_must_be_assumed(string seed, string clause, string quote, string kind, string window)
    {
        string Rule(string extra) => $"""
              - id: t.rule
                title: 测试
                kind: {kind}
                clause: {"{"}number: {clause}, quote: {quote}{"}"}
                start: discovered
                target: reported
                window: {window}
            {extra}
            """;
        var errors = Lint(seed, Rule(""), clause);
        Assert.Contains(errors, d => d.Message.Contains("不是引文写明的") && d.Message.Contains("assumed"));
        Assert.Empty(Lint(seed, Rule("    assumed: true\n    assumption: 原文没有这个数，本包的读法"), clause));
        Assert.Contains(Lint(seed, Rule("    assumed: true"), clause), d => d.Message.Contains("须写 assumption"));
    }

    [Fact]
    public void Many_times_as_two_must_be_assumed()
    {
        var errors = Lint("002", """
              - id: t.rule
                title: 多次催办
                kind: urging
                clause: {number: 四、3, quote: 对多次催报、督办后仍未落实有效措施}
                min_count: 2
            """, "四、3");
        Assert.Contains(errors, d => d.Message.Contains("min_count 2") && d.Message.Contains("assumed"));
    }

    [Fact]
    public void A_placeholder_document_number_is_rejected()
    {
        var errors = Lint("003", Response003, "4.4", head: "document_number: （无文号）");
        Assert.Contains(errors, d => d.Message.Contains("document_number") && d.Message.Contains("不是文号"));
    }

    [Fact]
    public void A_sanction_class_no_list_backs_is_rejected()
    {
        var errors = Lint("003", Response003 + "\n    sanction: 通报批评", "4.4");
        Assert.Contains(errors, d => d.Message.Contains("sanction: 通报批评") && d.Message.Contains("没有启用"));
    }

    [Theory]
    [InlineData("在发现当天作出回复", "same-day", true)]
    [InlineData("当日作出回复", "same-day", true)]
    [InlineData("二十四小时内举行新闻发布会", "24h", true)]
    [InlineData("三日内落实到位", "3d", true)]
    [InlineData("两个工作日内反馈", "2wd", true)]
    [InlineData("每日下午5时前报送", "by-17:00", true)]
    [InlineData("每日下午17时前报送", "by-17:00", true)]
    [InlineData("收到后8小时内提出回复意见", "8h", true)]
    [InlineData("第一时间报告", "1h", false)]
    [InlineData("一时难以落实的，要及时反馈", "1d", false)]
    [InlineData("一律不得外传，及时处置", "1h", false)]
    [InlineData("最迟应在24小时内对外公布", "48h", false)]
    public void Stated_numbers_include_chinese_numerals_and_same_day_words(string quote, string window, bool stated)
    {
        Assert.True(Window.TryParse(window, out var w, out _));
        Assert.Equal(stated, StatedNumbers.Unstated(w!, quote) is null);
    }
}
