using System.Reflection;
using Auditor.Core.Domain;
using Auditor.Core.Rules;
using Auditor.Core.Scoring;
using Auditor.Core.Time;

namespace Auditor.Core.Tests.Domain;

/// <summary>
/// Every enum of Core that files or documents name has one table (<see cref="EnumTable{T}"/>) giving each value an id
/// and a Chinese label; the enums that never leave the program are listed here by name, with the reason.
/// </summary>
public class EnumTablesTests
{
    private static readonly Assembly Core = typeof(EnumTable<>).Assembly;

    /// <summary>Enums with no id in any file and no label in any document.</summary>
    private static readonly Dictionary<Type, string> WithoutTable = new()
    {
        [typeof(Tri)] = "the three-valued result of evaluating a condition",
        [typeof(TimeTextShape)] = "what the time-text parser read; messages describe it in their own words",
        [typeof(TimeTextProblem)] = "why a time text was refused; TimeTextMessages words each case with its value",
        [typeof(WindowKind)] = "a window is written and shown as its text (2h, 3wd, by-17:00), not by kind",
        [typeof(UnitMatchKind)] = "how a name matched the registry; the data issue it leads to has the id",
        [typeof(DayPeriod)] = "a part-of-day word the time-text parser reads (several words per value), never written back",
        [typeof(ObligationTiming)] = "a property of obligation kinds, never written in a file",
    };

    /// <summary>Each table of Core, found through the static fields that hold one (the enum it covers → the table).</summary>
    private static Dictionary<Type, object> Tables()
    {
        var tables = new Dictionary<Type, object>();
        foreach (var type in Core.GetTypes())
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
                if (field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(EnumTable<>))
                    Assert.True(tables.TryAdd(field.FieldType.GetGenericArguments()[0], field.GetValue(null)!),
                        $"{field.FieldType.GetGenericArguments()[0].Name} has two tables");
        return tables;
    }

    [Fact]
    public void Every_enum_of_core_has_a_table_or_is_listed_as_internal()
    {
        var tables = Tables();
        foreach (var e in Core.GetTypes().Where(t => t.IsEnum && !t.IsNested))
            Assert.True(tables.ContainsKey(e) ^ WithoutTable.ContainsKey(e),
                $"{e.Name}: give it a table in src/Auditor.Core/EnumTexts.yaml (ids and Chinese labels) held by an EnumTable<T>.Load() field, or list it in WithoutTable with the reason it needs none");
        Assert.Contains(typeof(ObligationKind), tables.Keys);
        Assert.Contains(typeof(DataIssueKind), tables.Keys);
    }

    [Fact]
    public void Every_value_has_an_id_and_a_label()
    {
        var check = typeof(EnumTablesTests).GetMethod(nameof(Complete), BindingFlags.Static | BindingFlags.NonPublic)!;
        foreach (var (type, table) in Tables())
            check.MakeGenericMethod(type).Invoke(null, [table]);
    }

    private static void Complete<T>(EnumTable<T> table) where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
        {
            Assert.True(table.Contains(v), $"{typeof(T).Name}.{v} has no row in its table");
            Assert.False(string.IsNullOrWhiteSpace(table.Id(v)), $"{typeof(T).Name}.{v} has no id");
            Assert.False(string.IsNullOrWhiteSpace(table.Label(v)), $"{typeof(T).Name}.{v} has no Chinese label");
            Assert.DoesNotContain(table.Id(v), c => char.IsWhiteSpace(c) || c > 127);
            Assert.True(table.TryParseId(table.Id(v), out var back) && back.Equals(v));
        }
        Assert.Equal(Enum.GetValues<T>().Length, table.Values.Count);
    }

    [Fact]
    public void Ids_follow_the_value_not_its_position()
    {
        var table = new EnumTable<Verdict>(
            (Verdict.InsufficientData, "insufficient-data", "数据不足"), (Verdict.Met, "met", "按时履行"));
        Assert.Equal("met", table.Id(Verdict.Met));
        Assert.Equal("数据不足", table.Label(Verdict.InsufficientData));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Id(Verdict.Breached));
        Assert.Throws<ArgumentException>(() => new EnumTable<Verdict>((Verdict.Met, "met", "甲"), (Verdict.Breached, "met", "乙")));
    }

    [Fact]
    public void Every_data_issue_kind_has_its_own_name_in_the_summary()
    {
        var names = Enum.GetValues<DataIssueKind>().Where(k => k != DataIssueKind.Other).Select(k => k.Chinese()).ToList();
        Assert.DoesNotContain("其他", names);
        Assert.Equal("台账缺少规则所需的列", DataIssueKind.MissingColumn.Chinese());
    }

    [Theory]
    [InlineData(ObligationKind.Release, ObligationTiming.Window)]
    [InlineData(ObligationKind.WrittenFeedback, ObligationTiming.Window)]
    [InlineData(ObligationKind.DailyReport, ObligationTiming.DailyCutoff)]
    [InlineData(ObligationKind.RiskAssessment, ObligationTiming.BeforeEvent)]
    [InlineData(ObligationKind.Urging, ObligationTiming.None)]
    [InlineData(ObligationKind.Confidentiality, ObligationTiming.None)]
    public void Which_kinds_run_on_a_window_is_said_once(ObligationKind kind, ObligationTiming timing)
    {
        Assert.Equal(timing, kind.Timing());
        Assert.Equal(timing != ObligationTiming.None, kind.IsTimed());
    }

    [Fact]
    public void Parsing_keeps_what_each_file_accepts()
    {
        Assert.True(EventKinds.TryParse("Released", out var e) && e == EventKind.Released); // event-log steps: any letter case
        Assert.True(EventKinds.TryParse("发布权威信息", out e) && e == EventKind.Released);
        Assert.True(Verdicts.TryParse(" 超时 ", out var v) && v == Verdict.Breached);
        Assert.False(ObligationKinds.TryParse("发布权威信息", out _)); // packs name kinds by id only
        Assert.Equal(UnitType.Township, UnitTypes.Parse("镇"));
        Assert.Equal(UnitType.Street, UnitTypes.Parse("street"));
        Assert.Equal(UnitType.Unknown, UnitTypes.Parse("科室"));
        Assert.Equal("乡镇、街道、部门、直属单位、垂直管理、上级机关", UnitTypes.LabelList);
        Assert.True(SanctionKinds.TryParse("约谈", out var s) && s == SanctionKind.Interview);
    }
}
