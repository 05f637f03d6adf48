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
        Assert.Contains("t.yaml:1:1: 缺少必填项“number_prefix”", missing.Message);
        var seq = Assert.Throws<RulePackException>(() => OfficeProfile.Parse(ok.Replace("sequence: 3", "sequence: 第3"), "t.yaml"));
        Assert.Contains("t.yaml:4:11:", seq.Message);
        var list = Assert.Throws<RulePackException>(() => OfficeProfile.Parse(ok.Replace("issuers: [某办]", "issuers: {a: b}"), "t.yaml"));
        Assert.Contains("t.yaml:2:10:", list.Message);
        var unknown = Assert.Throws<RulePackException>(() => OfficeProfile.Parse(ok + "seal: 红章\n", "t.yaml"));
        Assert.Contains("t.yaml:7:1: 未知的配置项“seal”", unknown.Message);
        var zero = Assert.Throws<RulePackException>(() => OfficeProfile.Parse(ok.Replace("sequence: 3", "sequence: 0"), "t.yaml"));
        Assert.Contains("t.yaml:4:11:", zero.Message);
    }

    [Fact]
    public void Missing_file_is_a_rule_pack_error() =>
        Assert.Throws<RulePackException>(() => OfficeProfile.Load(Path.Combine(TestFiles.Rules, "offices", "nowhere.yaml")));
}
