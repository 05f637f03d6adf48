using Auditor.Core.Domain;
using Auditor.Ingest.Headers;

namespace Auditor.Ingest;

/// <summary>
/// What was read from a set of exports, gathered while cases stream by (no case is kept, so any size of input fits):
/// per sheet its shape, header row and column mapping, counts, and every data issue in file, sheet and row order.
/// What `auditor inspect` prints and the web workspace shows as "what was read".
/// </summary>
public sealed class LedgerInspection
{
    public int Cases { get; private set; }
    public int Events { get; private set; }
    public int DailyReports { get; private set; }
    public Dictionary<string, int> CasesByUnit { get; } = new(StringComparer.Ordinal);
    public List<DataIssue> Issues { get; private init; } = [];
    public List<FileSummary> Files { get; private init; } = [];
    public IReadOnlyList<string> UnusedMapEntries { get; private set; } = [];

    /// <summary>The unit name shown for cases whose 填报单位 is blank.</summary>
    public const string NoUnit = "（未填单位）";

    public static LedgerInspection Read(IReadOnlyList<string> files, UnitRegistry registry, HeaderMap? map, IngestOptions options)
    {
        var sink = new CollectingSink();
        var s = new LedgerInspection { Issues = sink.Issues, Files = sink.Files };
        foreach (var c in LedgerLoader.Stream(files, registry, map, options, sink))
        {
            s.Cases++;
            s.Events += c.Events.Length;
            var unit = c.ReportingUnit?.Name ?? NoUnit;
            s.CasesByUnit[unit] = s.CasesByUnit.GetValueOrDefault(unit) + 1;
        }
        s.DailyReports = sink.DailyReports.Count;
        // Issues in file order, then sheet, then row (an event log reports timeline faults when its sheet ends).
        var fileIndex = files.Select((f, i) => (f, i)).GroupBy(x => x.f).ToDictionary(g => g.Key, g => g.First().i);
        var sheetIndex = new Dictionary<(string, string?), int>();
        foreach (var i in sink.Issues) sheetIndex.TryAdd((i.File, i.Sheet), sheetIndex.Count);
        var sorted = sink.Issues.OrderBy(i => fileIndex.GetValueOrDefault(i.File)).ThenBy(i => sheetIndex[(i.File, i.Sheet)]).ThenBy(i => i.Row ?? int.MaxValue).ToList();
        sink.Issues.Clear();
        sink.Issues.AddRange(sorted);
        if (map is not null) s.UnusedMapEntries = map.Unused(sink.Files.SelectMany(f => f.Columns.Select(c => c.Header)));
        return s;
    }
}
