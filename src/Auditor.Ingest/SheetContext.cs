using Auditor.Core.Domain;
using Auditor.Core.Time;
using Auditor.Ingest.Headers;
using Auditor.Ingest.Tables;
using Auditor.Ingest.Times;
using NodaTime;

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

    /// <summary>Spellings longer than this are not kept as words (a remark, not a category).</summary>
    private const int MaxWordLength = 64;

    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);

    /// <summary>
    /// As <see cref="Text"/>, for a column whose values repeat (等级, 性质, 来源平台, 涉及范围, 报送对象): one string per
    /// distinct spelling of the sheet, found by the cell's text where it lies — a million rows make a few dozen strings.
    /// </summary>
    public string? Word(RawRow row, int col, string? caseId = null)
    {
        if (col < 0) return null;
        var cell = row[col];
        if (cell.Kind != RawCellKind.Text) return Text(row, col, caseId);
        var t = cell.Span.Trim();
        if (t.IsEmpty) return null;
        if (t.Length > MaxWordLength) return Text(row, col, caseId);
        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (words.TryGetValue(t, out var word)) return word;
        word = t.ToString();
        if (_words.Count < 100_000) _words.Add(word, word);
        return word;
    }

    /// <summary>
    /// A time cell — with the date from <paramref name="dateCol"/> when the time of day has its own column (发现日期 +
    /// 发现时间): null when blank or unreadable (reported); a date without time is kept as DateOnly and reported; a date
    /// without a year takes it from the period (<see cref="IngestOptions.Period"/>).
    /// </summary>
    public RecordedTime? Time(RawRow row, int col, string? caseId, bool dateOnlyIsIssue = true, int dateCol = -1)
    {
        var cell = col >= 0 ? row[col] : default;
        var dateCell = dateCol >= 0 ? row[dateCol] : default;
        if (cell.IsEmpty && dateCell.IsEmpty) return null;
        TimeTextValue value;
        if (cell.IsEmpty)
        {
            col = dateCol; // the date alone: what is said about it is said of its column
            if (!Read(row, col, caseId, out value)) return null;
        }
        else
        {
            if (!Read(row, col, caseId, out value)) return null;
            if (value.Shape == TimeTextShape.TimeOfDay)
            {
                if (dateCell.IsEmpty)
                {
                    Issue(row.Number, col, caseId, DataIssueKind.UnparsableTime, dateCol >= 0
                        ? $"只有时刻“{value}”，同一行的“{ColumnName(dateCol)}”为空，无法确定是哪一天"
                        : $"只有时刻“{value}”没有日期，无法确定是哪一天（请写成 2026-07-03 {value}，或增加日期列）");
                    return null;
                }
                if (!Read(row, dateCol, caseId, out var date)) return null;
                var combined = (date.Shape == TimeTextShape.DateTime ? TimeTextValue.FromDate(date.Date) : date).WithTimeOfDay(value);
                if (!combined.TryGetValue(out value))
                {
                    Issue(row.Number, dateCol, caseId, DataIssueKind.UnparsableTime,
                        $"“{ColumnName(dateCol)}”与“{ColumnName(col)}”无法合成一个时间：{combined.Reason}");
                    return null;
                }
            }
        }
        if (value.Shape == TimeTextShape.MonthDay && !WithYear(row, col, caseId, ref value)) return null;
        if (value.Shape == TimeTextShape.TimeOfDay)
        {
            Issue(row.Number, col, caseId, DataIssueKind.UnparsableTime, $"只有时刻“{value}”没有日期，无法确定是哪一天");
            return null;
        }
        var t = value.Shape == TimeTextShape.DateTime
            ? RecordedTime.Precise(value.DateTime, Options.Zone)
            : RecordedTime.DateOnlyOf(value.Date, Options.Zone);
        if (t.DateOnly && dateOnlyIsIssue)
            Issue(row.Number, col, caseId, DataIssueKind.DateWithoutTime,
                $"只有日期“{t.Date:yyyy-MM-dd}”没有具体时间，需要按小时计算的规则将判为数据不足");
        return t;
    }

    /// <summary>What a time (and its date column) holds as written, for Case.Unreadable; null when both are blank.</summary>
    public string? Written(RawRow row, int col, int dateCol = -1)
    {
        // most event cells of a ledger are blank: they end here, without the list below
        if ((col < 0 || row[col].IsEmpty) && (dateCol < 0 || row[dateCol].IsEmpty)) return null;
        var parts = new[] { dateCol, col }.Where(c => c >= 0 && !row[c].IsEmpty).Select(c => TimeValueParser.Show(row[c])).ToList();
        return parts.Count == 0 ? null : Clip(string.Join(" ", parts));
    }

    /// <summary>
    /// The year that puts month-day nearest the period (inside it when it can be; a year without that day, 2月29日 in
    /// a common year, is passed over). Ties cannot occur: the candidate dates lie a year apart.
    /// </summary>
    internal static int NearestYear(AuditPeriod period, int month, int day)
    {
        int best = period.Start.Year;
        long bestDistance = long.MaxValue;
        for (int year = period.Start.Year - 1; year <= period.End.Year + 1; year++)
        {
            if (day > CalendarSystem.Iso.GetDaysInMonth(year, month)) continue;
            var d = new LocalDate(year, month, day);
            long distance = d < period.Start ? Period.DaysBetween(d, period.Start) : d >= period.End ? Period.DaysBetween(period.End, d) + 1 : 0;
            if (distance < bestDistance) { best = year; bestDistance = distance; }
        }
        return best;
    }

    /// <summary>Reads one time cell; an unreadable one is reported with the parser's reason.</summary>
    private bool Read(RawRow row, int col, string? caseId, out TimeTextValue value)
    {
        if (TimeValueParser.TryRead(row[col], out value, out var reason)) return true;
        Issue(row.Number, col, caseId, DataIssueKind.UnparsableTime, $"无法识别的时间“{Clip(TimeValueParser.Show(row[col]))}”：{reason}");
        return false;
    }

    /// <summary>
    /// Gives a month-day the year that puts it nearest the period (inside it when it can be): a fourth quarter's January
    /// dates fall in the next year. Noted once per file; without a period the date is reported and not read.
    /// </summary>
    private bool WithYear(RawRow row, int col, string? caseId, ref TimeTextValue value)
    {
        if (Options.Period is not { } period)
        {
            Issue(row.Number, col, caseId, DataIssueKind.UnparsableTime,
                $"日期“{value}”没有写年份，无法确定是哪一年（请写全年份，或用 --period 指定考核期以按考核期补全）");
            return false;
        }
        var completedResult = value.WithYear(NearestYear(period, value.Month, value.Day));
        if (!completedResult.TryGetValue(out var completed))
        {
            Issue(row.Number, col, caseId, DataIssueKind.UnparsableTime, $"无法识别的时间“{value}”：{completedResult.Reason}");
            return false;
        }
        if (!Scope.YearNoted)
        {
            Scope.YearNoted = true;
            Issue(row.Number, col, caseId, DataIssueKind.YearFromPeriod,
                $"本文件的日期没有写年份（如本行“{value}”），已按考核期{period.Chinese}补全年份（本行为 {completed.Year} 年）：" +
                "每个日期取使它最接近考核期的年份，第四季度考核期中 1 月的日期补为下一年。请在台账中写全年份");
        }
        value = completed;
        return true;
    }

    /// <summary>A unit cell resolved through the registry; unknown names are reported (when a registry was given).</summary>
    public UnitRef? Unit(RawRow row, int col, string? caseId)
    {
        if (col < 0) return null;
        var cell = row[col];
        if (cell.Kind != RawCellKind.Text || cell.Span.Trim().Length > MaxWordLength)
            return Text(row, col, caseId) is { } t ? UnitOf(t, row.Number, col, caseId) : null;
        var raw = cell.Span.Trim();
        return raw.IsEmpty ? null : UnitOf(raw, row.Number, col, caseId);
    }

    private readonly Dictionary<string, (UnitRef Ref, UnitMatch Match)> _units = new(StringComparer.Ordinal);

    public UnitRef UnitOf(string raw, int row, int col, string? caseId) => UnitOf(raw.AsSpan(), row, col, caseId, raw);

    /// <param name="text">The spelling as a string, when the caller has one already.</param>
    private UnitRef UnitOf(ReadOnlySpan<char> raw, int row, int col, string? caseId, string? text = null)
    {
        // Exports repeat a few dozen unit names over and over: resolve each spelling once.
        var units = _units.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!units.TryGetValue(raw, out var r))
        {
            text ??= raw.ToString();
            var match = Registry.Match(text);
            r = (new UnitRef(text.Trim(), match.Unit), match);
            if (_units.Count < 100_000) _units[text] = r;
        }
        switch (r.Match.Kind)
        {
            case UnitMatchKind.ShortForm when Scope.NotedShortForms.Add(r.Ref.Raw):
                Issue(row, col, caseId, DataIssueKind.UnitShortName,
                    $"单位“{Clip(r.Ref.Raw)}”按常用简称认定为“{r.Match.Unit!.Name}”（本文件中此写法均照此认定；如不对请改写全称，或在单位名录的别名中加上此写法）");
                break;
            case UnitMatchKind.Ambiguous:
                Issue(row, col, caseId, DataIssueKind.AmbiguousUnit,
                    $"单位“{Clip(r.Ref.Raw)}”可能是：{string.Join("、", r.Match.Candidates.Select(u => u.Name))}，无法确定是哪一个，未归入任何单位（请改写全称）");
                break;
            case UnitMatchKind.None when Registry.Units.Length > 0:
                Issue(row, col, caseId, DataIssueKind.UnknownUnit, $"单位“{Clip(r.Ref.Raw)}”不在单位名录中（名称、别名、编码均未匹配）");
                break;
        }
        return r.Ref;
    }

    private readonly Dictionary<string, string[]> _lists = new(StringComparer.Ordinal);

    /// <summary>The units of a list cell (涉事单位: "城关镇、县卫健委"), each resolved and reported as <see cref="UnitOf(string, int, int, string?)"/> does.</summary>
    public IEnumerable<UnitRef> UnitList(RawRow row, int col, string? caseId)
    {
        if (Word(row, col, caseId) is not { } list) yield break;
        if (!_lists.TryGetValue(list, out var names))
        {
            names = [.. UnitRegistry.SplitList(list)];
            if (_lists.Count < 100_000) _lists.Add(list, names);
        }
        foreach (var name in names) yield return UnitOf(name, row.Number, col, caseId);
    }

    /// <summary>
    /// A verification-result cell (核实结论 or 复核结论) as written; a word <paramref name="canonical"/> does not know is
    /// reported with its row and column (rules needing it become insufficient-data, never a silent not-applicable).
    /// </summary>
    public string? ResultWord(RawRow row, int col, string? caseId, Func<string, string?> canonical, string hint)
    {
        var t = Word(row, col, caseId);
        if (t is null || canonical(t) is not null) return t;
        Issue(row.Number, col, caseId, DataIssueKind.InvalidValue, $"无法识别的“{ColumnName(col)}”“{Clip(t)}”（应为{hint}）：依赖它的规则判为数据不足");
        return t;
    }

    private static readonly string[] Yes = ["是", "y", "yes", "true", "1", "√", "已归档", "归档"];
    private static readonly string[] No = ["否", "n", "no", "false", "0", "×", "未归档"];

    /// <summary>是/否 and common equivalents; anything else is reported and null.</summary>
    public bool? YesNo(RawRow row, int col, string? caseId)
    {
        if (col < 0) return null;
        var cell = row[col];
        if (cell.Kind == RawCellKind.Text && cell.Span.Length <= MaxWordLength)
        {
            // the words compared where they lie (a million rows of 是/否 make no string)
            var t = cell.Span.Trim();
            if (t.IsEmpty) return null;
            foreach (var w in Yes) if (t.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
            foreach (var w in No) if (t.Equals(w, StringComparison.OrdinalIgnoreCase)) return false;
        }
        var text = Text(row, col, caseId);
        if (text is null) return null;
        if (cell.Kind == RawCellKind.Boolean) return cell.Number != 0;
        var lower = text.ToLowerInvariant();
        if (Yes.Contains(lower)) return true;
        if (No.Contains(lower)) return false;
        Issue(row.Number, col, caseId, DataIssueKind.InvalidValue, $"“{Clip(text)}”不是“是”或“否”");
        return null;
    }

    internal static string Clip(string? s) => s is null ? "" : s.Length <= 40 ? s : s[..40] + "…";
}
