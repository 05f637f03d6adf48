using Auditor.Core;
using Auditor.Reports.Office;

namespace Auditor.Reports.Tests;

public class OfficeProfileTests
{
    [Theory]
    [InlineData("nanan", "南安市人民政府办公室", "南政办")]
    [InlineData("gaoan", "高安市人民政府办公室", "高府办字")]
    [InlineData("zhanggong", "中共赣州市章贡区委办公室", "章办字")]
    [InlineData("huangchuan", "潢川县人民政府办公室", "潢政办")]
    [InlineData("xuchang", "许昌市自然资源和规划局", "许自然资规")]
    [InlineData("national", "××市人民政府办公室", "×政办")]
    public void Every_bundled_office_loads(string id, string issuer, string prefix)
    {
        var o = OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", id + ".yaml"));
        Assert.Equal(id, o.Id);
        Assert.Equal(issuer, o.Issuers[0]);
        Assert.Equal(prefix, o.NumberPrefix);
        Assert.NotEmpty(o.Signers);
        Assert.False(string.IsNullOrWhiteSpace(o.MainRecipients));
    }

    [Fact]
    public void Joint_office_has_two_issuers_and_two_signers()
    {
        var o = OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "zhanggong.yaml"));
        Assert.Equal(2, o.Issuers.Length);
        Assert.Equal(2, o.Signers.Length);
    }

    [Fact]
    public void Broken_yaml_names_file_line_and_column()
    {
        var e = Assert.Throws<RulePackException>(() => OfficeProfile.Parse("id: x\nissuers: [a, b\nnumber_prefix: p\n", "offices/bad.yaml"));
        Assert.Matches(@"^offices/bad\.yaml:\d+:\d+: ", e.Message);
        Assert.Equal(ExitCodes.RulePack, e.ExitCode);
    }

    [Fact]
    public void Missing_field_wrong_type_and_unknown_key_are_located()
    {
        const string ok = "id: t\nissuers: [某办]\nnumber_prefix: 某办\nsequence: 3\nmain_recipients: 各单位\nprinting_office: 某办\n";
        Assert.Equal("某办〔2026〕3号", OfficeProfile.Parse(ok, "t.yaml").DocumentNumber(new NodaTime.LocalDate(2026, 1, 1)));
        var missing = Assert.Throws<RulePackException>(() => OfficeProfile.Parse(ok.Replace("number_prefix: 某办\n", ""), "t.yaml"));
        Assert.Equal("t.yaml:1:1: 错误：缺少必填项“number_prefix”", missing.Message);
        var seq = Assert.Throws<RulePackException>(() => OfficeProfile.Parse(ok.Replace("sequence: 3", "sequence: 第3"), "t.yaml"));
        Assert.Contains("t.yaml:4:11:", seq.Message);
        var list = Assert.Throws<RulePackException>(() => OfficeProfile.Parse(ok.Replace("issuers: [某办]", "issuers: {a: b}"), "t.yaml"));
        Assert.Contains("t.yaml:2:10:", list.Message);
        var unknown = Assert.Throws<RulePackException>(() => OfficeProfile.Parse(ok + "seal: 红章\n", "t.yaml"));
        Assert.StartsWith("t.yaml:7:1: 错误：发文机关配置中有未知字段“seal”", unknown.Message);
        var zero = Assert.Throws<RulePackException>(() => OfficeProfile.Parse(ok.Replace("sequence: 3", "sequence: 0"), "t.yaml"));
        Assert.Contains("t.yaml:4:11:", zero.Message);
    }

    [Fact]
    public void Policy_mistakes_are_located_at_their_values_all_at_once()
    {
        const string ok = "id: t\nissuers: [某办]\nnumber_prefix: 某办\nsequence: 3\nmain_recipients: 各单位\nprinting_office: 某办\n";
        var e = Assert.Throws<RulePackException>(() => OfficeProfile.Parse(ok + """
            policy:
              scheme: weekly
              repeat_count: 1
              interview: {enabled: true, verdicts: [met]}
              commendation: {enabled: true, barr: 90}
            """, "t.yaml"));
        Assert.Equal([
            "t.yaml:8:11: 错误：policy.scheme 应为 per-finding（逐项扣分）或 rate（按时率计分），实际为“weekly”",
            "t.yaml:9:17: 错误：“policy.repeat_count”应为不小于 2 的整数，实际为“1”",
            "t.yaml:10:41: 错误：policy.interview.verdicts 中的“met”不能作为处理依据（只能是未按时履行、未履行、未到期或数据不足）",
            "t.yaml:11:33: 错误：policy.commendation中有未知字段“barr”（可用字段：enabled、bar、disqualifying_verdicts、min_met_findings）"],
            e.Message.Split('\n'));
        var policy = OfficeProfile.Parse(ok + "policy:\n  repeat_count: 3\n  commendation: {enabled: true, bar: 95}\n", "t.yaml").Policy!;
        Assert.Equal((3, true, 95.0, "本单位考核办法"), (policy.RepeatCount, policy.Commendation.Enabled, policy.Commendation.Bar, policy.Basis));
        Assert.False(policy.Interview.Enabled);
    }

    [Fact]
    public void Missing_file_is_a_rule_pack_error() =>
        Assert.Throws<RulePackException>(() => OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "nowhere.yaml")));
}
