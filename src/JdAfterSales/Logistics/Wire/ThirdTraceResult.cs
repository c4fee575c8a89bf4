using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>The <c>result</c> object of <c>jingdong.getThirdTrace</c> (JD's <c>Result</c>): one waybill per parcel.</summary>
internal sealed class ThirdTraceResult
{
    [JsonPropertyName("success")]
    public bool? Success { get; set; }

    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("result")]
    [JsonConverter(typeof(JdListConverter<ThirdWaybill>))]
    public IReadOnlyList<ThirdWaybill> Waybills { get; set; } = [];
}
