using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary><c>result.data</c> of <c>jingdong.getThirdTrace</c>.</summary>
public sealed class ThirdPartyTraceData
{
    /// <summary>The order (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    /// <summary>The waybill (<c>waybillCode</c>).</summary>
    [JsonPropertyName("waybillCode")]
    public string? WaybillCode { get; init; }

    /// <summary>The carrier (<c>carrierName</c>).</summary>
    [JsonPropertyName("carrierName")]
    public string? CarrierName { get; init; }

    /// <summary>The nodes (<c>traces</c>).</summary>
    [JsonPropertyName("traces")]
    [JsonConverter(typeof(JdListConverter<ThirdPartyTraceNode>))]
    public IReadOnlyList<ThirdPartyTraceNode> Traces { get; init; } = [];
}
