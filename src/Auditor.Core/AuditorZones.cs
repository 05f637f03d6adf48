using NodaTime;

namespace Auditor.Core;

/// <summary>The default zone for local times in exports (docs/input.md): Asia/Shanghai.</summary>
public static class AuditorZones
{
    public const string DefaultId = "Asia/Shanghai";

    public static DateTimeZone Default { get; } = DateTimeZoneProviders.Tzdb[DefaultId];

    public static DateTimeZone Resolve(string? id) =>
        string.IsNullOrWhiteSpace(id) ? Default : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
            ?? throw new ArgumentException($"未知时区：{id}");
}
