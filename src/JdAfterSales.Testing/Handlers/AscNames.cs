namespace JdAfterSales.Testing;

/// <summary>The Chinese names JD sends next to after-sales codes.</summary>
internal static class AscNames
{
    public static string ServiceStatus(int status) => status switch
    {
        10001 => "待审核",
        10002 => "待客户反馈",
        10004 => "审核关闭",
        10005 => "待收货",
        10007 => "待处理",
        10009 => "待用户确认",
        10010 => "完成",
        10011 => "取消",
        7060 => "原返取消",
        7090 => "线下换新取消",
        _ => "未知",
    };

    public static string CustomerExpect(int expect) => expect switch
    {
        10 => "退货",
        20 => "换货",
        30 => "维修",
        _ => "其他",
    };

    public static string ApproveResult(int result) => result switch
    {
        22 => "审核不通过",
        23 => "待客户反馈",
        31 => "上门取件",
        33 => "客户发货",
        34 => "客户送货",
        35 => "线下补发",
        36 => "上门换新",
        37 => "补发新品",
        _ => "其他",
    };

    public static string ProcessResult(int result) => result switch
    {
        21 => "退货退款",
        22 => "换新",
        23 => "维修完成",
        24 => "原返",
        25 => "线下换新",
        _ => "其他",
    };

    /// <summary>What processing does for each expectation: refund a return, replace an exchange, repair a repair.</summary>
    public static int ProcessResultFor(int customerExpect) => customerExpect switch
    {
        20 => 22,
        30 => 23,
        _ => 21,
    };
}
