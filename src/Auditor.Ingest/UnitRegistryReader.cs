using System.Collections.Immutable;
using Auditor.Core;
using Auditor.Core.Domain;
using Auditor.Ingest.Headers;
using Auditor.Ingest.Tables;

namespace Auditor.Ingest;

/// <summary>
/// Reads the unit registry (单位名录, csv/xlsx/xls): 单位编码, 单位名称, 别名 (separated by 、，,；;), 类型, 上级单位,
/// 主要负责人. A fault in the registry stops the run (<see cref="InputException"/> with file, row and column):
/// every finding depends on it.
/// </summary>
public static class UnitRegistryReader
{
    private static readonly (string Id, string[] Headers)[] Columns =
    [
        ("code", ["单位编码", "编码", "单位代码", "代码", "code"]),
        ("name", ["单位名称", "名称", "单位", "name"]),
        ("aliases", ["别名", "简称", "别称", "aliases", "alias"]),
        ("type", ["类型", "单位类型", "type"]),
        ("parent", ["上级单位", "上级", "主管单位", "parent"]),
        ("head", ["主要负责人", "负责人", "head"]),
    ];

    public static UnitRegistry Read(string path)
    {
        using var table = TableFiles.Open(path);
        foreach (var sheet in table.Sheets())
        {
            using var rows = sheet.Rows.GetEnumerator();
            var first = new List<RawRow>();
            while (first.Count < HeaderRow.ScanLimit && rows.MoveNext()) first.Add(rows.Current);
            var header = first.FirstOrDefault(r => Map(r).ContainsKey("name") && Map(r).Count >= 2);
            if (header is null) continue;
            var cols = Map(header);
            var where = sheet.Name is null ? path : $"{path} [{sheet.Name}]";
            var units = new List<(Unit Unit, int Row, string? ParentRaw)>();
            var keys = new Dictionary<string, (string Name, int Row)>();
            IEnumerable<RawRow> data = first.Where(r => r.Number > header.Number);
            foreach (var row in data.Concat(Remaining(rows)))
            {
                if (row.IsBlank) continue;
                string? Get(string id) => cols.TryGetValue(id, out int c) ? row[c].AsText()?.Trim() is { Length: > 0 } t ? t : null : null;
                string Col(string id) => cols.TryGetValue(id, out int c) ? header[c].AsText()!.Trim() : id;
                var name = Get("name") ?? throw new InputException($"{where} 第{row.Number}行“{Col("name")}”列：单位名称为空");
                var code = cols.ContainsKey("code")
                    ? Get("code") ?? throw new InputException($"{where} 第{row.Number}行“{Col("code")}”列：单位编码为空")
                    : name;
                var typeText = Get("type");
                var type = UnitTypes.Parse(typeText);
                if (typeText is not null && type == UnitType.Unknown)
                    throw new InputException($"{where} 第{row.Number}行“{Col("type")}”列：未知的单位类型“{typeText}”（应为 {UnitTypes.LabelList}）");
                var aliases = UnitRegistry.SplitList(Get("aliases")).ToImmutableArray();
                foreach (var (key, column) in aliases.Select(a => (a, "aliases")).Prepend((name, "name")).Prepend((code, "code")))
                {
                    var k = Key(key);
                    if (keys.TryGetValue(k, out var other) && other.Name != name)
                        throw new InputException($"{where} 第{row.Number}行“{Col(column)}”列：“{key}”与第{other.Row}行的单位“{other.Name}”重名，无法区分");
                    if (column == "code" && keys.TryGetValue(k, out other))
                        throw new InputException($"{where} 第{row.Number}行“{Col("code")}”列：单位编码“{code}”与第{other.Row}行重复");
                    keys.TryAdd(k, (name, row.Number));
                }
                units.Add((new Unit(code, name, aliases, type, null, Get("head")), row.Number, Get("parent")));
            }
            if (units.Count == 0) throw new InputException($"{where}：单位名录中没有任何单位");
            var byKey = new UnitRegistry(units.Select(u => u.Unit));
            return new UnitRegistry(units.Select(u => u.ParentRaw is null ? u.Unit
                : u.Unit with { ParentCode = byKey.Resolve(u.ParentRaw)?.Code ?? u.ParentRaw }));
        }
        throw new InputException($"{path}：找不到单位名录的表头（应包含“单位名称”列，以及 单位编码、别名、类型、上级单位、主要负责人 等列）");
    }

    private static IEnumerable<RawRow> Remaining(IEnumerator<RawRow> e)
    {
        while (e.MoveNext()) yield return e.Current;
    }

    private static Dictionary<string, int> Map(RawRow row)
    {
        var d = new Dictionary<string, int>();
        for (int c = 0; c < row.Cells.Length; c++)
        {
            var t = row.Cells[c].AsText();
            if (string.IsNullOrWhiteSpace(t)) continue;
            var n = HeaderVocabulary.Normalize(t);
            foreach (var (id, headers) in Columns)
                if (headers.Any(h => HeaderVocabulary.Normalize(h) == n)) d.TryAdd(id, c);
        }
        return d;
    }

    private static string Key(string s) => UnitRegistry.Normalize(s);
}
