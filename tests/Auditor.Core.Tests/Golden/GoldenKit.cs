using System.Collections.Immutable;
using System.Globalization;
using Auditor.Core.Domain;
using Auditor.Core.Replay;
using Auditor.Core.Rules;
using Auditor.Core.Time;
using NodaTime;
using NodaTime.Text;

namespace Auditor.Core.Tests.Golden;

/// <summary>Builds hand-written cases for the golden tests: times in Asia/Shanghai, a small unit registry.</summary>
internal static class GoldenKit
{
    public static readonly DateTimeZone Zone = AuditorZones.Default;

    public static string Root
    {
        get
        {
            var d = new DirectoryInfo(AppContext.BaseDirectory);
            while (d is not null && !File.Exists(Path.Combine(d.FullName, "Auditor.sln"))) d = d.Parent;
            return d?.FullName ?? throw new InvalidOperationException("Auditor.sln not found");
        }
    }

    public static string RulesDir => Path.Combine(Root, "rules");

    private static readonly Lazy<DeadlineCalculator> LazyCalc =
        new(() => new DeadlineCalculator(WorkCalendarLoader.LoadDirectory(Path.Combine(RulesDir, "calendars")), Zone));

    public static DeadlineCalculator Calc => LazyCalc.Value;

    private static readonly Dictionary<string, RulePack> Packs = new();

    public static RulePack Pack(string id)
    {
        lock (Packs)
        {
            if (!Packs.TryGetValue(id, out var p)) Packs[id] = p = RulePackLoader.Load(RulesDir, id);
            return p;
        }
    }

    private static Unit U(string code, string name, UnitType type, params string[] aliases) => new(code, name, [.. aliases], type, null, null);

    public static readonly UnitRegistry Registry = new(
    [
        U("T01", "城关镇", UnitType.Township),
        U("T02", "东街街道", UnitType.Street),
        U("T03", "西河镇", UnitType.Township),
        U("D01", "市教育局", UnitType.Department),
        U("D02", "市住建局", UnitType.Department),
        U("V01", "市税务局", UnitType.Vertical),
        U("Z01", "区政府应急办", UnitType.Department),
        U("Z02", "区网宣办", UnitType.Department),
        U("Z03", "市公安局章贡分局网安大队", UnitType.Vertical, "网安大队"),
        U("Z04", "区委办公室", UnitType.Department),
        U("X01", "许昌市自然资源和规划局", UnitType.Superior, "市局"),
        new("X02", "局办公室", [], UnitType.Department, "许昌市自然资源和规划局", null),
        new("X03", "建安分局", [], UnitType.Affiliated, "许昌市自然资源和规划局", null),
        U("X04", "魏都分局", UnitType.Affiliated),
        new("X05", "政策法规科", [], UnitType.Department, "许昌市自然资源和规划局", null),
        U("S01", "市政府办公室", UnitType.Superior, "市政府办"),
    ]);

    public static UnitRef R(string name) => Registry.Ref(name);

    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public static RecordedTime T(string text) => RecordedTime.Precise(Pattern.Parse(text).Value, Zone);

    public static RecordedTime D(string date) =>
        RecordedTime.DateOnlyOf(LocalDatePattern.Iso.Parse(date).Value, Zone);

    public static Instant I(string text) => T(text).Instant;

    private static readonly SourceRef Src = new("golden.xlsx", "台账", 2);

    public static CaseEvent E(EventKind kind, string time, string? channel = null) =>
        new(kind, time.Length == 10 ? D(time) : T(time), null, channel, null, Src);

    /// <summary>A report (or other event) to a recipient as the export names it.</summary>
    public static CaseEvent To(EventKind kind, string time, string recipient) => E(kind, time) with { Recipient = recipient };

    /// <summary>An event done by a unit (an event log's 办理单位).</summary>
    public static CaseEvent By(EventKind kind, string time, string actor) => E(kind, time) with { Actor = actor };

    public static Case Case(string id, params CaseEvent[] events) => new()
    {
        CaseId = id,
        ReportingUnit = R("城关镇"),
        Title = "测试舆情" + id,
        Events = [.. events.OrderBy(e => e.Time.Instant)],
        Source = Src,
    };

    public static ReplayEngine Engine(string pack, string asOf) => new(Pack(pack), Calc, Registry, I(asOf));

    /// <summary>The finding of one rule on one case.</summary>
    public static Finding Run(string pack, string asOf, Case c, string ruleId) =>
        Engine(pack, asOf).Replay(c).Single(f => f.RuleId == ruleId);

    public static ImmutableArray<UnitRef> Units(params string[] names) => [.. names.Select(R)];

    public static Instant? At(string? text) => text is null ? null : I(text);

    public static string Iso(Instant? i) => i is null ? "" : TimeText.Iso(i.Value, Zone);

    public static CultureInfo Inv => CultureInfo.InvariantCulture;
}
