using Auditor.Core.Domain;

namespace Auditor.Core.Replay;

/// <summary>
/// Resolves a unit named in a rule pack (e.g. 002's 区委办公室, 市公安局章贡分局网安大队) against an office's registry,
/// whose names may be longer or shorter (中共章贡区委办公室; alias 网安大队). Exact name/alias/code first; else the one
/// registry unit whose name or an alias contains, or is contained in, the pack's name (at least 3 characters);
/// ambiguous or none → unresolved (raw name).
/// </summary>
internal static class NamedUnits
{
    public static UnitRef Resolve(UnitRegistry registry, string name)
    {
        var exact = registry.Ref(name);
        if (exact.IsKnown) return exact;
        var key = UnitRegistry.Normalize(name);
        Unit? found = null;
        foreach (var u in registry.Units)
        {
            bool match = Overlaps(u.Name, key);
            foreach (var a in u.Aliases) match |= Overlaps(a, key);
            if (!match) continue;
            if (found is not null && found.Code != u.Code) return exact; // ambiguous
            found = u;
        }
        return found is null ? exact : new UnitRef(name, found);
    }

    private static bool Overlaps(string candidate, string key)
    {
        var c = UnitRegistry.Normalize(candidate);
        if (c.Length < 3 || key.Length < 3) return false;
        return c.Contains(key, StringComparison.Ordinal) || key.Contains(c, StringComparison.Ordinal);
    }
}
