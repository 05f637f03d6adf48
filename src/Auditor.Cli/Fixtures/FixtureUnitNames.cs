namespace Auditor.Cli.Fixtures;

/// <summary>Word lists for plausible (invented) county, township and person names and the usual county departments.</summary>
internal static class FixtureUnitNames
{
    public static readonly string[] PlaceFirst =
    [
        "临", "清", "安", "平", "永", "丰", "新", "长", "东", "西", "南", "北", "龙", "凤", "金", "银", "石", "白",
        "青", "黄", "红", "太", "和", "兴", "富", "宝", "高", "双", "三", "大", "小", "上", "下", "梅", "桃", "柳",
    ];

    public static readonly string[] PlaceSecond =
    [
        "江", "河", "山", "湖", "溪", "源", "桥", "坪", "岭", "田", "塘", "林", "坝", "港", "口", "村", "庄", "阳",
        "泉", "峰", "岗", "洲", "湾", "城", "关", "门", "台", "埠", "集", "店", "铺", "垣", "沟", "川", "原", "冈",
    ];

    /// <summary>County departments: full name after the county, and the usual abbreviation ("" when there is none).</summary>
    public static readonly (string Name, string Alias)[] Departments =
    [
        ("教育体育局", "教体局"), ("卫生健康委员会", "卫健委"), ("自然资源和规划局", "自规局"),
        ("住房和城乡建设局", "住建局"), ("交通运输局", "交通局"), ("农业农村局", "农业局"),
        ("市场监督管理局", "市场监管局"), ("人力资源和社会保障局", "人社局"), ("民政局", ""),
        ("生态环境分局", "环保分局"), ("应急管理局", "应急局"), ("城市管理局", "城管局"), ("水利局", ""),
        ("文化广电旅游局", "文广旅局"), ("发展和改革委员会", "发改委"), ("财政局", ""), ("司法局", ""),
        ("退役军人事务局", "退役军人局"), ("医疗保障局", "医保局"), ("信访局", ""), ("商务局", ""),
        ("科学技术和工业信息化局", "科工信局"), ("统计局", ""), ("审计局", ""), ("林业局", ""),
    ];

    public static readonly (string Name, string Alias)[] Affiliated =
    [
        ("融媒体中心", "融媒中心"), ("城市管理综合执法大队", "城管执法大队"), ("政务服务中心", "政务中心"),
        ("公共资源交易中心", "交易中心"), ("疾病预防控制中心", "疾控中心"), ("不动产登记中心", "不动产中心"),
        ("住房公积金管理部", "公积金部"), ("供水公司", "水司"), ("公交公司", ""),
    ];

    /// <summary>Vertically managed offices: prefix before the county, name after it, alias after the county.</summary>
    public static readonly (string Prefix, string Name, string Alias)[] Vertical =
    [
        ("国家税务总局", "税务局", "税务局"), ("", "供电公司", "供电所"), ("", "气象局", ""), ("", "邮政分公司", "邮政局"),
        ("", "烟草专卖局", "烟草局"), ("", "消防救援大队", "消防大队"),
    ];

    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
        "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
    ];

    public static readonly string[] GivenChars =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀",
        "霞", "平", "刚", "桂", "英", "华", "建", "国", "志", "文", "海", "波",
    ];

    public static readonly string[] Topics =
    [
        "小区停水", "道路积水", "学校收费", "医院排队", "拆迁补偿", "噪音扰民", "垃圾清运", "物业纠纷", "欠薪讨薪",
        "食品安全", "违建举报", "占道经营", "供暖不足", "公交停运", "环境污染", "网传失实信息", "景区服务",
        "农民工工资", "校园安全", "交通事故", "山体滑坡", "火灾", "燃气泄漏", "房屋质量", "停车收费",
        "养老服务", "医保报销", "低保评定", "执法争议", "涉企检查",
    ];
}
