using Auditor.Core.Domain;

namespace Auditor.Ingest;

/// <summary>Receives what a streaming read produces besides cases: issues, daily reports, per-sheet summaries.</summary>
public interface IIngestSink
{
    void Issue(DataIssue issue);
    void DailyReport(DailyReport report);
    void File(FileSummary summary);
}

/// <summary>A sink that keeps everything in lists (what <see cref="LedgerLoader.Load"/> uses).</summary>
public sealed class CollectingSink : IIngestSink
{
    public List<DataIssue> Issues { get; } = [];
    public List<DailyReport> DailyReports { get; } = [];
    public List<FileSummary> Files { get; } = [];

    public void Issue(DataIssue issue) => Issues.Add(issue);
    public void DailyReport(DailyReport report) => DailyReports.Add(report);
    public void File(FileSummary summary) => Files.Add(summary);
}

/// <summary>A sink that keeps nothing (a reading that only counts case ids).</summary>
internal sealed class NullSink : IIngestSink
{
    public static NullSink Instance { get; } = new();

    public void Issue(DataIssue issue) { }
    public void DailyReport(DailyReport report) { }
    public void File(FileSummary summary) { }
}
