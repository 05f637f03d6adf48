namespace Auditor.Ingest.Tables;

/// <summary>Excel's sheet limits (1,048,576 rows, columns A–XFD).</summary>
internal static class ExcelLimits
{
    public const int MaxRows = 1 << 20, MaxColumns = 1 << 14;
}
