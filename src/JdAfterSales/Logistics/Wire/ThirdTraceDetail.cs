using System.Text.Json.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>One event of a third-party waybill (JD's <c>TraceDetailDto</c>).</summary>
internal sealed class ThirdTraceDetail
{
    [JsonPropertyName("shipId")]
    public string? ShipId { get; set; }

    [JsonPropertyName("traceDate")]
    public DateTimeOffset? TraceDate { get; set; }

    [JsonPropertyName("processDate")]
    public DateTimeOffset? ProcessDate { get; set; }

    [JsonPropertyName("processInfo")]
    public string? ProcessInfo { get; set; }

    [JsonPropertyName("scanType")]
    public string? ScanType { get; set; }

    [JsonPropertyName("courier")]
    public string? Courier { get; set; }

    [JsonPropertyName("courierTel")]
    public string? CourierTel { get; set; }
}
