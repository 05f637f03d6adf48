using System.Text;

namespace Auditor.Cli.Fixtures;

/// <summary>
/// Generates a unit registry: counties of up to 100 units each (the county government office, then townships,
/// streets, departments, affiliated and vertically managed units). Every name and alias is unique.
/// </summary>
internal static class FixtureUnitRegistry
{
    public const int UnitsPerCounty = 100;

    public static readonly string[] Header = ["单位编码", "单位名称", "别名", "类型", "上级单位", "主要负责人"];

    public static FixtureUnit[] Generate(int count, ulong seed)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count));
        var rng = SplitMix64.For(seed, stream: 1, index: 0);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var units = new List<FixtureUnit>(count);
        for (int county = 0; units.Count < count; county++)
        {
            string countySuffix = rng.Chance(0.6) ? "区" : "县";
            string countyName = UniqueName(ref rng, taken, p => p + countySuffix);
            taken.Add(countyName);
            int size = Math.Min(UnitsPerCounty, count - units.Count);
            string office = $"{countyName}人民政府办公室";
            string officeAlias = $"{countyName}政府办";
            taken.Add(office);
            taken.Add(officeAlias);
            units.Add(new FixtureUnit(Code(county, 0), office, officeAlias, "上级机关", "", Head(ref rng)));
            var departments = new Queue<(string, string)>(FixtureUnitNames.Departments);
            var affiliated = new Queue<(string, string)>(FixtureUnitNames.Affiliated);
            var vertical = new Queue<(string, string, string)>(FixtureUnitNames.Vertical);
            for (int i = 1; i < size; i++)
            {
                string type = FixtureMix.UnitType.Pick(ref rng);
                if (type == "部门" && departments.Count == 0) type = "乡镇";
                if (type == "直属单位" && affiliated.Count == 0) type = "街道";
                if (type == "垂直管理" && vertical.Count == 0) type = "乡镇";
                string name, alias;
                switch (type)
                {
                    case "部门":
                    {
                        var (n, a) = departments.Dequeue();
                        name = countyName + n;
                        alias = a.Length == 0 ? "" : countyName + a;
                        break;
                    }
                    case "直属单位":
                    {
                        var (n, a) = affiliated.Dequeue();
                        name = countyName + n;
                        alias = a.Length == 0 ? "" : countyName + a;
                        break;
                    }
                    case "垂直管理":
                    {
                        var (p, n, a) = vertical.Dequeue();
                        name = p + countyName + n;
                        alias = a.Length == 0 || p.Length == 0 ? "" : countyName + a;
                        break;
                    }
                    case "街道":
                    {
                        string place = UniqueName(ref rng, taken, p => countyName + p + "街道");
                        name = place + "办事处";
                        alias = place;
                        break;
                    }
                    default:
                    {
                        string place = UniqueName(ref rng, taken, p => countyName + p + "镇");
                        name = place + "人民政府";
                        alias = place;
                        break;
                    }
                }
                if (!taken.Add(name) || (alias.Length > 0 && !taken.Add(alias)))
                    throw new InvalidOperationException($"duplicate generated unit name {name}/{alias}");
                units.Add(new FixtureUnit(Code(county, i), name, alias, type, office, Head(ref rng)));
            }
        }
        return units.ToArray();
    }

    public static void Write(string path, IReadOnlyList<FixtureUnit> units)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        w.Write(string.Join(',', Header));
        w.Write('\n');
        foreach (var u in units)
        {
            w.Write($"{u.Code},{u.Name},{u.Alias},{u.Type},{u.Parent},{u.Head}");
            w.Write('\n');
        }
    }

    private static string Code(int county, int index) => $"D{county + 1:D3}{index:D3}";

    /// <summary>A two-character place name, turned into a full name by <paramref name="shape"/>, not yet taken (the caller takes it).</summary>
    private static string UniqueName(ref SplitMix64 rng, HashSet<string> taken, Func<string, string> shape)
    {
        for (int attempt = 0; ; attempt++)
        {
            string place = rng.Pick(FixtureUnitNames.PlaceFirst) + rng.Pick(FixtureUnitNames.PlaceSecond);
            if (attempt > 50) place += rng.Pick(FixtureUnitNames.PlaceSecond);
            string full = shape(place);
            if (!taken.Contains(full)) return full;
        }
    }

    private static string Head(ref SplitMix64 rng)
    {
        string s = rng.Pick(FixtureUnitNames.Surnames) + rng.Pick(FixtureUnitNames.GivenChars);
        return rng.Chance(0.6) ? s + rng.Pick(FixtureUnitNames.GivenChars) : s;
    }
}
