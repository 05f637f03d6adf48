using Auditor.Core.Domain;
using Auditor.Ingest;

namespace Auditor.Web.Workspace;

/// <summary>One sheet as read: file (the name it was uploaded with), sheet, shape, header row, column mapping, counts.</summary>
public sealed record SheetRead(
    string File, string? Sheet, string Format, string? Encoding, string Shape, int HeaderRow, int MergedRanges,
    IReadOnlyList<ColumnRead> Columns, int Rows, int Cases, int Events, int DailyReports, int Issues);

/// <summary>A column's header as written and the field it was mapped to (null: kept as an extra field).</summary>
public sealed record ColumnRead(int Column, string Header, string? Target);

/// <summary>A data issue with the file named as it was uploaded.</summary>
public sealed record IssueRead(string File, string? Sheet, int? Row, string? Column, string? CaseId, string Kind, string Message);

/// <summary>
/// What was read from a run's ledgers — the inspection `auditor inspect` prints (<see cref="LedgerInspection"/>), with
/// each stored file named as it was uploaded — kept as inspection.json beside the run.
/// </summary>
public sealed record Inspection(int Cases, int Events, int DailyReports, IReadOnlyList<SheetRead> Sheets, IReadOnlyList<IssueRead> Issues,
    IReadOnlyDictionary<string, int> CasesByUnit)
{
    public static Inspection Of(RunRecord run, string inputs, IngestOptions options)
    {
        var names = run.Ledgers.ToDictionary(l => Path.Combine(inputs, l.Stored), l => $"{l.Name}（{l.Stored}）");
        string Name(string file) => names.GetValueOrDefault(file) ?? Path.GetFileName(file);
        // a message may name a stored file too (a duplicate id "与 …/台账02.csv 第 5 行"): the uploaded name instead
        string Named(string message) => names.Aggregate(message, (m, n) => m.Replace(n.Key, n.Value, StringComparison.Ordinal));
        var registry = UnitRegistryReader.Read(Path.Combine(inputs, run.Units.Stored));
        var read = LedgerInspection.Read([.. names.Keys], registry, null, options);
        return new Inspection(read.Cases, read.Events, read.DailyReports,
            read.Files.Select(f => new SheetRead(Name(f.File), f.Sheet, f.Format, f.Encoding, f.Shape == TableShape.Ledger ? "台账（每行一个舆情）" : "环节记录（每行一个环节）",
                f.HeaderRow, f.MergedRanges, f.Columns.Select(c => new ColumnRead(c.Column, c.Header, c.Target)).ToList(), f.Rows, f.Cases, f.Events, f.DailyReports, f.Issues)).ToList(),
            read.Issues.Select(i => new IssueRead(Name(i.File), i.Sheet, i.Row, i.Column, i.CaseId, i.Kind.Id(), Named(i.Message))).ToList(),
            read.CasesByUnit);
    }
}
