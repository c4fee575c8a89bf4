using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>The payload of <c>jingdong.pop.order.modifyVenderRemark</c>: <c>{"code":"0","modifyvenderremark_result":{…}}</c>.</summary>
internal sealed class ModifyVenderRemarkPayload : IJdBusinessOutcome
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("modifyvenderremark_result")]
    [JsonConverter(typeof(JdObjectConverter<VenderRemarkResult>))]
    public VenderRemarkResult? Result { get; set; }

    public JdBusinessError? GetBusinessError() => Result switch
    {
        null or { Success: true } => null,
        { } failed => new JdBusinessError(
            string.IsNullOrEmpty(failed.ErrorCode) ? null : failed.ErrorCode,
            string.IsNullOrEmpty(failed.ChineseError) ? failed.EnglishError : failed.ChineseError),
    };
}
