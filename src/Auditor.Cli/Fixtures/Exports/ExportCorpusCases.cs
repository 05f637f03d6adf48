namespace Auditor.Cli.Fixtures.Exports;

/// <summary>One case of the export corpus as its unit knows it.</summary>
internal sealed record CorpusCase(string Id, string UnitCode, string Unit, string Title, DateTime Discovered, DateTime? Responded)
{
    /// <summary>The case as Excel shows a 12-digit number id that it turned into scientific notation (202607030912 → 2.02607E+11).</summary>
    public string ScientificId => $"2.0260{Discovered.Month}E+11";
}

/// <summary>
/// The cases every export of the corpus (fixtures/exports) is made from: one quarter (2026Q3) of a county, 清河县, whose
/// registry also lists a neighbouring county's bureau (白水县住建局: "住建局" alone then fits two units). Each case is
/// ordinary: 一般, not sudden, negative — only the 48-hour response of 国办发〔2016〕61号 三 applies, and the expected
/// scores follow from the response times by hand (fixtures/exports/expected.yaml): 城关镇 late once (002, 50 h 7 min)
/// and silent once (004), 东城街道 late once (006, 57 h 45 min), 卫健委 late once (011, 48 h 55 min); 009 answers at
/// exactly 48 hours, which is on time.
/// </summary>
internal static class ExportCorpusCases
{
    public const string Period = "2026Q3", AsOf = "2026-10-15 00:00";

    public static readonly string[] RegistryHeader = ["单位编码", "单位名称", "别名", "类型", "上级单位", "主要负责人"];

    public static readonly string[][] Registry =
    [
        ["QH00", "清河县人民政府办公室", "县政府办", "上级机关", "", "张明"],
        ["QH01", "清河县城关镇人民政府", "城关镇", "乡镇", "清河县人民政府办公室", "李强"],
        ["QH02", "清河县东城街道办事处", "东城街道", "街道", "清河县人民政府办公室", "王芳"],
        ["QH03", "清河县河西乡人民政府", "河西乡", "乡镇", "清河县人民政府办公室", "赵磊"],
        ["QH20", "清河县住房和城乡建设局", "县住建局", "部门", "清河县人民政府办公室", "刘洋"],
        ["QH21", "清河县卫生健康委员会", "", "部门", "清河县人民政府办公室", "陈静"],
        ["QH22", "清河县市场监督管理局", "县市场监管局", "部门", "清河县人民政府办公室", "周涛"],
        ["BS00", "白水县人民政府办公室", "", "上级机关", "", "吴刚"],
        ["BS20", "白水县住房和城乡建设局", "", "部门", "白水县人民政府办公室", "郑伟"],
    ];

    private static DateTime T(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0);

    /// <summary>In the order of the units' rows (each unit's cases together, as a merged unit cell needs them).</summary>
    public static readonly CorpusCase[] Cases =
    [
        new("QH2026-001", "QH01", "城关镇", "网民反映城关镇老旧小区停水", T(7, 3, 9, 12), T(7, 3, 16, 40)),
        new("QH2026-002", "QH01", "城关镇", "城关镇农贸市场占道经营引发关注", T(7, 15, 20, 23), T(7, 17, 22, 30)),
        new("QH2026-003", "QH01", "城关镇", "关于城关镇学校周边交通拥堵的舆情", T(8, 2, 14, 26), T(8, 3, 10, 5)),
        new("QH2026-004", "QH01", "城关镇", "城关镇群众投诉夜间施工噪音", T(9, 10, 8, 30), null),
        new("QH2026-005", "QH02", "东城街道", "东城街道小区电梯故障", T(7, 8, 11, 0), T(7, 9, 9, 30)),
        new("QH2026-006", "QH02", "东城街道", "东城街道垃圾清运不及时", T(8, 20, 22, 15), T(8, 23, 8, 0)),
        new("QH2026-007", "QH02", "东城街道", "东城街道路灯损坏引发关注", T(9, 25, 9, 40), T(9, 26, 15, 0)),
        new("QH2026-008", "QH20", "县住建局", "网民反映安置房交付延期", T(7, 21, 10, 0), T(7, 22, 17, 30)),
        new("QH2026-009", "QH20", "县住建局", "关于物业投诉处理的舆情", T(8, 11, 15, 20), T(8, 13, 15, 20)),
        new("QH2026-010", "QH20", "县住建局", "城区道路改造工期引发关注", T(9, 2, 9, 0), T(9, 3, 9, 0)),
        new("QH2026-011", "QH21", "卫健委", "网民反映县医院挂号难", T(7, 30, 8, 5), T(8, 1, 9, 0)),
        new("QH2026-012", "QH21", "卫健委", "疫苗接种点排队时间长", T(9, 14, 13, 10), T(9, 15, 10, 0)),
    ];

    /// <summary>The attribute columns every ledger of the corpus carries besides id, unit, title and times.</summary>
    public static readonly (string Header, string Value)[] Attributes = [("舆情等级", "一般"), ("突发事件", "否"), ("舆情性质", "负面")];
}
