namespace JdAfterSales.Testing;

/// <summary>The Chinese names, products, places and texts the data set is made of.</summary>
internal static class SampleText
{
    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];

    public static readonly string[] GivenNames = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞"];

    public static readonly int[] Grades = [50, 56, 61, 62, 105];

    public static readonly (string Name, string Brand, decimal Price)[] Products =
    [
        ("小米电饭煲 3L", "小米", 299.00m),
        ("电热水壶 1.7L", "美的", 89.90m),
        ("九阳豆浆机 1.2L", "九阳", 399.00m),
        ("苏泊尔不粘炒锅 32cm", "苏泊尔", 159.00m),
        ("飞利浦电动牙刷 HX6730", "飞利浦", 499.00m),
        ("华为智能手环 8", "华为", 269.00m),
        ("罗技无线鼠标 M330", "罗技", 109.00m),
        ("小米充电宝 20000mAh", "小米", 129.00m),
        ("格力落地电风扇", "格力", 219.00m),
        ("美的空气炸锅 5L", "美的", 329.00m),
        ("安踏跑步鞋 男款", "安踏", 289.00m),
        ("李宁运动T恤", "李宁", 99.00m),
        ("三只松鼠坚果礼盒", "三只松鼠", 168.00m),
        ("蓝月亮洗衣液 3kg", "蓝月亮", 59.90m),
        ("得力文件收纳盒", "得力", 35.50m),
    ];

    public static readonly (string Province, int ProvinceId, string City, int CityId, string County)[] Places =
    [
        ("北京", 1, "朝阳区", 72, "三环以内"),
        ("上海", 2, "浦东新区", 2813, "外环以内"),
        ("广东", 19, "深圳市", 1607, "南山区"),
        ("浙江", 15, "杭州市", 1213, "西湖区"),
        ("江苏", 12, "南京市", 904, "鼓楼区"),
        ("四川", 22, "成都市", 1930, "武侯区"),
    ];

    public static readonly (int Code, int Parent, string Name)[] Reasons =
    [
        (1001, 0, "质量问题"),
        (1002, 0, "非质量问题"),
        (1003, 0, "物流问题"),
        (100101, 1001, "外壳划痕"),
        (100102, 1001, "无法开机"),
        (100103, 1001, "功能故障"),
        (100201, 1002, "七天无理由退货"),
        (100202, 1002, "尺寸规格不合适"),
        (100203, 1002, "不喜欢/不想要"),
        (100301, 1003, "包装破损"),
        (100302, 1003, "少件/漏发"),
        (100303, 1003, "发错货"),
    ];

    public static readonly Dictionary<int, string[]> QuestionDescriptions = new()
    {
        [1001] = ["收到货外壳有明显划痕，要求处理", "用了两天就无法开机了", "功能不正常，按键没反应", "质量太差，有异响"],
        [1002] = ["七天无理由，不想要了", "尺寸不合适，想换一个", "和描述的颜色不一样，不喜欢"],
        [1003] = ["外包装破损严重", "少发了一个配件", "发错货了，型号不对"],
    };

    public static readonly string[] RefundReasons = ["未收到货", "拍错/多拍/不想要", "缺货", "协商一致退款", "退货退款", "发货太慢"];

    public static readonly string[] GoodComments = ["东西很好，物流很快，好评", "质量不错，和描述一致", "包装完好，用着挺顺手", "性价比很高，推荐购买"];

    public static readonly string[] NeutralComments = ["一般般吧，凑合用", "东西还行，就是物流有点慢", "和图片有点差别，还可以"];

    public static readonly string[] BadComments = ["质量太差，申请退货了", "售后处理太慢，客服态度也不好", "用了一周就坏了，质量有问题", "联系客服半天没人回，差评"];

    public static readonly string[] Replies = ["感谢您的支持，欢迎再次光临", "非常抱歉给您带来不便，客服会尽快联系您处理售后", "感谢反馈，我们会继续改进"];
}
