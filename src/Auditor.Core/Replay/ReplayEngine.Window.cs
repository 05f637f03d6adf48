using System.Collections.Immutable;
using Auditor.Core.Domain;
using Auditor.Core.Rules;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Replay;

// Windowed kinds: start event + window (or the explicit 办理时限) → deadline; first target event → verdict.
// A date-only start or actual is an interval (the whole day): the verdict is given only when every time of day
// in it leads to the same verdict; otherwise insufficient-data (rules/README.md "Date-only times").
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
        var start = FirstOf(c, rule.Start!.Value);
        if (start is null)
        {
            var later = c.First(rule.Start.Value);
            if (later is not null)
                return Make(rule, c, facts, Verdict.NotApplicable, $"不适用：{rule.Start.Value.Chinese()}时间晚于审计截止时间");
            if (UnreadableOf(c, [rule.Start.Value]) is { } bad)
                return Make(rule, c, facts, Verdict.InsufficientData, $"数据不足：{bad.Kind.Chinese()}时间“{bad.Text}”无法识别，无法计算期限");
            if (!c.IsRecorded(rule.Start.Value.Id()))
                return Make(rule, c, facts, Verdict.InsufficientData,
                    $"数据不足：台账没有“{rule.Start.Value.Chinese()}时间”列，无法计算期限，不扣分") with { NotRecorded = rule.Start.Value.Chinese() + "时间" };
            return Make(rule, c, facts, Verdict.InsufficientData, $"数据不足：缺少{rule.Start.Value.Chinese()}时间，无法计算期限");
        }
        var (lo, hi) = DeadlineRange(rule, c, start);
        return Provisional(Judge(rule, c, facts, start, lo, hi, FirstOf(c, targets)), lo, hi);
    }

    /// <summary>A finding whose deadline used provisional calendar days keeps its verdict and says so (Finding.ProvisionalYears).</summary>
    private static Finding Provisional(Finding f, Deadline lo, Deadline hi)
    {
        if (!lo.IsProvisional && !hi.IsProvisional) return f;
        IReadOnlyList<int> years = [.. lo.ProvisionalYears.Union(hi.ProvisionalYears).Order()];
        return f with { Evidence = f.Evidence + StatutoryHolidays.EvidenceNote(years), ProvisionalYears = years };
    }

    private Finding Judge(Rule rule, Case c, in CaseFacts facts, CaseEvent start, Deadline lo, Deadline hi, CaseEvent? actual)
    {
        var action = ActionOf(rule);
        var head = $"{start.Kind.Chinese()}于{EvidenceText.Time(start.Time, _zone)}，{DeadlinePhrase(lo, hi, action, start)}";
        Instant? deadline = lo.At == hi.At ? lo.At : null;
        var startAt = start.Time.Instant;
        if (actual is not null)
        {
            var aMin = actual.Time.Instant;
            var aMax = Latest(actual.Time);
            var did = $"实际{EvidenceText.Time(actual.Time, _zone)}{(actual.Kind == rule.Targets[0] ? action : actual.Kind.Chinese())}";
            if (aMax <= lo.At)
                return Channel(rule, c, facts, Make(rule, c, facts, Verdict.Met, $"{head}，{did}，按时", startAt, deadline, aMin, null), actual);
            bool exact = !actual.Time.DateOnly && lo.At == hi.At;
            // a date-only actual on the day after a 24时 deadline is late although its first instant equals the deadline
            if (aMin > hi.At || (actual.Time.DateOnly && hi.EndOfDay && aMin >= hi.At))
            {
                var over = exact ? EvidenceText.MinutesUp(hi.At, aMin) : EvidenceText.MinutesDown(hi.At, aMin);
                var late = exact ? $"超时{EvidenceText.Duration(over)}"
                    : over > 0 ? $"至少超时{EvidenceText.Duration(over)}" : "已逾期（未记录具体时刻）";
                return Channel(rule, c, facts, Make(rule, c, facts, Verdict.Breached, $"{head}，{did}，{late}", startAt, deadline, aMin, over), actual);
            }
            return Make(rule, c, facts, Verdict.InsufficientData,
                $"数据不足：{head}，{did}，因未记录具体时刻无法判断是否超时", startAt, deadline, aMin, null);
        }
        if (UnreadableOf(c, rule.Targets) is { } bad)
            return Make(rule, c, facts, Verdict.InsufficientData,
                $"数据不足：{head}，但{bad.Kind.Chinese()}时间“{bad.Text}”无法识别，无法核对", startAt, deadline, null, null);
        if (Unrecorded(c, rule.Targets))
        {
            var absent = string.Join("、", rule.Targets.Select(k => k.Chinese() + "时间"));
            return Make(rule, c, facts, Verdict.InsufficientData,
                $"数据不足：{head}，但台账没有“{absent}”列，无法核对，不扣分", startAt, deadline, null, null) with { NotRecorded = absent };
        }
        var asOfText = EvidenceText.Time(AsOf, _zone);
        if (hi.At < AsOf)
        {
            var over = EvidenceText.MinutesUp(hi.At, AsOf);
            return Make(rule, c, facts, Verdict.Missing,
                $"{head}，截至{asOfText}未见{action}记录，已超时{EvidenceText.Duration(over)}", startAt, deadline, null, over);
        }
        return Make(rule, c, facts, Verdict.Pending, $"{head}，截至{asOfText}尚未到期", startAt, deadline, null, null);
    }

    /// <summary>clarification: on the platform that carried the rumour (000 (八)), when both are recorded.</summary>
    private Finding Channel(Rule rule, Case c, in CaseFacts facts, Finding f, CaseEvent actual)
    {
        if (!rule.ChannelMatch || f.Verdict != Verdict.Met) return f;
        var ch = actual.Channel?.Trim();
        var platform = c.Platform?.Trim();
        if (string.IsNullOrEmpty(ch) || string.IsNullOrEmpty(platform)) return f;
        if (ch.Contains(platform, StringComparison.OrdinalIgnoreCase) || platform.Contains(ch, StringComparison.OrdinalIgnoreCase)) return f;
        return f with
        {
            Verdict = Verdict.Breached,
            Evidence = $"{f.Evidence.Replace("，按时", "")}，但澄清渠道为“{ch}”，未在载发该舆情的“{platform}”上澄清",
        };
    }

    /// <summary>written-feedback (002 三.2): when the matter was not done by its deadline, written feedback by that deadline.</summary>
    private Finding CheckWrittenFeedback(Rule rule, Case c, in CaseFacts facts)
    {
        var start = FirstOf(c, rule.Start!.Value);
        if (start is null) return CheckWindow(rule, c, facts, rule.Targets);
        var (lo, hi) = DeadlineRange(rule, c, start);
        var done = FirstOf(c, DoneKinds);
        if (done is not null && Latest(done.Time) <= lo.At)
            return Provisional(Make(rule, c, facts, Verdict.NotApplicable,
                $"不适用：已于{EvidenceText.Time(done.Time, _zone)}按时落实反馈，无需书面说明", start.Time.Instant, lo.At, done.Time.Instant), lo, hi);
        return Provisional(Judge(rule, c, facts, start, lo, hi, FirstOf(c, rule.Targets)), lo, hi);
    }

    private static readonly ImmutableArray<EventKind> DoneKinds = [EventKind.Feedback, EventKind.Closed];

    /// <summary>risk-assessment (000 (六)): the assessment must come before the first of the `before` events.</summary>
    private Finding CheckRiskAssessment(Rule rule, Case c, in CaseFacts facts)
    {
        var anchor = FirstOf(c, rule.Before);
        var actual = FirstOf(c, rule.Targets);
        var action = ActionOf(rule);
        var asOfText = EvidenceText.Time(AsOf, _zone);
        if (anchor is null)
        {
            return actual is not null
                ? Make(rule, c, facts, Verdict.Met, $"已于{EvidenceText.Time(actual.Time, _zone)}{action}，政策尚未发布", null, null, actual.Time.Instant)
                : Make(rule, c, facts, Verdict.Pending, $"截至{asOfText}政策尚未发布，发布前须完成{action}");
        }
        var head = $"{anchor.Kind.Chinese()}于{EvidenceText.Time(anchor.Time, _zone)}，应在此前{action}";
        var anchorLo = anchor.Time.Instant;
        if (actual is null)
        {
            var over = EvidenceText.MinutesUp(Latest(anchor.Time), AsOf);
            return Make(rule, c, facts, Verdict.Missing, $"{head}，截至{asOfText}未见{action}记录", null, anchorLo, null, over);
        }
        var did = $"实际{EvidenceText.Time(actual.Time, _zone)}{action}";
        if (Latest(actual.Time) <= anchorLo)
            return Make(rule, c, facts, Verdict.Met, $"{head}，{did}，按时", null, anchorLo, actual.Time.Instant);
        if (actual.Time.Instant > Latest(anchor.Time))
        {
            var over = EvidenceText.MinutesUp(Latest(anchor.Time), actual.Time.Instant);
            return Make(rule, c, facts, Verdict.Breached, $"{head}，{did}，晚于{anchor.Kind.Chinese()}", null, anchorLo, actual.Time.Instant, over);
        }
        return Make(rule, c, facts, Verdict.InsufficientData, $"数据不足：{head}，{did}，因未记录具体时刻无法判断先后", null, anchorLo, actual.Time.Instant);
    }
}
