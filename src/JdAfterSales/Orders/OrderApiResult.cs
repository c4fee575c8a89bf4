using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Orders;

/// <summary>JD's business result of an order call (<c>apiResult</c>): <c>success: false</c> is a failure even with HTTP 200.</summary>
public sealed class OrderApiResult
{
    /// <summary>Whether the call succeeded.</summary>
    [JsonPropertyName("success")]
    public bool Success { get; init; }

    /// <summary>JD's English error text (<c>englishErrCode</c>).</summary>
    [JsonPropertyName("englishErrCode")]
    public string? EnglishError { get; init; }

    /// <summary>JD's Chinese error text (<c>chineseErrCode</c>).</summary>
    [JsonPropertyName("chineseErrCode")]
    public string? ChineseError { get; init; }

    /// <summary>JD's numeric error code (<c>numberCode</c>).</summary>
    [JsonPropertyName("numberCode")]
    public long? NumberCode { get; init; }

    internal static JdBusinessError? ErrorOf(OrderApiResult? result, string missing) => result switch
    {
        null => new JdBusinessError(null, missing),
        { Success: true } => null,
        { } failed => new JdBusinessError(
            failed.NumberCode?.ToString(CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(failed.ChineseError) ? failed.EnglishError : failed.ChineseError),
    };
}
