namespace Auditor.Reports.Pictures;

/// <summary>A rendered chart: PNG bytes at print resolution, the size it is shown at, and its alt text (wp:docPr descr).</summary>
internal sealed record Picture(byte[] Png, double WidthMm, double HeightMm, string AltText);
