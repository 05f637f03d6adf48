using Auditor.Core.Domain;
using Auditor.Core.Rules;
using Auditor.Core.Time;
using NodaTime;

namespace Auditor.Core.Replay;

// daily-report (002 二.1): the units named in the rule report every day of the period before the cut-off.
// One finding per (rule, unit, day); CaseId is "日报-yyyy-MM-dd". Days: calendar days (每日) unless the rule says
// `days: working`. A report on day D after the cut-off is breached for D; none that day is missing once the
// cut-off has passed the as-of time, else pending. A report recorded without a time of day is insufficient-data.
// Exports that carry no 日报 row of a unit in the whole period are no evidence that it sent none (the export may not
// record daily reports, or not that unit's): one insufficient-data finding for the period, not recorded, no points.
public sealed partial class ReplayEngine
{
    public IEnumerable<Finding> ReplayDailyReports(IReadOnlyList<DailyReport> reports, AuditPeriod period, UnitRegistry registry)
    {
        if (_dailyRules.Length == 0) yield break;
        // earliest report per (unit key, local date), as of the audit
        var earliest = new Dictionary<(string, LocalDate), RecordedTime>();
        foreach (var r in reports)
        {
            if (r.Time.Instant > AsOf) continue;
            var key = (UnitKey(r.Unit), r.Time.Date);
            if (!earliest.TryGetValue(key, out var t) || Better(r.Time, t)) earliest[key] = r.Time;
        }
        var reporting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in reports) if (r.Time.Instant <= AsOf && period.Contains(r.Time.Date)) reporting.Add(UnitKey(r.Unit));
        foreach (var rule in _dailyRules)
        {
            var cutoff = rule.Window!.TimeOfDay;
            foreach (var name in rule.Units)
            {
                var unit = NamedUnits.Resolve(registry, name);
                var key = UnitKey(unit);
                if (!unit.IsKnown && registry.Units.Length > 0)
                {
                    // not in the office's registry: one finding saying so, never a month of accusations
                    yield return ForPeriod(rule, unit, period, $"数据不足：单位名录中找不到“{name}”，无法核对其每日报送", null);
                    continue;
                }
                if (!reporting.Contains(key))
                {
                    yield return ForPeriod(rule, unit, period,
                        $"数据不足：导出中没有{unit.Name}{period.Chinese}的任何日报记录（环节为“日报”的行），不能据此认定未报送，不扣分", "日报记录");
                    continue;
                }
                for (var day = period.Start; day < period.End; day = day.PlusDays(1))
                {
                    if (rule.Days == DailyDays.Working && !_calc.Calendar.IsWorkingDay(day)) continue;
                    var deadline = day.At(cutoff).InZoneLeniently(_zone).ToInstant();
                    var dl = $"{day.Month}月{day.Day}日{cutoff.Hour}:{cutoff.Minute:00}";
                    var caseId = $"日报-{day:yyyy-MM-dd}";
                    // a working-days rule applies to the day because the calendar says it is a working day
                    IReadOnlyList<int> provisional = rule.Days == DailyDays.Working && _calc.Calendar.IsProvisional(day) ? [day.Year] : [];
                    var said = new EvidenceSentence
                    {
                        Deadline = $"{unit.Name}应于{dl}前报送当日舆情信息",
                        Note = provisional.Count == 0 ? null : StatutoryHolidays.EvidenceNote(provisional),
                    };
                    Finding F(Verdict v, EvidenceSentence ev, Instant? actual = null, long? over = null) =>
                        DailyFinding(rule, unit, caseId, $"{day.Month}月{day.Day}日舆情日报", v, ev.Text) with
                        {
                            Start = day.AtStartOfDayInZone(_zone).ToInstant(),
                            Deadline = deadline,
                            Actual = actual,
                            OverrunMinutes = over,
                            ProvisionalYears = provisional,
                        };
                    if (earliest.TryGetValue((key, day), out var t))
                    {
                        if (t.DateOnly)
                        {
                            yield return F(Verdict.InsufficientData, said with
                            {
                                Lead = EvidenceSentence.Undecided, Outcome = $"日报只记录了日期，无法判断是否在{cutoff.Hour}时前报送",
                            }, t.Instant);
                        }
                        else if (t.Instant <= deadline)
                        {
                            yield return F(Verdict.Met, said with { Actual = $"实际{TimeText.Chinese(t.Instant, _zone)}报送", Outcome = "按时" }, t.Instant);
                        }
                        else
                        {
                            var over = EvidenceText.MinutesUp(deadline, t.Instant);
                            yield return F(Verdict.Breached, said with
                            {
                                Actual = $"实际{TimeText.Chinese(t.Instant, _zone)}报送", Outcome = $"超时{EvidenceText.Duration(over)}",
                            }, t.Instant, over);
                        }
                    }
                    else if (deadline < AsOf)
                    {
                        yield return F(Verdict.Missing, said with { Actual = "未见当日日报记录" }, null, EvidenceText.MinutesUp(deadline, AsOf));
                    }
                    else
                    {
                        yield return F(Verdict.Pending, said with { Outcome = $"截至{TimeText.Chinese(AsOf, _zone)}尚未到期" });
                    }
                }
            }
        }
    }

    /// <summary>One insufficient-data finding for a unit's whole period (CaseId 日报-&lt;period&gt;).</summary>
    private static Finding ForPeriod(Rule rule, UnitRef unit, AuditPeriod period, string evidence, string? notRecorded) =>
        DailyFinding(rule, unit, $"日报-{period.Id}", $"{period.Chinese}舆情日报", Verdict.InsufficientData, evidence) with { NotRecorded = notRecorded };

    /// <summary>A finding of a daily-report rule on a unit: no case, its id names the day (日报-2026-07-01) or the period.</summary>
    private static Finding DailyFinding(Rule rule, UnitRef unit, string caseId, string title, Verdict verdict, string evidence) => new()
    {
        CaseId = caseId,
        CaseTitle = title,
        Unit = unit.Name,
        RuleId = rule.Id,
        RuleTitle = rule.Title,
        Kind = rule.Kind,
        Verdict = verdict,
        Clause = rule.Clause,
        Evidence = evidence,
        Weight = rule.Weight,
        SanctionClass = rule.Sanction,
        FixHint = rule.FixHint,
    };

    private static bool Better(RecordedTime candidate, RecordedTime current) =>
        current.DateOnly && !candidate.DateOnly || (current.DateOnly == candidate.DateOnly && candidate.Instant < current.Instant);

    private static string UnitKey(UnitRef u) => u.Resolved?.Code ?? "raw:" + UnitRegistry.Normalize(u.Raw);
}
