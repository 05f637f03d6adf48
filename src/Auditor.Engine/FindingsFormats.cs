using Auditor.Core;
using Auditor.Reports;

namespace Auditor.Engine;

/// <summary>Which findings files a run writes (every finding of the run's scope, one row each).</summary>
[Flags]
public enum FindingsFormats
{
    None = 0,
    /// <summary>findings.csv (UTF-8, RFC 4180).</summary>
    Csv = 1,
    /// <summary>findings.parquet (typed columns, for DuckDB, pandas, Power BI).</summary>
    Parquet = 2,
    /// <summary>findings.xlsx (the findings, scores, sanctions and data issues as sheets).</summary>
    Xlsx = 4,
    /// <summary>findings.json (one finding per line; the largest file by far, written only when asked).</summary>
    Json = 8,
    Default = Csv | Parquet | Xlsx,
    All = Csv | Parquet | Xlsx | Json,
}

/// <summary>The names of <see cref="FindingsFormats"/> as front ends show and read them ("csv,parquet,xlsx").</summary>
public static class FindingsFormatNames
{
    private static readonly (FindingsFormats Format, string Name, string File)[] Table =
    [
        (FindingsFormats.Csv, "csv", AuditFileNames.FindingsCsv),
        (FindingsFormats.Parquet, "parquet", AuditFileNames.FindingsParquet),
        (FindingsFormats.Xlsx, "xlsx", AuditFileNames.FindingsWorkbook),
        (FindingsFormats.Json, "json", AuditFileNames.FindingsJson),
    ];

    /// <summary>"csv,parquet,xlsx" (in this order, whatever order they were asked in).</summary>
    public static string Format(FindingsFormats formats) => string.Join(",", Names(formats));

    public static IEnumerable<string> Names(FindingsFormats formats) => Table.Where(t => formats.HasFlag(t.Format)).Select(t => t.Name);

    /// <summary>The files the formats write, in the same order.</summary>
    public static IEnumerable<string> Files(FindingsFormats formats) => Table.Where(t => formats.HasFlag(t.Format)).Select(t => t.File);

    /// <summary>
    /// Reads a comma-separated list ("csv,parquet", "json", " CSV , xlsx "): names are case-insensitive, repeats are
    /// harmless. An empty list or an unknown name is a <see cref="UsageException"/> naming the accepted ones.
    /// </summary>
    public static FindingsFormats Parse(string text)
    {
        var result = FindingsFormats.None;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var hit = Table.FirstOrDefault(t => string.Equals(t.Name, part, StringComparison.OrdinalIgnoreCase));
            if (hit.Name is null)
                throw new UsageException($"--findings 中的“{part}”不是可写出的格式：可选 {string.Join("、", Table.Select(t => t.Name))}，用逗号分隔（如 csv,parquet,xlsx）。");
            result |= hit.Format;
        }
        if (result == FindingsFormats.None)
            throw new UsageException($"--findings 没有给出格式：可选 {string.Join("、", Table.Select(t => t.Name))}，用逗号分隔（如 csv,parquet,xlsx）。");
        return result;
    }
}
