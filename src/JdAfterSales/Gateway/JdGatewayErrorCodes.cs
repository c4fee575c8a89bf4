namespace JdAfterSales.Gateway;

/// <summary>
/// JD's routerjson gateway error codes (the <c>code</c> of <c>error_response</c>) and what a caller should do
/// about each. Source: JD's published error table, as gathered in the project's protocol notes.
/// </summary>
public static class JdGatewayErrorCodes
{
    /// <summary>App Call Limited: too many calls in the window or the daily quota is used up. Back off.</summary>
    public const string CallLimited = "2";

    /// <summary>The timestamp is missing.</summary>
    public const string MissingTimestamp = "7";

    /// <summary>The timestamp is malformed or more than about six minutes from JD's clock.</summary>
    public const string InvalidTimestamp = "8";

    /// <summary>The signature is missing.</summary>
    public const string MissingSignature = "11";

    /// <summary>The signature does not match: a wrong app secret, or signed bytes differ from sent bytes.</summary>
    public const string InvalidSignature = "12";

    /// <summary>The method is missing.</summary>
    public const string MissingMethod = "14";

    /// <summary>The method does not exist, or the app may not call it in this environment.</summary>
    public const string UnknownMethod = "15";

    /// <summary>The access token is missing.</summary>
    public const string MissingAccessToken = "18";

    /// <summary>The access token is invalid or expired: refresh it.</summary>
    public const string InvalidAccessToken = "19";

    /// <summary>The app key is missing.</summary>
    public const string MissingAppKey = "20";

    /// <summary>The app key is unknown.</summary>
    public const string InvalidAppKey = "21";

    /// <summary>The authorizing account is not a merchant (POP) account.</summary>
    public const string NotMerchantAccount = "22";

    /// <summary>A business parameter is invalid (the description names it).</summary>
    public const string InvalidParameter = "60";

    /// <summary>A business parameter's value is invalid.</summary>
    public const string InvalidParameterValue = "61";

    /// <summary><c>360buy_param_json</c> is not valid JSON.</summary>
    public const string InvalidJson = "63";

    /// <summary>JD's backend is unavailable: retry later.</summary>
    public const string BackendUnavailable = "66";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["1"] = "service unavailable",
        ["2"] = "app call limited",
        ["3"] = "forbidden request",
        ["4"] = "missing version",
        ["5"] = "unsupported version",
        ["6"] = "invalid version",
        ["7"] = "missing timestamp",
        ["8"] = "invalid timestamp",
        ["9"] = "missing vender id",
        ["10"] = "invalid vender id",
        ["11"] = "missing signature",
        ["12"] = "invalid signature",
        ["13"] = "invalid data format",
        ["14"] = "missing method",
        ["15"] = "method does not exist",
        ["16"] = "missing trade number",
        ["17"] = "trade number already exists",
        ["18"] = "missing access token",
        ["19"] = "invalid access token",
        ["20"] = "missing app key",
        ["21"] = "invalid app key",
        ["22"] = "authorizer is not a merchant account",
        ["23"] = "API disabled for maintenance",
        ["24"] = "app has no right to call this API",
        ["25"] = "app is not online",
        ["43"] = "system processing error",
        ["50"] = "invalid call",
        ["60"] = "invalid parameter",
        ["61"] = "invalid parameter value",
        ["62"] = "JSON conversion error",
        ["63"] = "invalid JSON in 360buy_param_json",
        ["64"] = "this merchant type may not call the API",
        ["65"] = "gateway to backend timeout",
        ["66"] = "backend unavailable",
        ["67"] = "unknown backend exception",
        ["68"] = "optional field validation error",
        ["69"] = "failed to get data",
        ["70"] = "order is being shipped",
        ["71"] = "id does not belong to this merchant",
        ["72"] = "user is not this merchant type",
        ["73"] = "value-added API requires deployment in JD Cloud",
    };

    /// <summary>
    /// Whether a call that failed with <paramref name="code"/> may succeed if sent again later: the transient codes
    /// 1, 23, 43, 65, 66, 67, 69, and 2 (after a longer back-off).
    /// </summary>
    /// <param name="code">JD's gateway code.</param>
    /// <returns><c>true</c> for a transient failure.</returns>
    public static bool IsRetryable(string? code) => code is "1" or "2" or "23" or "43" or "65" or "66" or "67" or "69";

    /// <summary>Whether <paramref name="code"/> means the credentials were refused (18–22): refresh or re-authorize.</summary>
    /// <param name="code">JD's gateway code.</param>
    /// <returns><c>true</c> for an authentication failure.</returns>
    public static bool IsAuthenticationFailure(string? code) => code is "18" or "19" or "20" or "21" or "22";

    /// <summary>Whether <paramref name="code"/> means the app is being rate limited (2): back off.</summary>
    /// <param name="code">JD's gateway code.</param>
    /// <returns><c>true</c> for a rate limit.</returns>
    public static bool IsRateLimit(string? code) => code is CallLimited;

    /// <summary>An English description of a gateway code, or <c>null</c> when the code is not in JD's table.</summary>
    /// <param name="code">JD's gateway code.</param>
    /// <returns>The description, or <c>null</c>.</returns>
    public static string? Describe(string? code) =>
        code is not null && Descriptions.TryGetValue(code, out var description) ? description : null;
}
