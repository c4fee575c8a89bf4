using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Orders;

/// <summary>
/// The <c>apiResult</c> object of <c>jingdong.pop.order.search</c> and <c>.get</c>: <c>success</c> decides, the
/// codes say why it failed (camelCase here; <c>modifyVenderRemark</c> answers in snake_case, see
/// <see cref="VenderRemarkResult"/>).
/// </summary>
internal sealed class OrderApiResult
{
    [JsonPropertyName("success")]
    public bool? Success { get; set; }

    [JsonPropertyName("englishErrCode")]
    public string? EnglishError { get; set; }

    [JsonPropertyName("chineseErrCode")]
    public string? ChineseError { get; set; }

    [JsonPropertyName("numberCode")]
    public long? NumberCode { get; set; }

    /// <summary>The failure JD reported, or <c>null</c>; a missing <c>apiResult</c> is left to the result step.</summary>
    internal static JdBusinessError? ErrorOf(OrderApiResult? result) => result switch
    {
        null or { Success: true } => null,
        { } failed => new JdBusinessError(
            failed.NumberCode?.ToString(CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(failed.ChineseError) ? failed.EnglishError : failed.ChineseError),
    };
}
