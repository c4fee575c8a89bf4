using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>The payload of <c>jingdong.getThirdTrace</c>: <c>{"code":"0","result":{success, errorCode, message, result:[WayBillDto]}}</c>.</summary>
internal sealed class ThirdTracePayload : IJdBusinessOutcome
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("result")]
    [JsonConverter(typeof(JdObjectConverter<ThirdTraceResult>))]
    public ThirdTraceResult? Result { get; set; }

    public JdBusinessError? GetBusinessError() => Result switch
    {
        null or { Success: true } => null,
        { } failed => new JdBusinessError(string.IsNullOrEmpty(failed.ErrorCode) ? null : failed.ErrorCode, failed.Message),
    };
}
