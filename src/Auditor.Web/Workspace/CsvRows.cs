using Auditor.Ingest;

namespace Auditor.Web.Workspace;

/// <summary>The rows of a csv the engine wrote, each as header name → value, streamed.</summary>
public static class CsvRows
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string csv)
    {
        if (!File.Exists(csv)) yield break;
        string[]? header = null;
        foreach (var rec in CsvRecords.Read(csv))
        {
            if (header is null) { header = rec; continue; }
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++) row[header[i]] = i < rec.Length ? rec[i] : "";
            yield return row;
        }
    }
}
