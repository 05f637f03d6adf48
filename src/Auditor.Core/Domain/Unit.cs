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
    public static UnitType Parse(string? text) => text?.Trim() switch
    {
        "乡镇" or "镇" or "乡" or "township" => UnitType.Township,
        "街道" or "street" => UnitType.Street,
        "部门" or "department" => UnitType.Department,
        "直属单位" or "affiliated" => UnitType.Affiliated,
        "垂直管理" or "vertical" => UnitType.Vertical,
        "上级机关" or "superior" => UnitType.Superior,
        _ => UnitType.Unknown,
    };

    public static string Chinese(this UnitType t) => t switch
    {
        UnitType.Township => "乡镇",
        UnitType.Street => "街道",
        UnitType.Department => "部门",
        UnitType.Affiliated => "直属单位",
        UnitType.Vertical => "垂直管理",
        UnitType.Superior => "上级机关",
        _ => "未知",
    };
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
