using System.Security.Cryptography;
using System.Text.Json;
using Auditor.Tests;
using static Auditor.Engine.Tests.TinyAudit;

namespace Auditor.Engine.Tests;

/// <summary>Which findings files a run writes (<see cref="AuditRequest.Findings"/>), and that they agree with each other.</summary>
public sealed class FindingsFilesTests() : ScratchFolder("findings")
{
    private static string[] FindingsFiles(string dir) =>
        [.. Directory.GetFiles(dir, "findings.*").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static JsonElement Manifest(string dir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json"))).RootElement;

    [Fact]
    public void By_default_csv_parquet_and_xlsx_are_written_and_json_is_not()
    {
        var dir = At("out");
        AuditEngine.Run(Request(dir));
        Assert.Equal(["findings.csv", "findings.parquet", "findings.xlsx"], FindingsFiles(dir));
        var manifest = Manifest(dir);
        Assert.Equal(["csv", "parquet", "xlsx"], manifest.GetProperty("findings_formats").EnumerateArray().Select(e => e.GetString()));
        var outputs = manifest.GetProperty("outputs").EnumerateArray().ToDictionary(o => o.GetProperty("path").GetString()!, o => o.GetProperty("sha256").GetString()!);
        // hashed while written (csv, parquet) or on the workbook's thread (xlsx): each digest is the file's
        foreach (var f in FindingsFiles(dir))
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(dir, f)))), outputs[f]);
    }

    [Theory]
    [InlineData(FindingsFormats.Json, new[] { "findings.json" })]
    [InlineData(FindingsFormats.Csv | FindingsFormats.Json, new[] { "findings.csv", "findings.json" })]
    [InlineData(FindingsFormats.Parquet, new[] { "findings.parquet" })]
    [InlineData(FindingsFormats.All, new[] { "findings.csv", "findings.json", "findings.parquet", "findings.xlsx" })]
    public void Exactly_the_formats_asked_for_are_written_and_listed(FindingsFormats formats, string[] files)
    {
        var dir = At("out");
        AuditEngine.Run(Request(dir) with { Findings = formats });
        Assert.Equal(files, FindingsFiles(dir));
        Assert.Equal(FindingsFormatNames.Names(formats), Manifest(dir).GetProperty("findings_formats").EnumerateArray().Select(e => e.GetString()));
        Assert.True(File.Exists(Path.Combine(dir, "scores.csv"))); // the tables and documents do not depend on it
    }

    [Fact]
    public void A_self_check_writes_the_same_formats_with_its_own_findings()
    {
        var dir = At("self");
        AuditEngine.Run(Request(dir, unit: Jia));
        Assert.Equal(["findings.csv", "findings.parquet", "findings.xlsx"], FindingsFiles(dir));
        var (_, rows, _) = ParquetTable.Read(Path.Combine(dir, "findings.parquet"));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(Jia, r[1]));
    }

    [Fact]
    public void The_audit_s_parquet_read_back_with_Parquet_Net_equals_its_csv_row_for_row()
    {
        var dir = At("out");
        AuditEngine.Run(Request(dir));
        var csv = CsvRecords.Read(Path.Combine(dir, "findings.csv"));
        var (columns, rows, _) = ParquetTable.Read(Path.Combine(dir, "findings.parquet"));
        Assert.Equal(csv[0], columns);
        Assert.Equal(csv.Skip(1).Select(r => string.Join("\u0001", r)), rows.Select(r => string.Join("\u0001", r)));
        Assert.Equal(50, rows.Count); // 28 findings of the three windows (tiny README) and 22 of the responsible party
    }

    [Fact]
    public void Two_runs_write_the_same_bytes_in_every_findings_file()
    {
        AuditEngine.Run(Request(At("a")) with { Findings = FindingsFormats.All });
        AuditEngine.Run(Request(At("b")) with { Findings = FindingsFormats.All });
        foreach (var f in FindingsFiles(At("a")))
            Assert.True(File.ReadAllBytes(At(Path.Combine("a", f))).AsSpan().SequenceEqual(File.ReadAllBytes(At(Path.Combine("b", f)))), f);
    }

    [Theory]
    [InlineData("csv,parquet,xlsx", FindingsFormats.Default)]
    [InlineData(" JSON ", FindingsFormats.Json)]
    [InlineData("xlsx,csv,csv", FindingsFormats.Xlsx | FindingsFormats.Csv)]
    [InlineData("csv,parquet,xlsx,json", FindingsFormats.All)]
    public void Format_lists_are_read_case_insensitively_in_any_order(string text, FindingsFormats expected)
    {
        Assert.Equal(expected, FindingsFormatNames.Parse(text));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("csv;json")]
    [InlineData(",")]
    [InlineData("")]
    public void An_unknown_or_empty_format_list_is_a_usage_error_naming_the_choices(string text)
    {
        var e = Assert.Throws<Auditor.Core.UsageException>(() => FindingsFormatNames.Parse(text));
        Assert.Contains("csv、parquet、xlsx、json", e.Message);
    }
}
