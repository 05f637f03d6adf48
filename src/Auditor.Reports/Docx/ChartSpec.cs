namespace Auditor.Reports.Docx;

internal enum ChartType { HorizontalBar, Column, StackedColumn, Line }

internal sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, string Color);

/// <summary>What a native chart shows: categories along one axis, one or more series of values.</summary>
internal sealed record ChartSpec(string Title, ChartType Type, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    public double? AxisMin { get; init; }
    public double? AxisMax { get; init; }
    /// <summary>Number format of the value axis and data labels, e.g. "0", "0.0", "0%".</summary>
    public string NumberFormat { get; init; } = "0";
    public bool DataLabels { get; init; }
    public string? ValueAxisTitle { get; init; }

    /// <summary>Series colours used in order (sober palette readable in black-and-white print).</summary>
    public static readonly string[] Palette = ["C00000", "1F4E79", "ED7D31", "548235", "7030A0", "BF9000", "2E75B6", "7F7F7F", "A9D18E", "FF6699", "00B0F0", "833C0B"];
}
