namespace JdAfterSales.Testing;

/// <summary>
/// Thrown by a handler before it writes anything, to answer a business failure inside the success envelope (for example
/// <c>ASC_SYS_VERSION_ERROR</c>); the method family decides the shape.
/// </summary>
internal sealed class BusinessFailureException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static BusinessFailureException StaleVersion() => new("ASC_SYS_VERSION_ERROR", "服务单版本号不一致，请刷新后重试");

    public static BusinessFailureException IllegalTransition() => new("ASC_STATUS_ERROR", "当前服务单状态不允许该操作");

    public static BusinessFailureException UnknownService() => new("ASC_SERVICE_NOT_EXIST", "服务单不存在");

    public static BusinessFailureException UnknownApplication() => new("ASC_APPLY_NOT_EXIST", "申请单不存在或不在待审核状态");

    public static BusinessFailureException WrongShop() => new("ASC_BUID_ERROR", "商家编号与授权店铺不一致");
}
