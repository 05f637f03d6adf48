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
    public void Scores_csv_is_utf8_without_bom_with_machine_headers_and_one_row_per_unit_in_rank_order()
    {
        var outcome = SampleOutcome.Build() with
        {
            Scores =
            [
                Score("乙镇", 97, 2, 1, 1, 0.5, new KindRate(ObligationKind.Feedback, 1, 1, 0)),
                Score("甲镇", 100, 1, 3, 0, 1, new KindRate(ObligationKind.Release, 3, 0, 0)),
            ],
        };
        AuditFiles.WriteTables(outcome, _dir);
        var bytes = File.ReadAllBytes(Path.Combine(_dir, AuditFileNames.Scores));
        Assert.NotEqual((byte)0xEF, bytes[0]);
        var lines = Encoding.UTF8.GetString(bytes).Split("\n");
        Assert.Equal("", lines[^1]);
        Assert.Equal("rank,unit,unit_code,score,grade,met,breached,missing,pending,not-applicable,insufficient-data,on_time_rate,on_time_rate.release,on_time_rate.feedback", lines[0]);
        Assert.Equal("1,甲镇,001,100.0,优秀,3,0,0,0,0,0,1,1,", lines[1]);
        Assert.Equal("2,乙镇,001,97.0,优秀,1,1,0,0,0,0,0.5,,0.5", lines[2]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void Sanctions_csv_joins_reasons_and_neutralises_formula_like_text()
    {
        var sw = new StringWriter();
        SanctionsCsvWriter.Write(sw,
        [
            new Sanction("=HYPERLINK(\"x\")", SanctionKind.Criticism,
            [
                new SanctionReason("R-fb", ["HC-1", "HC-2"], "002 四.3", "反馈不及时：a") { Quote = "对反馈不及时或进行虚假反馈的，给予责任单位通报批评" },
                new SanctionReason(null, [], "003 4.6", "考核等次为不合格（得分55.0）"),
            ]),
        ]);
        var lines = sw.ToString().Split("\n");
        Assert.Equal("unit,sanction,reasons,rule_ids,case_ids,clauses", lines[0]);
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\",通报批评,反馈不及时：a；考核等次为不合格（得分55.0）,R-fb,HC-1、HC-2," +
                     "002 四.3：“对反馈不及时或进行虚假反馈的，给予责任单位通报批评”；003 4.6", lines[1]); // full-width ， needs no quoting
    }
}
