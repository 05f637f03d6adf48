using Auditor.Core.Domain;
using Auditor.Ingest.Headers;
using Auditor.Ingest.Tables;
using Auditor.Ingest.Times;

namespace Auditor.Ingest;

/// <summary>
/// Reading state of one sheet: its header, the run's registry and options, the issue sink (counted), and the
/// cell accessors that turn raw cells into text, times and units while reporting faults with row and column.
/// </summary>
internal sealed partial class SheetContext(FileScope scope, string? sheet, HeaderRow header, UnitRegistry registry, IngestOptions options, IIngestSink sink)
{
    public FileScope Scope { get; } = scope;
    public string File => Scope.File;
    public string? Sheet { get; } = sheet;
    public HeaderRow Header { get; } = header;
    public UnitRegistry Registry { get; } = registry;
    public IngestOptions Options { get; } = options;
    public int IssueCount { get; private set; }

    public SourceRef Source(int row) => new(File, Sheet, row);

    private IReadOnlySet<string>? _recorded;

    /// <summary>
    /// Canonical field and event ids this sheet has a column for (Case.RecordedColumns), shared by its cases. An event
    /// log records every event kind (events are rows); 是否归档 records archiving.
    /// </summary>
    public IReadOnlySet<string> RecordedColumns => _recorded ??= ComputeRecorded();

    private HashSet<string> ComputeRecorded()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Header.Targets)
            if (t is { Kind: ColumnTargetKind.Field or ColumnTargetKind.Event }) set.Add(t.Id);
        if (set.Contains(FieldIds.ArchivedFlag)) set.Add(EventKind.Archived.Id());
        if (Header.Shape == TableShape.EventLog)
        {
            foreach (var k in EventKinds.All) set.Add(k.Id());
            if (Header.ColumnOf(FieldIds.Actor) >= 0) set.Add(CaseFields.Actor); // who did each step (e.g. who leaked)
        }
        return set;
    }

    public string ColumnName(int col) => (col < Header.Headers.Length ? Header.Headers[col] : null) ?? $"第{col + 1}列";

    public void Issue(int? row, int? col, string? caseId, DataIssueKind kind, string message)
    {
        IssueCount++;
        // col < 0: the sheet has no such column (e.g. a 日报 row in an event log without 办理单位) — found by fuzzing.
        sink.Issue(new DataIssue(File, Sheet, row, col is int c && c >= 0 ? ColumnName(c) : null, caseId, kind, message));
    }

    /// <summary>Trimmed text of a cell (null when blank); over-long cells are cut and reported.</summary>
    public string? Text(RawRow row, int col, string? caseId = null)
    {
        if (col < 0) return null;
        var t = row[col].AsText();
        if (string.IsNullOrWhiteSpace(t)) return null;
        t = t.Trim();
        if (t.Length > Options.MaxCellLength)
        {
            Issue(row.Number, col, caseId, DataIssueKind.OverlongCell,
                $"单元格内容过长（{t.Length:N0} 个字符），只保留前 {Options.MaxCellLength:N0} 个字符");
            t = t[..Options.MaxCellLength];
        }
        return t;
    }

    /// <summary>A time cell: null when blank or unparsable (reported); a date without time is kept as DateOnly and reported.</summary>
    public RecordedTime? Time(RawRow row, int col, string? caseId, bool dateOnlyIsIssue = true)
    {
        if (col < 0) return null;
        var cell = row[col];
        if (cell.IsEmpty) return null;
        var t = TimeValueParser.Parse(cell, Options.Zone);
        if (t is null)
        {
            var shown = Text(row, col, caseId);
            Issue(row.Number, col, caseId, DataIssueKind.UnparsableTime,
                $"无法识别的时间“{Clip(shown)}”（应为 2026-07-03 14:20、2026/7/3 14:20:05、2026年7月3日14时20分 或 Excel 日期）");
            return null;
        }
        if (t.DateOnly && dateOnlyIsIssue)
            Issue(row.Number, col, caseId, DataIssueKind.DateWithoutTime,
                $"只有日期“{t.Date:yyyy-MM-dd}”没有具体时间，需要按小时计算的规则将判为数据不足");
        return t;
    }

    /// <summary>A unit cell resolved through the registry; unknown names are reported (when a registry was given).</summary>
    public UnitRef? Unit(RawRow row, int col, string? caseId)
    {
        var t = Text(row, col, caseId);
        return t is null ? null : UnitOf(t, row.Number, col, caseId);
    }

    private readonly Dictionary<string, (UnitRef Ref, UnitMatch Match)> _units = new(StringComparer.Ordinal);

    public UnitRef UnitOf(string raw, int row, int col, string? caseId)
    {
        // Exports repeat a few dozen unit names over and over: resolve each spelling once.
        if (!_units.TryGetValue(raw, out var r))
        {
            var match = Registry.Match(raw);
            r = (new UnitRef(raw.Trim(), match.Unit), match);
            if (_units.Count < 100_000) _units[raw] = r;
        }
        switch (r.Match.Kind)
        {
            case UnitMatchKind.ShortForm when Scope.NotedShortForms.Add(raw):
                Issue(row, col, caseId, DataIssueKind.UnitShortName,
                    $"单位“{Clip(raw)}”按常用简称认定为“{r.Match.Unit!.Name}”（本文件中此写法均照此认定；如不对请改写全称，或在单位名录的别名中加上此写法）");
                break;
            case UnitMatchKind.Ambiguous:
                Issue(row, col, caseId, DataIssueKind.AmbiguousUnit,
                    $"单位“{Clip(raw)}”可能是：{string.Join("、", r.Match.Candidates.Select(u => u.Name))}，无法确定是哪一个，未归入任何单位（请改写全称）");
                break;
            case UnitMatchKind.None when Registry.Units.Length > 0:
                Issue(row, col, caseId, DataIssueKind.UnknownUnit, $"单位“{Clip(raw)}”不在单位名录中（名称、别名、编码均未匹配）");
                break;
        }
        return r.Ref;
    }

    /// <summary>
    /// A verification-result cell (核实结论 or 复核结论) as written; a word <paramref name="canonical"/> does not know is
    /// reported with its row and column (rules needing it become insufficient-data, never a silent not-applicable).
    /// </summary>
    public string? ResultWord(RawRow row, int col, string? caseId, Func<string, string?> canonical, string hint)
    {
        var t = Text(row, col, caseId);
        if (t is null || canonical(t) is not null) return t;
        Issue(row.Number, col, caseId, DataIssueKind.InvalidValue, $"无法识别的“{ColumnName(col)}”“{Clip(t)}”（应为{hint}）：依赖它的规则判为数据不足");
        return t;
    }

    /// <summary>是/否 and common equivalents; anything else is reported and null.</summary>
    public bool? YesNo(RawRow row, int col, string? caseId)
    {
        var t = Text(row, col, caseId);
        if (t is null) return null;
        var cell = row[col];
        if (cell.Kind == RawCellKind.Boolean) return cell.Number != 0;
        switch (t.ToLowerInvariant())
        {
            case "是" or "y" or "yes" or "true" or "1" or "√" or "已归档" or "归档": return true;
            case "否" or "n" or "no" or "false" or "0" or "×" or "未归档": return false;
        }
        Issue(row.Number, col, caseId, DataIssueKind.InvalidValue, $"“{Clip(t)}”不是“是”或“否”");
        return null;
    }

    internal static string Clip(string? s) => s is null ? "" : s.Length <= 40 ? s : s[..40] + "…";
}
