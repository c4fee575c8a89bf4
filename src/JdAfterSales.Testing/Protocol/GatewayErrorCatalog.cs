namespace JdAfterSales.Testing;

/// <summary>JD's gateway error codes with the Chinese and English descriptions the gateway sends in <c>error_response</c>.</summary>
internal static class GatewayErrorCatalog
{
    private static readonly Dictionary<string, (string Zh, string En)> Descriptions = new(StringComparer.Ordinal)
    {
        ["1"] = ("服务不可用", "Service unavailable"),
        ["2"] = ("应用调用次数超限", "App Call Limited"),
        ["3"] = ("禁止访问", "Forbidden request"),
        ["4"] = ("缺少版本参数", "Missing version"),
        ["5"] = ("不支持的版本号", "Unsupported version"),
        ["6"] = ("非法的版本参数", "Invalid version"),
        ["7"] = ("缺少时间戳参数", "Missing timestamp"),
        ["8"] = ("非法的时间戳参数", "Invalid timestamp"),
        ["9"] = ("缺少商家编号", "Missing vender id"),
        ["10"] = ("非法的商家编号", "Invalid vender id"),
        ["11"] = ("缺少签名参数", "Missing signature"),
        ["12"] = ("无效签名", "Invalid signature"),
        ["13"] = ("无效数据格式", "Invalid format"),
        ["14"] = ("缺少方法名参数", "Missing method"),
        ["15"] = ("不存在的方法名", "Invalid method"),
        ["18"] = ("缺少access_token参数", "Missing access_token"),
        ["19"] = ("无效access_token", "Invalid access_token"),
        ["20"] = ("缺少app_key参数", "Missing app_key"),
        ["21"] = ("无效app_key", "Invalid app_key"),
        ["22"] = ("授权者不是商家", "Authorizer is not a merchant"),
        ["23"] = ("api已经停用", "API disabled"),
        ["24"] = ("应用没有权限调用此api", "Insufficient app permissions"),
        ["43"] = ("系统处理错误", "System error"),
        ["50"] = ("无效调用", "Invalid call"),
        ["60"] = ("参数错误", "Invalid parameter"),
        ["61"] = ("参数值错误", "Invalid parameter value"),
        ["62"] = ("JSON转换错误", "JSON conversion error"),
        ["63"] = ("无效的JSON格式", "Invalid JSON"),
        ["65"] = ("平台连接后端服务超时", "Backend service timeout"),
        ["66"] = ("服务不可用", "The service is unavailable"),
        ["67"] = ("平台连接后端服务未知异常", "Unknown backend exception"),
        ["69"] = ("获取数据失败", "Failed to get data"),
    };

    public static (string Zh, string En) Describe(string code) =>
        Descriptions.TryGetValue(code, out var text) ? text : ("服务异常", "Gateway error " + code);
}
