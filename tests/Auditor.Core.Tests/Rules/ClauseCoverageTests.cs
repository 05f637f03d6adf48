using Auditor.Core.Rules;
using Auditor.Core.Tests.Golden;

namespace Auditor.Core.Tests.Rules;

/// <summary>Every numbered clause of each seed, listed here by hand from the text, appears in its pack's clause list.</summary>
public class ClauseCoverageTests
{
    public static TheoryData<string, string, string[]> Expected => new()
    {
        { "nanan", "000", ["一", "（一）", "（二）", "（三）", "（四）", "二", "（五）", "（六）", "（七）", "（八）", "三", "（九）", "（十）", "（十一）"] },
        { "gaoan", "001", ["一", "一（一）", "一（二）", "一（三）", "一（四）", "二", "三", "三（一）", "三（二）", "三（三）", "三（四）", "三（六）", "四", "四、1", "四、2", "四、3"] },
        { "zhanggong", "002", ["一", "二", "二、1", "二、2", "二、3", "三", "三、1（1）", "三、1（2）", "三、1（3）", "三、2", "三、3", "四", "四、1", "四、2", "四、3"] },
        { "huangchuan", "003", ["1", "2", "3", "3.1", "3.1.1", "4", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "附录A"] },
        { "xuchang", "004", ["一", "二", "二（一）", "二（二）", "二（二）1", "二（二）2", "二（二）3", "二（二）4", "二（三）", "二（三）1", "二（三）2", "二（三）3", "二（四）", "二（四）1", "二（四）2", "二（五）", "二（五）1", "二（五）2", "三", "三（一）", "三（二）", "三（三）", "三（四）"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Every_numbered_clause_is_accounted_for(string pack, string source, string[] numbers)
    {
        var p = GoldenKit.Pack(pack);
        var listed = p.Clauses.Where(c => c.Source == source).Select(c => c.Number).ToHashSet();
        foreach (var n in numbers) Assert.True(listed.Contains(n), $"{pack}: clause {n} of {source} is not in the clause list");
        foreach (var c in p.Clauses) Assert.True(!c.RuleIds.IsEmpty || !string.IsNullOrWhiteSpace(c.NotCheckable), c.Number);
        var md = CoverageMatrix.Markdown(p);
        foreach (var n in numbers) Assert.Contains($"| {n} |", md);
    }
}
