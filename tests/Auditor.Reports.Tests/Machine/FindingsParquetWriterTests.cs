using System.Security.Cryptography;
using Auditor.Core.Domain;
using Auditor.Reports.Machine;
using Auditor.Reports.Text;
using Auditor.Tests;
using NodaTime;
using global::Parquet;

namespace Auditor.Reports.Tests.Machine;

/// <summary>findings.parquet read back with Parquet.Net, against findings.csv written from the same findings.</summary>
public class FindingsParquetWriterTests
{
    /// <summary>The sample's findings, plus text a ledger may carry, every null and an appealed verdict.</summary>
    private static List<Finding> Findings()
    {
        var all = SampleOutcome.All(extraUnits: 3).ToList();
        var f = all[0];
        all.Add(f with
        {
            CaseId = "=1+1", CaseTitle = "标题,带逗号\"引号\"\n换行😀\uD800", Evidence = "@SUM(A1)\r\n第二行", Severity = null,
            Start = null, Deadline = null, Actual = null, OverrunMinutes = null, Weight = 2.5, SanctionClass = null,
        });
        all.Add(f with
        {
            CaseId = "X-9", OverrunMinutes = long.MaxValue, Weight = 0,
            Override = new VerdictOverride(Verdict.Breached, Verdict.Met, "-申诉成立：系统故障", "张三", new LocalDate(2026, 10, 9)),
        });
        return all;
    }

    private static (string Csv, string Parquet) Write(IReadOnlyList<Finding> findings, int rowsPerGroup)
    {
        var dir = TestFiles.TempDir("parquet");
        var csv = Path.Combine(dir, "findings.csv");
        var parquet = Path.Combine(dir, "findings.parquet");
        using (var w = new FindingsCsvWriter(File.Create(csv), SampleOutcome.Zone))
            foreach (var f in findings) w.Write(f);
        using (var w = new FindingsParquetWriter(File.Create(parquet), SampleOutcome.Zone, rowsPerGroup))
            foreach (var f in findings) w.Write(f);
        return (csv, parquet);
    }

    // findings.csv neutralises these columns against formulas; Parquet holds the text as recorded
    private static readonly HashSet<string> NeutralisedInCsv = ["case_id", "unit", "clause", "evidence", "rule_title", "case_title", "severity", "override_justification"];

    [Theory]
    [InlineData(3)]
    [InlineData(FindingsParquetWriter.RowsPerGroup)]
    public void Read_back_with_Parquet_Net_it_equals_findings_csv_row_for_row(int rowsPerGroup)
    {
        var findings = Findings();
        var (csvPath, parquetPath) = Write(findings, rowsPerGroup);
        var csv = CsvRecords.Read(csvPath);
        var (columns, rows, _) = ParquetTable.Read(parquetPath);

        Assert.Equal(csv[0], columns);
        Assert.Equal(findings.Count, rows.Count);
        Assert.Equal(csv.Count - 1, rows.Count);
        for (int r = 0; r < rows.Count; r++)
            for (int c = 0; c < columns.Length; c++)
            {
                var value = rows[r][c];
                var expected = NeutralisedInCsv.Contains(columns[c]) ? (SpreadsheetText.LooksLikeFormula(value) ? "'" + value : value) : value;
                Assert.True(expected == csv[r + 1][c], $"row {r + 1}, {columns[c]}: parquet “{value}”, csv “{csv[r + 1][c]}”");
            }
        // the hostile row kept its text, unneutralised
        Assert.Contains(rows, row => row[0] == "=1+1" && row[10] == "@SUM(A1)\r\n第二行");
    }

    [Fact]
    public async Task Columns_are_typed_and_repeating_text_is_dictionary_encoded()
    {
        var (_, parquetPath) = Write(Findings(), FindingsParquetWriter.RowsPerGroup);
        var (columns, _, types) = ParquetTable.Read(parquetPath);
        var type = columns.Zip(types).ToDictionary(x => x.First, x => x.Second);
        Assert.Equal("timestamp:Micros:False", type["start"]); // local wall time of the audit's zone, not UTC
        Assert.Equal("timestamp:Micros:False", type["actual"]);
        Assert.Equal("Int64", type["overrun_minutes"]);
        Assert.Equal("Double", type["weight"]);
        Assert.Equal("String", type["evidence"]);

        await using var reader = await ParquetReader.CreateAsync(parquetPath);
        using var group = reader.OpenRowGroupReader(0);
        var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name);
        Assert.NotNull(group.GetMetadata(fields["unit"])!.MetaData!.DictionaryPageOffset);
        Assert.NotNull(group.GetMetadata(fields["verdict"])!.MetaData!.DictionaryPageOffset);
        Assert.Null(group.GetMetadata(fields["evidence"])!.MetaData!.DictionaryPageOffset);
        Assert.Equal(global::Parquet.Meta.CompressionCodec.SNAPPY, group.GetMetadata(fields["evidence"])!.MetaData!.Codec);
    }

    [Fact]
    public void The_same_findings_give_the_same_bytes()
    {
        var findings = Findings();
        var a = Write(findings, 5).Parquet;
        var b = Write(findings, 5).Parquet;
        Assert.Equal(SHA256.HashData(File.ReadAllBytes(a)), SHA256.HashData(File.ReadAllBytes(b)));
    }

    [Fact]
    public void No_findings_give_a_valid_file_with_the_columns_and_no_rows()
    {
        var (csvPath, parquetPath) = Write([], 10);
        var (columns, rows, _) = ParquetTable.Read(parquetPath);
        Assert.Equal(CsvRecords.Read(csvPath)[0], columns);
        Assert.Empty(rows);
    }
}
