using System.Text.Json.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>One node of a JD Logistics trace; <c>opeTime</c> comes as <c>yyyy/MM/dd HH:mm:ss</c>.</summary>
internal sealed class LdopTraceNode
{
    [JsonPropertyName("opeTitle")]
    public string? Title { get; set; }

    [JsonPropertyName("opeRemark")]
    public string? Remark { get; set; }

    [JsonPropertyName("opeName")]
    public string? OperatorName { get; set; }

    [JsonPropertyName("opeTime")]
    public DateTimeOffset? Time { get; set; }

    [JsonPropertyName("waybillCode")]
    public string? WaybillCode { get; set; }

    [JsonPropertyName("courier")]
    public string? Courier { get; set; }

    [JsonPropertyName("courierTel")]
    public string? CourierTel { get; set; }
}
