namespace Auditor.Core.Domain;

/// <summary>Where a value came from: file, sheet (null for csv) and the row number a user sees in Excel or an editor.</summary>
public sealed record SourceRef(string File, string? Sheet, int Row)
{
    public override string ToString() => Sheet is null ? $"{File} 第{Row}行" : $"{File} [{Sheet}] 第{Row}行";
}
