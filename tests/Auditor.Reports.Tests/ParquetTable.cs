using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Auditor.Tests;

/// <summary>
/// A Parquet file read back with Parquet.Net (an implementation independent of the writer under test), every value
/// shown as findings.csv shows it: ISO local times, integers and weights as text, null as "".
/// </summary>
internal static class ParquetTable
{
    public static (string[] Columns, List<string[]> Rows, string[] Types) Read(string path) => ReadAsync(path).GetAwaiter().GetResult();

    private static async Task<(string[], List<string[]>, string[])> ReadAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<string[]>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = (int)group.RowCount;
            var columns = new string[fields.Length][];
            for (int c = 0; c < fields.Length; c++) columns[c] = await Column(group, fields[c], n);
            for (int i = 0; i < n; i++) rows.Add([.. columns.Select(col => col[i])]);
        }
        return ([.. fields.Select(f => f.Name)], rows, [.. fields.Select(f => f is DateTimeDataField d ? $"timestamp:{d.Unit}:{d.IsAdjustedToUTC}" : f.ClrType == typeof(ReadOnlyMemory<char>) ? "String" : f.ClrType.Name)]);
    }

    private static async Task<string[]> Column(ParquetRowGroupReader group, DataField field, int n)
    {
        if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
        {
            var values = new string?[n];
            await group.ReadAsync(field, values.AsMemory());
            return [.. values.Select(v => v ?? "")];
        }
        if (field.ClrType == typeof(DateTime))
        {
            var values = new DateTime?[n];
            await group.ReadAsync<DateTime>(field, values.AsMemory());
            return [.. values.Select(v => v?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) ?? "")];
        }
        if (field.ClrType == typeof(long))
        {
            var values = new long?[n];
            await group.ReadAsync<long>(field, values.AsMemory());
            return [.. values.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "")];
        }
        if (field.ClrType == typeof(double))
        {
            if (field.IsNullable)
            {
                var nullable = new double?[n];
                await group.ReadAsync<double>(field, nullable.AsMemory());
                return [.. nullable.Select(v => v?.ToString("0.##", CultureInfo.InvariantCulture) ?? "")];
            }
            var values = new double[n];
            await group.ReadAsync<double>(field, values.AsMemory());
            return [.. values.Select(v => v.ToString("0.##", CultureInfo.InvariantCulture))];
        }
        throw new NotSupportedException($"{field.Name}: {field.ClrType}");
    }
}
