using System.Collections.Immutable;
using System.Text;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.Csv;

namespace Auditor.Reports.Tests.Csv;

public sealed class ScoresAndSanctionsCsvTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("auditor-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static UnitScore Score(string unit, double score, int rank, int met, int breached, double? rate, params KindRate[] rates) => new()
    {
        Unit = unit, UnitCode = "001", Score = score, Grade = "优秀", Rank = rank,
        Counts = ImmutableDictionary<Verdict, int>.Empty.Add(Verdict.Met, met).Add(Verdict.Breached, breached),
        OnTimeRate = rate, KindRates = [.. rates], Deductions = [], Formula = "",
    };

    [Fact]
    public void Scores_csv_is_utf8_with_bom_crlf_and_one_row_per_unit_in_rank_order()
    {
        var path = Path.Combine(_dir, "scores.csv");
        ScoresCsvWriter.Write(path,
        [
            Score("乙镇", 97, 2, 1, 1, 0.5, new KindRate(ObligationKind.Feedback, 1, 1, 0)),
            Score("甲镇", 100, 1, 3, 0, 1, new KindRate(ObligationKind.Release, 3, 0, 0)),
        ]);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n");
        Assert.Equal("", lines[^1]);
        Assert.Equal("名次,单位,单位编码,得分,等次,按时履行,超时,未履行,未到期,不适用,数据不足,按时率,按时率-发布权威信息,按时率-落实反馈", lines[0]);
        Assert.Equal("1,甲镇,001,100.0,优秀,3,0,0,0,0,0,100.0%,100.0%,", lines[1]);
        Assert.Equal("2,乙镇,001,97.0,优秀,1,1,0,0,0,0,50.0%,,50.0%", lines[2]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void Sanctions_csv_joins_reasons_and_neutralises_formula_like_text()
    {
        var sw = new StringWriter { NewLine = "\r\n" };
        SanctionsCsvWriter.Write(sw,
        [
            new Sanction("=HYPERLINK(\"x\")", SanctionKind.Criticism,
            [
                new SanctionReason("R-fb", ["HC-1", "HC-2"], "002 四.3", "反馈不及时：a") { Quote = "对反馈不及时或进行虚假反馈的，给予责任单位通报批评" },
                new SanctionReason(null, [], "003 4.6", "考核等次为不合格（得分55.0）"),
            ]),
        ]);
        var lines = sw.ToString().Split("\r\n");
        Assert.Equal("单位,处理,理由,规则,案件,依据条款", lines[0]);
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\",通报批评,反馈不及时：a；考核等次为不合格（得分55.0）,R-fb,HC-1、HC-2," +
                     "002 四.3：“对反馈不及时或进行虚假反馈的，给予责任单位通报批评”；003 4.6", lines[1]); // full-width ， needs no quoting
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86", "'+86")]
    [InlineData("-x", "'-x")]
    [InlineData("@SUM", "'@SUM")]
    [InlineData("\tA", "'\tA")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("甲镇", "甲镇")]
    public void Text_cells_are_quoted_and_neutralised(string value, string expected) => Assert.Equal(expected, ExcelCsv.Text(value));

    [Fact]
    public void Carriage_return_first_is_neutralised_and_quoted() => Assert.Equal("\"'\rA\"", ExcelCsv.Text("\rA"));
}
