using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>A third-party carrier's waybill (JD's <c>WayBillDto</c>).</summary>
internal sealed class ThirdWaybill
{
    [JsonPropertyName("shipId")]
    public string? ShipId { get; set; }

    [JsonPropertyName("thirdId")]
    public long? CarrierId { get; set; }

    [JsonPropertyName("thirdName")]
    public string? CarrierName { get; set; }

    [JsonPropertyName("status")]
    public int? Status { get; set; }

    [JsonPropertyName("createDate")]
    public DateTimeOffset? CreateDate { get; set; }

    [JsonPropertyName("updateDate")]
    public DateTimeOffset? UpdateDate { get; set; }

    [JsonPropertyName("listTrace")]
    [JsonConverter(typeof(JdListConverter<ThirdTraceDetail>))]
    public IReadOnlyList<ThirdTraceDetail> Traces { get; set; } = [];
}
