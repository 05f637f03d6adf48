using System.Collections.Frozen;
using Auditor.Core.Domain;

namespace Auditor.Ingest.Headers;

/// <summary>
/// The canonical headers and the synonyms that work without configuration (docs/input.md, "列名"),
/// and the names an event log's 环节 column may carry.
/// </summary>
public static class HeaderVocabulary
{
    /// <summary>Field id → canonical header first, then synonyms (English id last).</summary>
    public static readonly IReadOnlyList<(string Id, string[] Headers)> Fields =
    [
        (FieldIds.CaseId, ["舆情编号", "编号", "序号", "案件编号", "case_id"]),
        (FieldIds.Unit, ["填报单位", "报送单位", "unit"]),
        (FieldIds.Title, ["舆情标题", "标题", "事项", "title"]),
        (FieldIds.Source, ["来源平台", "来源", "发布平台", "载体", "source"]),
        (FieldIds.Severity, ["舆情等级", "等级", "级别", "severity"]),
        (FieldIds.Polarity, ["舆情性质", "性质", "类型", "polarity"]),
        (FieldIds.Sudden, ["突发事件", "是否突发", "sudden"]),
        (FieldIds.Scope, ["涉及范围", "范围", "scope"]),
        (FieldIds.Involved, ["涉事单位", "涉及单位", "involved"]),
        (FieldIds.Competent, ["主管部门", "competent"]),
        (FieldIds.Responsible, ["责任单位", "第一责任单位", "责任主体", "responsible"]),
        (FieldIds.Responder, ["回应单位", "回应主体", "发声单位", "responder"]),
        (FieldIds.Truth, ["核实结论", "是否属实", "truth"]),
        (FieldIds.Due, ["办理时限", "时限", "要求时限", "due"]),
        (FieldIds.SpotCheck, ["复核结论", "抽查结论", "spot_check"]),
        (FieldIds.ArchivedFlag, ["是否归档", "archived_flag"]),
        (FieldIds.Recipient, ["报送对象", "上报对象", "报告对象", "接收单位", "接收对象", "recipient"]),
        (FieldIds.LeakedBy, ["外传单位", "泄密单位", "leaked_by"]),
    ];

    /// <summary>Event → ledger column header first, then synonyms (docs/input.md, "列名").</summary>
    public static readonly IReadOnlyList<(EventKind Kind, string[] Headers)> Events =
    [
        (EventKind.Discovered, ["发现时间", "监测时间", "收集时间"]),
        (EventKind.Reported, ["上报时间", "报送时间"]),
        (EventKind.Verified, ["核实时间"]),
        (EventKind.Assessed, ["研判时间"]),
        (EventKind.Assigned, ["交办时间", "转办时间", "抄告时间", "收到时间"]),
        (EventKind.RiskAssessed, ["风险评估时间"]),
        (EventKind.Released, ["发布权威信息时间", "权威发布时间", "首次发布时间"]),
        (EventKind.PressConference, ["新闻发布会时间", "发布会时间"]),
        (EventKind.Responded, ["回应时间", "首次回应时间", "答复时间"]),
        (EventKind.ReplyDrafted, ["回复意见时间", "提出回复意见时间"]),
        (EventKind.Clarified, ["澄清时间", "辟谣时间"]),
        (EventKind.ReferredToPolice, ["移交公安时间"]),
        (EventKind.Feedback, ["反馈时间", "结果反馈时间"]),
        (EventKind.WrittenFeedback, ["书面反馈时间"]),
        (EventKind.Urged, ["催办时间", "催报时间", "督办时间"]),
        (EventKind.Closed, ["办结时间", "销号时间"]),
        (EventKind.Archived, ["归档时间"]),
        (EventKind.Reviewed, ["总结评估时间", "总结时间"]),
        (EventKind.Leaked, ["外传时间", "泄密时间"]),
        (EventKind.SpotChecked, ["抽查复核时间"]),
        (EventKind.PolicyIssued, ["政策出台时间", "出台时间", "政策发布时间", "政策印发时间"]),
    ];

    /// <summary>Event-log columns: 环节 (its presence makes a sheet an event log), 时间, 办理单位, 说明, 渠道.</summary>
    public static readonly IReadOnlyList<(string Id, string[] Headers)> LogColumns =
    [
        (FieldIds.Stage, ["环节", "处置环节", "办理环节", "stage"]),
        (FieldIds.Time, ["时间", "环节时间", "办理时间", "发生时间", "操作时间", "时刻", "time"]),
        (FieldIds.Date, ["日期", "环节日期", "办理日期", "发生日期", "操作日期", "date"]),
        (FieldIds.Actor, ["办理单位", "操作单位", "处理单位", "actor"]),
        (FieldIds.Detail, ["说明", "办理情况", "备注", "detail"]),
        (FieldIds.Channel, ["渠道", "发布渠道", "channel"]),
    ];

    private static readonly FrozenDictionary<string, (ColumnTarget Target, bool Canonical)> ByHeader = BuildHeaders();
    private static readonly FrozenDictionary<string, EventKind> ByStage = BuildStages();

    /// <summary>Every known target id (fields, events, log columns, "ignore").</summary>
    public static IEnumerable<string> TargetIds =>
        Fields.Select(f => f.Id).Concat(Events.Select(e => e.Kind.Id())).Concat(LogColumns.Select(l => l.Id)).Append("ignore");

    /// <summary>The id of an event's date part (发现日期 → "discovered.date").</summary>
    public static string DateId(EventKind kind) => kind.Id() + ".date";

    /// <summary>The canonical header of a target id (for messages).</summary>
    public static string CanonicalHeader(string id) =>
        Fields.Where(f => f.Id == id).Select(f => f.Headers[0])
            .Concat(Events.Where(e => e.Kind.Id() == id).Select(e => e.Headers[0]))
            .Concat(LogColumns.Where(l => l.Id == id).Select(l => l.Headers[0]))
            .FirstOrDefault() ?? id;

    /// <summary>All headers accepted for a target id (canonical first).</summary>
    public static IReadOnlyList<string> HeadersOf(string id) =>
        Fields.Where(f => f.Id == id).Select(f => f.Headers)
            .Concat(Events.Where(e => e.Kind.Id() == id).Select(e => e.Headers.Append(id).ToArray()))
            .Concat(LogColumns.Where(l => l.Id == id).Select(l => l.Headers))
            .FirstOrDefault() ?? [id];

    /// <summary>序号: a synonym of 舆情编号 only when nothing better exists (it counts rows and restarts per sheet).</summary>
    public static bool IsRowNumber(string header) => Normalize(header) == "序号";

    /// <summary>
    /// Looks a header up; <paramref name="canonical"/> tells a canonical header from a synonym. A report column that
    /// names its recipient (报区委办公室时间, 上报市委办公厅时间) is a `reported` column to that recipient.
    /// </summary>
    public static ColumnTarget? Lookup(string header, out bool canonical)
    {
        var n = Normalize(header);
        if (ByHeader.TryGetValue(n, out var t))
        {
            canonical = t.Canonical;
            return t.Target;
        }
        canonical = false;
        if (n.EndsWith("时间", StringComparison.Ordinal) && RecipientOf(n[..^2]) is { } to)
            return new ColumnTarget(ColumnTargetKind.Event, $"{EventKind.Reported.Id()}>{to}", EventKind.Reported, to);
        return null;
    }

    private static readonly string[] ReportVerbs = ["上报", "报送", "报告", "呈报", "报"];

    /// <summary>The recipient in a report step's name (上报市委办公厅 → 市委办公厅; 报局领导 → 局领导), else null.</summary>
    public static string? RecipientOf(string step)
    {
        foreach (var v in ReportVerbs)
            if (step.StartsWith(v, StringComparison.Ordinal) && step.Length - v.Length >= 2) return step[v.Length..];
        return null;
    }

    /// <summary>A target id ("discovered", "case_id", "ignore") or any accepted header ("发现时间", "监测时间").</summary>
    public static ColumnTarget? ResolveTarget(string text)
    {
        var n = Normalize(text);
        if (n == "ignore") return new ColumnTarget(ColumnTargetKind.Ignore, "ignore");
        foreach (var f in Fields) if (f.Id == n) return new ColumnTarget(ColumnTargetKind.Field, f.Id);
        foreach (var l in LogColumns) if (l.Id == n) return new ColumnTarget(ColumnTargetKind.LogColumn, l.Id);
        if (EventKinds.TryParse(n, out var k) && k != EventKind.DailyReport)
            return new ColumnTarget(ColumnTargetKind.Event, k.Id(), k);
        return Lookup(text, out _);
    }

    /// <summary>The event named in an event log's 环节 column: event name without 时间, a synonym likewise, or the English id.</summary>
    public static bool TryParseStage(string? text, out EventKind kind) => TryParseStage(text, out kind, out _);

    /// <summary>As above; a report step that names its recipient (上报区委办公室, 报市委办公厅) is `reported` to it.</summary>
    public static bool TryParseStage(string? text, out EventKind kind, out string? recipient)
    {
        kind = default;
        recipient = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var n = Normalize(text);
        if (ByStage.TryGetValue(n, out kind)) return true;
        recipient = RecipientOf(n);
        if (recipient is null) return false;
        kind = EventKind.Reported;
        return true;
    }

    /// <summary>Header normal form: no blanks or line breaks, half-width parentheses, no "*" required-marks, lower-case ASCII.</summary>
    public static string Normalize(string s)
    {
        Span<char> buf = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        int n = 0;
        foreach (var ch in s)
        {
            char c = ch switch { '（' => '(', '）' => ')', '＿' => '_', _ => ch };
            if (char.IsWhiteSpace(c) || c == '*' || c == '＊') continue;
            buf[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        var r = new string(buf[..n]);
        // Trailing notes such as "(必填)" or "(时分)" do not change the meaning.
        int p = r.IndexOf('(');
        if (p > 0 && r.EndsWith(')')) r = r[..p];
        return r;
    }

    private static FrozenDictionary<string, (ColumnTarget, bool)> BuildHeaders()
    {
        var d = new Dictionary<string, (ColumnTarget, bool)>();
        foreach (var (id, headers) in Fields)
            for (int i = 0; i < headers.Length; i++) d.TryAdd(Normalize(headers[i]), (new ColumnTarget(ColumnTargetKind.Field, id), i == 0));
        foreach (var (kind, headers) in Events)
        {
            var t = new ColumnTarget(ColumnTargetKind.Event, kind.Id(), kind);
            for (int i = 0; i < headers.Length; i++) d.TryAdd(Normalize(headers[i]), (t, i == 0));
            d.TryAdd(kind.Id(), (t, false));
            // 发现日期 + 发现时间 (or 发现时刻): a date column and a time-of-day column read as one time.
            var date = new ColumnTarget(ColumnTargetKind.EventDate, DateId(kind), kind);
            foreach (var h in headers.Where(h => h.EndsWith("时间", StringComparison.Ordinal)))
            {
                d.TryAdd(Normalize(h[..^2] + "日期"), (date, false));
                d.TryAdd(Normalize(h[..^2] + "时刻"), (t, false));
            }
        }
        foreach (var (id, headers) in LogColumns)
            for (int i = 0; i < headers.Length; i++) d.TryAdd(Normalize(headers[i]), (new ColumnTarget(ColumnTargetKind.LogColumn, id), i == 0));
        return d.ToFrozenDictionary();
    }

    private static FrozenDictionary<string, EventKind> BuildStages()
    {
        var d = new Dictionary<string, EventKind>();
        foreach (var (kind, headers) in Events)
        {
            foreach (var h in headers)
            {
                var n = Normalize(h);
                d.TryAdd(n, kind);
                if (n.EndsWith("时间")) d.TryAdd(n[..^2], kind);
            }
            d.TryAdd(kind.Id(), kind);
            d.TryAdd(Normalize(kind.Chinese()), kind);
        }
        d.TryAdd("日报", EventKind.DailyReport);
        d.TryAdd("每日报送", EventKind.DailyReport);
        d.TryAdd(EventKind.DailyReport.Id(), EventKind.DailyReport);
        return d.ToFrozenDictionary();
    }
}
