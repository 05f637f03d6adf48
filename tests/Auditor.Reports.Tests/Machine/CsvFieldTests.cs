using Auditor.Reports.Machine;

namespace Auditor.Reports.Tests.Machine;

public class CsvFieldTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("网民反映，积水", "网民反映，积水")]
    [InlineData("普通文本", "普通文本")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("", "")]
    public void Text_values_are_neutralised_and_quoted(string input, string expected) =>
        Assert.Equal(expected, CsvField.Text(input));

    [Fact]
    public void Program_values_are_not_neutralised() => Assert.Equal("-5", CsvField.Plain("-5"));
}
