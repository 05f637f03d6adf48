using System.Globalization;
using Auditor.Core.Audit;
using Auditor.Core.Domain;
using Auditor.Core.Scoring;
using Auditor.Reports.Text;
using Auditor.Reports.Xlsx;
using NodaTime;

namespace Auditor.Reports;

/// <summary>
/// findings.xlsx written as the audit goes: <see cref="Add"/> writes a finding's row at once (nothing is kept), and
/// <see cref="Finish"/> writes scores, sanctions, data issues and the 说明 sheet, which is shown first but written last
/// because it says which sheets had to be split. Sheets: 说明, findings (findings_2 … past Excel's row limit), scores,
/// sanctions, data issues — frozen header row, auto filter, set column widths, real date cells (local time of the
/// audit's zone), text never a formula. Repeating columns (unit, rule, kind, verdict, clause, severity) go through the
/// shared-strings table; near-unique ones (case id, evidence, case title) are inline.
/// Without Finish (an audit that failed midway) the file is incomplete.
/// </summary>
public sealed class FindingsWorkbook : IDisposable
{
    /// <summary>Excel's row limit (header included): a findings sheet holds at most this many rows.</summary>
    public const int ExcelMaxRows = 1_048_576;

    private static readonly (string Header, int Width)[] FindingColumns =
    [
        ("case_id", 16), ("unit", 22), ("rule_id", 16), ("kind", 14), ("kind_zh", 12), ("verdict", 14), ("verdict_zh", 10),
        ("start", 17), ("deadline", 17), ("actual", 17), ("overrun_minutes", 10), ("clause", 14), ("evidence", 60),
        ("case_title", 30), ("rule_title", 24), ("severity", 10), ("weight", 8), ("override", 30),
    ];

    private readonly XlsxWriter _xlsx;
    private readonly AuditPeriod _period;
    private readonly PackInfo _pack;
    private readonly Instant _asOf;
    private readonly DateTimeZone _zone;
    private readonly int _maxRowsPerSheet;
    private readonly int _readme;
    private int _findings, _findingSheets = 1;
    private readonly int[] _kindIds = EnumCache<ObligationKind>(), _kindNames = EnumCache<ObligationKind>();
    private readonly int[] _verdictIds = EnumCache<Verdict>(), _verdictNames = EnumCache<Verdict>();
    /// <summary>Shared-strings index of each clause met (by reference: the pack's citations), so Short is not rebuilt per row.</summary>
    private readonly Dictionary<Citation, int> _clauses = new(ReferenceEqualityComparer.Instance);
    private const int MaxCachedClauses = 4096;
    private bool _finished;

    /// <param name="maxRowsPerSheet">Rows a sheet may hold, header included (Excel's limit; smaller in tests).</param>
    public FindingsWorkbook(Stream output, AuditPeriod period, PackInfo pack, Instant asOf, DateTimeZone zone,
        int maxRowsPerSheet = ExcelMaxRows)
        : this(output, period, pack, asOf, zone, maxRowsPerSheet, SharedStringTable.MaxDistinct)
    {
    }

    internal FindingsWorkbook(Stream output, AuditPeriod period, PackInfo pack, Instant asOf, DateTimeZone zone, int maxRowsPerSheet, int maxSharedStrings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRowsPerSheet, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxRowsPerSheet, ExcelMaxRows);
        (_period, _pack, _asOf, _zone, _maxRowsPerSheet) = (period, pack, asOf, zone, maxRowsPerSheet);
        _xlsx = new XlsxWriter(output, new DateTimeOffset(asOf.ToDateTimeUtc(), TimeSpan.Zero), maxSharedStrings);
        _readme = _xlsx.ReserveSheet("说明");
        _xlsx.BeginSheet("findings", FindingColumns);
    }

    /// <summary>Writes the finding's row (on the next findings sheet when the current one is full).</summary>
    public void Add(Finding f)
    {
        if (_finished) throw new InvalidOperationException("the workbook is finished");
        var x = _xlsx;
        if (x.RowCount == _maxRowsPerSheet) x.BeginSheet(SheetName("findings", ++_findingSheets), FindingColumns);
        x.BeginRow();
        x.Text(0, f.CaseId);
        x.SharedText(1, f.Unit);
        x.SharedText(2, f.RuleId);
        Shared(3, _kindIds, (int)f.Kind, f.Kind.Id());
        Shared(4, _kindNames, (int)f.Kind, f.Kind.Chinese());
        Shared(5, _verdictIds, (int)f.Verdict, f.Verdict.Id());
        Shared(6, _verdictNames, (int)f.Verdict, f.Verdict.Chinese());
        x.Date(7, Local(f.Start));
        x.Date(8, Local(f.Deadline));
        x.Date(9, Local(f.Actual));
        x.Integer(10, f.OverrunMinutes);
        if (_clauses.TryGetValue(f.Clause, out int clause)) x.SharedCell(11, clause);
        else if ((clause = x.SharedText(11, f.Clause.Short)) >= 0 && _clauses.Count < MaxCachedClauses) _clauses.Add(f.Clause, clause);
        x.Text(12, f.Evidence);
        x.Text(13, f.CaseTitle);
        x.SharedText(14, f.RuleTitle);
        x.SharedText(15, f.Severity);
        x.Number(16, f.Weight);
        if (f.Override is { } ov) x.Text(17, $"原判定{ov.Original.Id()}：{ov.Justification}（{ov.Approver}，{ov.Date:yyyy-MM-dd}）");
        x.EndRow();
        _findings++;
    }

    /// <summary>Writes the scores, sanctions and data issues sheets, then 说明, and completes the package.</summary>
    public void Finish(IReadOnlyList<UnitScore> scores, IReadOnlyList<Sanction> sanctions, IReadOnlyList<DataIssue> dataIssues)
    {
        if (_finished) throw new InvalidOperationException("the workbook is finished");
        _finished = true;
        var splits = new List<string>();
        if (_findingSheets > 1) splits.Add(SplitNote("findings", _findings, _findingSheets));

        var verdicts = Enum.GetValues<Verdict>().Where(v => v != Verdict.NotApplicable).ToArray();
        Table("scores",
            [("rank", 6), ("unit", 24), ("unit_code", 12), ("score", 8), ("grade", 8), ("on_time_rate", 10), .. verdicts.Select(v => (v.Id(), 10)), ("formula", 60)],
            scores.OrderBy(s => s.Rank).ThenBy(s => s.Unit, StringComparer.Ordinal).Select(s => (object?[])
                [s.Rank, s.Unit, s.UnitCode, s.Score, s.Grade, s.OnTimeRate, .. verdicts.Select(v => (object?)s.Count(v)), s.Formula]),
            splits, new HashSet<int> { 5 });
        Table("sanctions",
            [("unit", 24), ("sanction", 10), ("rule_id", 16), ("clause", 14), ("case_ids", 30), ("reason", 60)],
            sanctions.OrderBy(s => (int)s.Kind).ThenBy(s => s.Unit, StringComparer.Ordinal)
                .SelectMany(s => (s.Reasons.Length == 0 ? [new SanctionReason(null, [], "", "")] : s.Reasons.AsEnumerable())
                    .Select(r => new object?[] { s.Unit, s.Kind.Chinese(), r.RuleId, r.Clause, string.Join("、", r.CaseIds), r.Text })),
            splits);
        Table("data issues",
            [("file", 30), ("sheet", 14), ("row", 8), ("column", 14), ("case_id", 16), ("kind", 18), ("message", 70)],
            dataIssues.Select(d => new object?[] { d.File, d.Sheet, d.Row, d.Column, d.CaseId, d.Kind.ToString(), d.Message }),
            splits);

        _xlsx.BeginSheet(_readme, [("说明", 120)]);
        foreach (var note in (string[])[
            $"{_period.Chinese}政务舆情回应处置考核判定明细（规则包 {_pack.Id} {_pack.Version}，截止 {OfficialDate.Format(_asOf.InZone(_zone).LocalDateTime)}）",
            $"findings：每个适用的（案件，规则）一行；start/deadline/actual 为本地时间（{_zone.Id}），overrun_minutes 为超出时限的分钟数。",
            "scores：每个单位一行；sanctions：每条处理理由一行；data issues：台账数据问题（文件、工作表、行、列）。",
            "以 = + - @ 开头的文字前加了单引号，防止被当作公式执行。",
            .. splits])
            _xlsx.Row([note]);
        _xlsx.Finish();
    }

    public void Dispose() => _xlsx.Dispose();

    /// <summary>A table on one sheet, continued on numbered sheets past the row limit (noted in <paramref name="splits"/>).</summary>
    private void Table(string name, (string Header, int Width)[] columns, IEnumerable<object?[]> rows, List<string> splits, IReadOnlySet<int>? percent = null)
    {
        int count = 0, sheets = 1;
        _xlsx.BeginSheet(name, columns);
        foreach (var row in rows)
        {
            if (_xlsx.RowCount == _maxRowsPerSheet) _xlsx.BeginSheet(SheetName(name, ++sheets), columns);
            _xlsx.Row(row, percent);
            count++;
        }
        if (sheets > 1) splits.Add(SplitNote(name, count, sheets));
    }

    private string SplitNote(string name, int rows, int sheets) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name}：共{rows}行，超过 Excel 单表 {_maxRowsPerSheet:N0} 行上限，已按每表{_maxRowsPerSheet - 1:N0}行拆分为 ") +
        string.Join("、", Enumerable.Range(1, sheets).Select(i => SheetName(name, i))) + "。";

    private static string SheetName(string name, int i) => i == 1 ? name : $"{name}_{i}";

    /// <summary>The shared-strings index of a text that depends only on an enum value, looked up once instead of per row.</summary>
    private void Shared(int column, int[] cache, int key, string text)
    {
        if ((uint)key >= (uint)cache.Length) _xlsx.SharedText(column, text);
        else if (cache[key] >= 0) _xlsx.SharedCell(column, cache[key]);
        else cache[key] = _xlsx.SharedText(column, text);
    }

    private static int[] EnumCache<T>() where T : struct, Enum =>
        Enumerable.Repeat(-1, Enum.GetValues<T>().Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1).ToArray();

    /// <summary>Local date and time in the audit's zone (instant + the zone's offset then: what InZone(...).LocalDateTime gives, without the calendar fields).</summary>
    private DateTime? Local(Instant? i) =>
        i is { } t ? new DateTime(DateTime.UnixEpoch.Ticks + t.ToUnixTimeTicks() + _zone.GetUtcOffset(t).Ticks, DateTimeKind.Unspecified) : null;
}
