namespace Auditor.Core.Time;

/// <summary>What a time text gave: the parser never fills in what was not written (no midnight, no year, no date).</summary>
public enum TimeTextShape : byte
{
    /// <summary>A date with a time of day: "2026-07-03 14:20", "2026.7.4 下午2:22", "2026年7月3日24时".</summary>
    DateTime,
    /// <summary>A date alone: "2026-07-03", "2026年7月3日", "20260703". Not midnight: each caller decides what it means.</summary>
    DateOnly,
    /// <summary>A time of day alone: "20:23", "下午2:22", "14点26分", "晚上12点" (24:00).</summary>
    TimeOfDay,
    /// <summary>A month and day without a year, with or without a time: "7月5日", "7月5日14:23", "07-05 14:23".</summary>
    MonthDay,
}
