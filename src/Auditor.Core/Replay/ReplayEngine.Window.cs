using System.Collections.Immutable;
using Auditor.Core.Domain;
using Auditor.Core.Rules;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Replay;

// Windowed kinds: start event + window (or the explicit 办理时限) → deadline; first target event → verdict.
// A date-only start or actual is an interval (the whole day): the verdict is given only when every time of day
// in it leads to the same verdict; otherwise insufficient-data (docs/verdicts.md, 只有日期、没有时刻的时间).
public sealed partial class ReplayEngine
{
    /// <summary>Earliest and latest possible deadline (equal unless the start was recorded without a time of day).</summary>
    private (Deadline Lo, Deadline Hi) DeadlineRange(Rule rule, Case c, CaseEvent start)
    {
        if (rule.DueOverride && c.Due is { } due)
        {
            Deadline d = due.DateOnly
                ? new Deadline(due.Date.PlusDays(1).AtStartOfDayInZone(_zone).ToInstant(), due.Date.PlusDays(1).AtMidnight(), true, null, true,
                    [$"交办时明确办理时限为{due.Date.Month}月{due.Date.Day}日，计至当日24时"])
                : new Deadline(due.Instant, due.Local, false, null, true, ["交办时明确的办理时限"]);
            return (d, d);
        }
        var window = rule.Window!;
        if (!start.Time.DateOnly)
        {
            var d = Compute(start.Time.Instant, window);
            return (d, d);
        }
        var lo = Compute(start.Time.Date.AtStartOfDayInZone(_zone).ToInstant(), window);
        var hi = Compute(Latest(start.Time), window);
        return (lo, hi);
    }

    // Day-based windows (same-day, Nd, Nwd) depend only on the start's local date: computed once per (date, window).
    // Hour windows are start + N hours (DeadlineCalculator's definition), computed inline to avoid building the
    // calculator's Chinese reasoning text a million times; both paths give the same instant (ReplayEngineTests).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(LocalDate, Window), Deadline> _dayDeadlines = new();

    private Deadline Compute(Instant start, Window window)
    {
        switch (window.Kind)
        {
            case WindowKind.Hours:
                var at = start + Duration.FromHours(window.Amount);
                return new Deadline(at, at.InZone(_zone).LocalDateTime, false, window, false, []);
            case WindowKind.SameDay or WindowKind.Days or WindowKind.WorkingDays:
                var date = start.InZone(_zone).Date;
                return _dayDeadlines.GetOrAdd((date, window), k => _calc.Compute(start, k.Item2));
            default:
                return _calc.Compute(start, window);
        }
    }

    /// <summary>What was due by when (the deadline part of the evidence).</summary>
    private string DeadlinePhrase(Deadline lo, Deadline hi, string action, CaseEvent start)
    {
        if (lo.ExplicitDue) return $"按交办明确的办理时限应于{EvidenceText.Deadline(lo, _zone)}前{action}";
        if (lo.At == hi.At) return $"应于{EvidenceText.Deadline(lo, _zone)}前{action}";
        var hiText = TimeText.Chinese(hi.At + Duration.Epsilon, _zone, hi.EndOfDay);
        return $"应于{EvidenceText.Deadline(lo, _zone)}至{hiText}之间（视{start.Kind.Chinese()}具体时刻而定）前{action}";
    }

    private Finding CheckWindow(Rule rule, Case c, in CaseFacts facts, ImmutableArray<EventKind> targets)
    {
        if (rule.Kind == ObligationKind.Archive && c.ArchivedFlag == true && FirstOf(c, targets) is null)
            return Make(rule, c, facts, Verdict.Met, "台账标注已归档（未记录归档时间）");
        var start = FirstOf(c, rule.Starts);
        if (start is null)
        {
            var startName = string.Join("或", rule.Starts.Select(k => k.Chinese()));
            if (rule.Starts.Any(k => c.First(k) is not null))
                return Make(rule, c, facts, Verdict.NotApplicable, $"不适用：{startName}时间晚于审计截止时间");
            if (UnreadableOf(c, rule.Starts) is { } bad)
                return Make(rule, c, facts, Verdict.InsufficientData, $"数据不足：{bad.Kind.Chinese()}时间“{bad.Text}”无法识别，无法计算期限");
            // without a time limit nothing is due until the start happens (001 三（三）: report after the response)
            if (rule.Window is null && !rule.DueOverride)
                return Make(rule, c, facts, Verdict.NotApplicable, $"不适用：尚未{startName}");
            if (!rule.Starts.Any(k => c.IsRecorded(k.Id())))
                return Make(rule, c, facts, Verdict.InsufficientData,
                    $"数据不足：台账没有“{startName}时间”列，无法计算期限，不扣分") with { NotRecorded = startName + "时间" };
            return Make(rule, c, facts, Verdict.InsufficientData, $"数据不足：缺少{startName}时间，无法计算期限");
        }
        var target = Target(rule, c, start);
        if (rule.Window is null && !(rule.DueOverride && c.Due is not null))
            return WithoutTimeLimit(rule, c, facts, start, target);
        var (lo, hi) = DeadlineRange(rule, c, start);
        return Finish(rule, c, facts, Judge(rule, c, start, lo, hi, target), lo, hi);
    }

    /// <summary>
    /// A judgement on a deadline made into a finding. A verdict resting on a window the clause does not state says so
    /// (the window's source: 本包设定 or the office's); one whose deadline used provisional calendar days keeps its
    /// verdict and says that last (Finding.ProvisionalYears).
    /// </summary>
    private Finding Finish(Rule rule, Case c, in CaseFacts facts, Judgement j, Deadline lo, Deadline hi)
    {
        var evidence = j.Evidence;
        if (rule.Assumed && !lo.ExplicitDue && j.Verdict is Verdict.Met or Verdict.Breached or Verdict.Missing or Verdict.Pending)
            evidence = evidence with { Qualifier = $"（{rule.AssumedBy}）" };
        IReadOnlyList<int> years = lo.IsProvisional || hi.IsProvisional ? [.. lo.ProvisionalYears.Union(hi.ProvisionalYears).Order()] : [];
        if (years.Count > 0) evidence = evidence with { Note = StatutoryHolidays.EvidenceNote(years) };
        var f = Make(rule, c, facts, j with { Evidence = evidence });
        return years.Count > 0 ? f with { ProvisionalYears = years } : f;
    }

    /// <summary>
    /// The event that fulfils the rule, or why none can be judged. Only target events by the as-of time count; with
    /// `after_start`, only those not before the start; with `recipients`, only those to one of the recipients. When the
    /// export records a report but not to whom it went, the rule cannot be checked (insufficient-data): a report to one
    /// recipient never satisfies another's, and an unnamed one is not proof of either.
    /// </summary>
    private TargetOutcome Target(Rule rule, Case c, CaseEvent? start)
    {
        CaseEvent? best = null, unknown = null;
        foreach (var e in c.Events)
        {
            if (e.Time.Instant > AsOf || !rule.Targets.Contains(e.Kind)) continue;
            if (rule.AfterStart && start is not null && Latest(e.Time) < start.Time.Instant) continue;
            if (!rule.Recipients.IsEmpty || !rule.RecipientTypes.IsEmpty)
            {
                if (e.Recipient is null) { if (unknown is null || e.Time.Instant < unknown.Time.Instant) unknown = e; continue; }
                if (!RecipientMatches(rule, e.Recipient)) continue; // a report to another recipient is not this one
            }
            if (best is null || e.Time.Instant < best.Time.Instant) best = e;
        }
        if (best is not null) return new TargetOutcome(best, null, null);
        if (unknown is not null)
            return new TargetOutcome(null, unknown, c.IsRecorded(CaseFields.Recipient) ? null : "报送对象");
        if (!RecordsTargets(rule, c))
            return new TargetOutcome(null, null, rule.Recipients.IsEmpty && rule.RecipientTypes.IsEmpty
                ? string.Join("、", rule.Targets.Select(k => k.Chinese() + "时间"))
                : $"{rule.Targets[0].Chinese()}时间（{RecipientText(rule)}）");
        return new TargetOutcome(null, null, null);
    }

    /// <summary>The event found (Actual), or an event whose recipient is not recorded (Unnamed), or the columns the export lacks (NotRecorded).</summary>
    private readonly record struct TargetOutcome(CaseEvent? Actual, CaseEvent? Unnamed, string? NotRecorded);

    /// <summary>
    /// Whether the case's export can show the target at all: a column (or event-log step) for one of the target kinds,
    /// or — for a recipient rule — a ledger column naming one of its recipients (报区委办公室时间 records "reported>区委办公室").
    /// </summary>
    private static bool RecordsTargets(Rule rule, Case c)
    {
        foreach (var k in rule.Targets) if (c.IsRecorded(k.Id())) return true;
        if (c.RecordedColumns is null || (rule.Recipients.IsEmpty && rule.RecipientTypes.IsEmpty)) return false;
        foreach (var id in c.RecordedColumns)
        {
            int gt = id.IndexOf('>');
            if (gt <= 0 || !EventKinds.TryParse(id[..gt], out var k) || !rule.Targets.Contains(k)) continue;
            if (RecipientNamesMatch(rule.Recipients, id[(gt + 1)..])) return true;
        }
        return false;
    }

    private bool RecipientMatches(Rule rule, string recipient)
    {
        if (RecipientNamesMatch(rule.Recipients, recipient)) return true;
        if (!rule.RecipientTypes.IsEmpty && _registry.Resolve(recipient) is { } u && rule.RecipientTypes.Contains(u.Type)) return true;
        foreach (var name in rule.Recipients)
        {
            var a = NamedUnits.Resolve(_registry, name);
            if (a.IsKnown && NamedUnits.Resolve(_registry, recipient) is { IsKnown: true } b && a.Resolved!.Code == b.Resolved!.Code) return true;
        }
        return false;
    }

    /// <summary>
    /// A recorded recipient is one of the names when it contains it (中共章贡区委办公室 ⊇ 区委办公室, 分管局领导 ⊇ 局领导;
    /// 市网宣办 is not 区网宣办). A shorter spelling (区委办) matches when the pack lists it or the registry knows it as an alias.
    /// </summary>
    internal static bool RecipientNamesMatch(ImmutableArray<string> names, string recipient)
    {
        var r = UnitRegistry.Normalize(recipient);
        foreach (var n in names)
        {
            var k = UnitRegistry.Normalize(n);
            if (k.Length >= 2 && r.Contains(k, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"报区委办公室": the first recipient the pack names (its canonical one).</summary>
    private static string RecipientText(Rule rule) =>
        rule.Recipients.IsEmpty && rule.RecipientTypes.IsEmpty ? ""
            : "报" + (rule.Recipients.IsEmpty ? rule.RecipientTypes[0].Chinese() : rule.Recipients[0]);

    /// <summary>
    /// A rule whose clause sets no time limit (001 三（三）: 将情况报告分别上报上级机关): met when done; otherwise nothing is
    /// due by any date, so no verdict is given (not-applicable, counted only) — never late, never missing, never "pending"
    /// as if a deadline were coming.
    /// </summary>
    private Finding WithoutTimeLimit(Rule rule, Case c, in CaseFacts facts, CaseEvent start, TargetOutcome target)
    {
        var action = ActionOf(rule);
        var said = new EvidenceSentence { Head = $"{start.Kind.Chinese()}于{EvidenceText.Time(start.Time, _zone)}", Deadline = $"原文未规定{action}的时限" };
        if (target.Actual is { } a)
            return Make(rule, c, facts, new Judgement(Verdict.Met, said with { Actual = $"已于{EvidenceText.Time(a.Time, _zone)}{action}" }, start.Time.Instant, null, a.Time.Instant));
        if (Undecided(rule, c, said, start, null, target) is { } undecided) return Make(rule, c, facts, undecided);
        return Make(rule, c, facts, new Judgement(Verdict.NotApplicable, said with
        {
            Lead = EvidenceSentence.NotApplicable, Actual = $"截至{EvidenceText.Time(AsOf, _zone)}未见{action}记录", Consequence = "不判超时或未履行",
        }, start.Time.Instant));
    }

    /// <summary>insufficient-data when the export cannot show the target (no column, or no recipient), else null.</summary>
    private Judgement? Undecided(Rule rule, Case c, EvidenceSentence said, CaseEvent start, Instant? deadline, TargetOutcome target)
    {
        var startAt = start.Time.Instant;
        said = said with { Lead = EvidenceSentence.Undecided };
        if (target.Unnamed is { } u)
            return new Judgement(Verdict.InsufficientData, said with
            {
                Actual = $"台账记录了{EvidenceText.Time(u.Time, _zone)}的{u.Kind.Chinese()}",
                Outcome = $"但{(target.NotRecorded is null ? "未填" : "没有记录")}报送对象，无法判断是否已{RecipientText(rule)}",
                Consequence = target.NotRecorded is null ? null : "不扣分",
            }, startAt, deadline, NotRecorded: target.NotRecorded);
        if (UnreadableOf(c, rule.Targets) is { } bad)
            return new Judgement(Verdict.InsufficientData, said with { Outcome = $"但{bad.Kind.Chinese()}时间“{bad.Text}”无法识别，无法核对" }, startAt, deadline);
        if (target.NotRecorded is { } absent)
            return new Judgement(Verdict.InsufficientData, said with { Outcome = $"但台账没有“{absent}”列，无法核对", Consequence = "不扣分" },
                startAt, deadline, NotRecorded: absent);
        return null;
    }

    private Judgement Judge(Rule rule, Case c, CaseEvent start, Deadline lo, Deadline hi, TargetOutcome target)
    {
        var action = ActionOf(rule);
        var said = new EvidenceSentence { Head = $"{start.Kind.Chinese()}于{EvidenceText.Time(start.Time, _zone)}", Deadline = DeadlinePhrase(lo, hi, action, start) };
        Instant? deadline = lo.At == hi.At ? lo.At : null;
        var startAt = start.Time.Instant;
        if (target.Actual is { } actual)
        {
            var aMin = actual.Time.Instant;
            var aMax = Latest(actual.Time);
            said = said with { Actual = $"实际{EvidenceText.Time(actual.Time, _zone)}{(actual.Kind == rule.Targets[0] ? action : actual.Kind.Chinese())}" };
            if (aMax <= lo.At)
                return Channel(rule, c, new Judgement(Verdict.Met, said with { Outcome = "按时" }, startAt, deadline, aMin), actual);
            bool exact = !actual.Time.DateOnly && lo.At == hi.At;
            // a date-only actual on the day after a 24时 deadline is late although its first instant equals the deadline
            if (aMin > hi.At || (actual.Time.DateOnly && hi.EndOfDay && aMin >= hi.At))
            {
                var over = exact ? EvidenceText.MinutesUp(hi.At, aMin) : EvidenceText.MinutesDown(hi.At, aMin);
                var late = exact ? $"超时{EvidenceText.Duration(over)}"
                    : over > 0 ? $"至少超时{EvidenceText.Duration(over)}" : "已逾期（未记录具体时刻）";
                return Channel(rule, c, new Judgement(Verdict.Breached, said with { Outcome = late }, startAt, deadline, aMin, over), actual);
            }
            return new Judgement(Verdict.InsufficientData,
                said with { Lead = EvidenceSentence.Undecided, Outcome = "因未记录具体时刻无法判断是否超时" }, startAt, deadline, aMin);
        }
        if (Undecided(rule, c, said, start, deadline, target) is { } undecided) return undecided;
        var asOfText = EvidenceText.Time(AsOf, _zone);
        if (hi.At < AsOf)
        {
            var over = EvidenceText.MinutesUp(hi.At, AsOf);
            return new Judgement(Verdict.Missing,
                said with { Actual = $"截至{asOfText}未见{action}记录", Outcome = $"已超时{EvidenceText.Duration(over)}" }, startAt, deadline, null, over);
        }
        return new Judgement(Verdict.Pending, said with { Outcome = $"截至{asOfText}尚未到期" }, startAt, deadline);
    }

    /// <summary>clarification: on the platform that carried the rumour (000 (八)), when both are recorded.</summary>
    private static Judgement Channel(Rule rule, Case c, Judgement j, CaseEvent actual)
    {
        if (!rule.ChannelMatch || j.Verdict != Verdict.Met) return j;
        var ch = actual.Channel?.Trim();
        var platform = c.Platform?.Trim();
        if (string.IsNullOrEmpty(ch) || string.IsNullOrEmpty(platform)) return j;
        if (ch.Contains(platform, StringComparison.OrdinalIgnoreCase) || platform.Contains(ch, StringComparison.OrdinalIgnoreCase)) return j;
        return j with
        {
            Verdict = Verdict.Breached,
            Evidence = j.Evidence with { Outcome = $"但澄清渠道为“{ch}”，未在载发该舆情的“{platform}”上澄清" },
        };
    }

    /// <summary>written-feedback (002 三.2): when the matter was not done by its deadline, written feedback by that deadline.</summary>
    private Finding CheckWrittenFeedback(Rule rule, Case c, in CaseFacts facts)
    {
        var start = FirstOf(c, rule.Starts);
        if (start is null) return CheckWindow(rule, c, facts, rule.Targets);
        var (lo, hi) = DeadlineRange(rule, c, start);
        var done = FirstOf(c, DoneKinds);
        if (done is not null && Latest(done.Time) <= lo.At)
            return Finish(rule, c, facts, new Judgement(Verdict.NotApplicable, new EvidenceSentence
            {
                Lead = EvidenceSentence.NotApplicable, Actual = $"已于{EvidenceText.Time(done.Time, _zone)}按时落实反馈", Outcome = "无需书面说明",
            }, start.Time.Instant, lo.At, done.Time.Instant), lo, hi);
        return Finish(rule, c, facts, Judge(rule, c, start, lo, hi, Target(rule, c, start)), lo, hi);
    }

    private static readonly ImmutableArray<EventKind> DoneKinds = [EventKind.Feedback, EventKind.Closed];

    /// <summary>
    /// risk-assessment (000 （六）: 重大政策出台前…进行网络舆情风险评估): the assessment must come before the first of the
    /// `before` events (the policy's issue). An export without that column cannot show it (insufficient-data, no points);
    /// a policy already in force is never "missing" its assessment on the strength of a date the export does not carry.
    /// </summary>
    private Finding CheckRiskAssessment(Rule rule, Case c, in CaseFacts facts)
    {
        var anchor = FirstOf(c, rule.Before);
        var actual = FirstOf(c, rule.Targets);
        var action = ActionOf(rule);
        var asOfText = EvidenceText.Time(AsOf, _zone);
        var anchorName = rule.Before[0].Chinese() + "时间";
        if (anchor is null)
        {
            if (!rule.Before.Any(k => c.IsRecorded(k.Id())))
                return NotRecorded(rule, c, facts, anchorName, $"无法核对{action}是否在{rule.Before[0].Chinese()}之前");
            if (UnreadableOf(c, rule.Before) is { } bad)
                return Make(rule, c, facts, Verdict.InsufficientData, $"数据不足：{bad.Kind.Chinese()}时间“{bad.Text}”无法识别，无法核对{action}是否在其之前");
            if (!rule.Before.Any(k => c.First(k) is not null))
                return Make(rule, c, facts, Verdict.InsufficientData, $"数据不足：台账未填{anchorName}，无法核对{action}是否在{rule.Before[0].Chinese()}之前");
            // issued after the as-of time: not issued yet
            return actual is not null
                ? Make(rule, c, facts, Verdict.Met, $"已于{EvidenceText.Time(actual.Time, _zone)}{action}，截至{asOfText}政策尚未出台", null, null, actual.Time.Instant)
                : Make(rule, c, facts, Verdict.Pending, $"截至{asOfText}政策尚未出台，出台前须完成{action}");
        }
        var said = new EvidenceSentence { Head = $"{anchor.Kind.Chinese()}于{EvidenceText.Time(anchor.Time, _zone)}", Deadline = $"应在此前{action}" };
        var anchorLo = anchor.Time.Instant;
        if (actual is null)
        {
            if (UnreadableOf(c, rule.Targets) is { } bad)
                return Make(rule, c, facts, new Judgement(Verdict.InsufficientData,
                    said with { Lead = EvidenceSentence.Undecided, Outcome = $"但{bad.Kind.Chinese()}时间“{bad.Text}”无法识别" }));
            if (!RecordsTargets(rule, c))
                return NotRecorded(rule, c, facts, string.Join("、", rule.Targets.Select(k => k.Chinese() + "时间")), (said with { Outcome = "无法核对" }).Text);
            var over = EvidenceText.MinutesUp(Latest(anchor.Time), AsOf);
            return Make(rule, c, facts, new Judgement(Verdict.Missing, said with { Actual = $"截至{asOfText}未见{action}记录" }, null, anchorLo, null, over));
        }
        said = said with { Actual = $"实际{EvidenceText.Time(actual.Time, _zone)}{action}" };
        if (Latest(actual.Time) <= anchorLo)
            return Make(rule, c, facts, new Judgement(Verdict.Met, said with { Outcome = "按时" }, null, anchorLo, actual.Time.Instant));
        if (actual.Time.Instant > Latest(anchor.Time))
        {
            var over = EvidenceText.MinutesUp(Latest(anchor.Time), actual.Time.Instant);
            return Make(rule, c, facts, new Judgement(Verdict.Breached, said with { Outcome = $"晚于{anchor.Kind.Chinese()}" }, null, anchorLo, actual.Time.Instant, over));
        }
        return Make(rule, c, facts, new Judgement(Verdict.InsufficientData,
            said with { Lead = EvidenceSentence.Undecided, Outcome = "因未记录具体时刻无法判断先后" }, null, anchorLo, actual.Time.Instant));
    }
}
