namespace JdAfterSales.Testing;

/// <summary>Thrown inside request handling to answer <c>error_response</c> with a gateway code (60/61/63…).</summary>
internal sealed class GatewayErrorException : Exception
{
    public GatewayErrorException(string code, string zhDesc, string enDesc)
        : base(enDesc)
    {
        Code = code;
        ZhDesc = zhDesc;
        EnDesc = enDesc;
    }

    public string Code { get; }

    public string ZhDesc { get; }

    public string EnDesc { get; }

    /// <summary>Code 60: a required business parameter is missing.</summary>
    public static GatewayErrorException Missing(string name) =>
        new("60", $"参数错误：{name}不能为空", $"Invalid parameter: {name} is required");

    /// <summary>Code 61: a business parameter has a value the API does not accept.</summary>
    public static GatewayErrorException Invalid(string name, string rule) =>
        new("61", $"参数值错误：{name}", $"Invalid parameter value: {name} {rule}");
}
