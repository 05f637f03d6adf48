using System.Collections.Immutable;

namespace Auditor.Core.Domain;

/// <summary>Unit types of the registry (单位名录 类型 column).</summary>
public enum UnitType
{
    Unknown,
    /// <summary>乡镇</summary>
    Township,
    /// <summary>街道</summary>
    Street,
    /// <summary>部门</summary>
    Department,
    /// <summary>直属单位</summary>
    Affiliated,
    /// <summary>垂直管理</summary>
    Vertical,
    /// <summary>上级机关</summary>
    Superior,
}

public static class UnitTypes
{
    private static readonly EnumTable<UnitType> Table = EnumTable<UnitType>.Load();

    /// <summary>The type a registry or pack writes (乡镇 or 镇 or 乡, 街道 … or the ids township, street …); Unknown otherwise.</summary>
    public static UnitType Parse(string? text) => text?.Trim() switch
    {
        null => UnitType.Unknown,
        "镇" or "乡" => UnitType.Township,
        var t => Table.TryParse(t, out var type) ? type : UnitType.Unknown,
    };

    public static string Chinese(this UnitType t) => Table.Label(t);

    public static string Id(this UnitType t) => Table.Id(t);

    /// <summary>"乡镇、街道、部门、直属单位、垂直管理、上级机关": the types a registry or pack may write, for messages.</summary>
    public static string LabelList => string.Join("、", Table.Values.Where(t => t != UnitType.Unknown).Select(Chinese));
}

/// <summary>One entry of the unit registry (单位名录).</summary>
public sealed record Unit(
    string Code,
    string Name,
    ImmutableArray<string> Aliases,
    UnitType Type,
    string? ParentCode,
    string? Head);

/// <summary>A unit as written in an export, with the registry entry it resolved to (null when unknown).</summary>
public sealed record UnitRef(string Raw, Unit? Resolved)
{
    /// <summary>The registry name when resolved, else the raw text.</summary>
    public string Name => Resolved?.Name ?? Raw;

    public bool IsKnown => Resolved is not null;
}
