namespace Auditor.Reports.Pictures;

/// <summary>A vertical offset for a point from its key (FNV-1a): spreads overlapping points the same way in every run.</summary>
internal static class StableJitter
{
    public static double Of(string key, double halfWidth)
    {
        uint h = 2166136261;
        foreach (var ch in key)
        {
            h = (h ^ (byte)ch) * 16777619;
            h = (h ^ (byte)(ch >> 8)) * 16777619;
        }
        return ((h % 10001) / 10000.0 * 2 - 1) * halfWidth;
    }
}
