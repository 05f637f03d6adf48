using System.Text;
using Auditor.Core.Domain;
using Auditor.Reports.Xlsx;
using static Auditor.Cli.Fixtures.FixtureMix;

namespace Auditor.Cli.Fixtures;

/// <summary>
/// Streams a generated case ledger (宽表) row by row: canonical headers; as csv (UTF-8 without BOM, times as
/// `yyyy-MM-dd HH:mm`) or as xlsx (date cells). Each case draws from its own PRNG stream (seed, case index), so memory
/// stays flat and the same seed gives the same bytes.
/// </summary>
internal sealed class FixtureLedgerWriter
{
    public static readonly string[] Header =
    [
        "舆情编号", "填报单位", "舆情标题", "来源平台", "舆情等级", "舆情性质", "突发事件", "涉及范围", "涉事单位",
        "责任单位", "回应单位", "发现时间", "交办时间", "发布权威信息时间", "新闻发布会时间", "回应时间", "反馈时间",
        "办结时间", "归档时间",
    ];

    /// <summary>Windows of the national baseline (国办发〔2016〕61号, as in 003 4.4), in minutes.</summary>
    public const long ReleaseWindow = 5 * 60, PressWindow = 24 * 60, ResponseWindow = 48 * 60;

    private static readonly string[] TitleShapes = ["网民反映{0}{1}问题", "{0}{1}引发关注", "关于{0}{1}的舆情", "{0}群众投诉{1}"];

    private readonly FixtureUnit[] _units;
    private readonly long[] _cumulativeWeight;
    private readonly DateTime _periodStart;
    private readonly long _periodMinutes;
    private readonly ulong _seed;
    private readonly string _idPrefix;

    public FixtureLedgerWriter(FixtureUnit[] units, AuditPeriod period, ulong seed)
    {
        if (units.Length == 0) throw new ArgumentException("no units", nameof(units));
        _units = units;
        _seed = seed;
        _periodStart = new DateTime(period.Start.Year, period.Start.Month, period.Start.Day, 0, 0, 0, DateTimeKind.Unspecified);
        _periodMinutes = (long)(new DateTime(period.End.Year, period.End.Month, period.End.Day) - _periodStart).TotalMinutes;
        _idPrefix = $"YQ{period.Id.Replace("-", "")}-";
        // Some units see far more incidents than others: weights 1..16, fixed per unit by the seed.
        _cumulativeWeight = new long[units.Length];
        var rng = SplitMix64.For(seed, stream: 3, index: 0);
        long sum = 0;
        for (int i = 0; i < units.Length; i++)
        {
            sum += 1L << rng.Next(5);
            _cumulativeWeight[i] = sum;
        }
    }

    /// <summary>Writes the ledger as an .xlsx workbook (one sheet 舆情台账, frozen header row).</summary>
    public void WriteXlsx(Stream output, long cases)
    {
        using var xlsx = new XlsxWriter(output, new DateTimeOffset(_periodStart, TimeSpan.Zero));
        xlsx.BeginSheet("舆情台账", [.. Header.Select(h => (h, Math.Max(10, h.Length * 2 + 2)))]);
        var row = new XlsxLedgerRow(xlsx);
        for (long i = 0; i < cases; i++)
        {
            row.Begin();
            WriteCase(row, i);
            row.End();
        }
        xlsx.Finish();
    }

    public void Write(Stream output, long cases)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 20, leaveOpen: true);
        w.Write(string.Join(',', Header));
        w.Write('\n');
        var row = new CsvRowBuffer();
        for (long i = 0; i < cases; i++)
        {
            row.Clear();
            WriteCase(row, i);
            row.EndRow();
            w.Write(row.Row);
        }
    }

    private void WriteCase(ILedgerRow row, long index)
    {
        var rng = SplitMix64.For(_seed, stream: 2, index: (ulong)index);
        var unit = PickUnit(ref rng);
        string severity = Severity.Pick(ref rng);
        bool sudden = rng.Chance(SuddenChance(severity));
        string polarity = Polarity.Pick(ref rng);
        string scope = Scope.Pick(ref rng);
        string source = Source.Pick(ref rng);
        string shortName = unit.Alias.Length > 0 ? unit.Alias : unit.Name;
        string title = string.Format(rng.Pick(TitleShapes), shortName, rng.Pick(FixtureUnitNames.Topics));
        string reported = unit.Alias.Length > 0 && rng.Chance(ReportedByAlias) ? unit.Alias : unit.Name;
        string responsible = rng.Chance(ResponsibleIsReporter) ? unit.Name : PickUnit(ref rng).Name;
        string responder = rng.Chance(ResponderIsResponsible) ? responsible : PickUnit(ref rng).Name;
        string involved = unit.Name;
        if (rng.Chance(0.3)) involved += "、" + PickUnit(ref rng).Name;
        if (rng.Chance(0.1)) involved += "、" + PickUnit(ref rng).Name;
        if (involved.Contains(responsible, StringComparison.Ordinal) == false && rng.Chance(0.5)) involved += "、" + responsible;

        long discovered = rng.Chance(DiscoveredNearEnd)
            ? rng.Between(_periodMinutes - 2 * 1440, _periodMinutes - 1)
            : rng.Between(0, _periodMinutes - 1);
        bool discoveredDateOnly = rng.Chance(DiscoveryDateOnly);
        long? assigned = rng.Chance(0.95) ? discovered + rng.Between(10, 240) : null;

        bool major = sudden && (severity == "重大" || severity == "特别重大");
        Timed release, press, response;
        if (major)
        {
            release = Obligation(ref rng, Release, discovered, ReleaseWindow, ReleaseMaxOverrun, minDelay: 10);
            press = Obligation(ref rng, PressConference, discovered, PressWindow, PressMaxOverrun, minDelay: 60);
            response = rng.Chance(0.6) ? new Timed(discovered + rng.Between(30, ResponseWindow), false) : Timed.None;
        }
        else
        {
            response = Obligation(ref rng, Response, discovered, ResponseWindow, ResponseMaxOverrun, minDelay: 5);
            release = rng.Chance(0.05) ? new Timed(discovered + rng.Between(60, 3 * 1440), false) : Timed.None;
            press = rng.Chance(0.01) ? new Timed(discovered + rng.Between(600, 5 * 1440), false) : Timed.None;
        }
        long basis = response.Minute ?? release.Minute ?? discovered;
        long? feedback = rng.Chance(0.8) ? basis + rng.Between(60, 3 * 1440) : null;
        long? closed = feedback is { } fb && rng.Chance(0.85) ? fb + rng.Between(0, 10 * 1440) : null;
        long? archived = closed is { } cl && rng.Chance(0.7) ? cl + rng.Between(60, 15 * 1440) : null;

        row.Numbered(_idPrefix, index + 1, "D7");
        row.Text(reported);
        row.Text(title);
        row.Text(source);
        row.Text(severity);
        row.Text(polarity);
        row.Text(sudden ? "是" : "否");
        row.Text(scope);
        row.Text(involved);
        row.Text(responsible);
        row.Text(responder);
        Time(row, discovered, discoveredDateOnly);
        Time(row, assigned, false);
        Time(row, release.Minute, release.DateOnly);
        Time(row, press.Minute, press.DateOnly);
        Time(row, response.Minute, response.DateOnly);
        Time(row, feedback, false);
        Time(row, closed, false);
        Time(row, archived, false);
    }

    /// <summary>The actual time of one checked obligation, drawn from its outcome table.</summary>
    private static Timed Obligation(ref SplitMix64 rng, WeightedChoice<Outcome> table, long start, long window, long maxOverrun, long minDelay)
    {
        switch (table.Pick(ref rng))
        {
            case Outcome.OnTime:
                // Skewed towards early: the smaller of two uniform delays.
                long delay = Math.Min(rng.Between(minDelay, window - 1), rng.Between(minDelay, window - 1));
                return new Timed(start + delay, rng.Chance(ActualDateOnly));
            case Outcome.AtDeadline:
                return new Timed(start + window, false);
            case Outcome.Late:
                return new Timed(start + window + rng.LogUniform(1, maxOverrun), false);
            default:
                return Timed.None;
        }
    }

    private void Time(ILedgerRow row, long? minute, bool dateOnly)
    {
        if (minute is not { } m)
        {
            row.Empty();
            return;
        }
        row.Time(_periodStart.AddTicks(m * TimeSpan.TicksPerMinute), dateOnly);
    }

    private FixtureUnit PickUnit(ref SplitMix64 rng)
    {
        long r = rng.Between(0, _cumulativeWeight[^1] - 1);
        int i = Array.BinarySearch(_cumulativeWeight, r + 1);
        if (i < 0) i = ~i;
        return _units[i];
    }

    private readonly record struct Timed(long? Minute, bool DateOnly)
    {
        public static Timed None => new(null, false);
    }
}
