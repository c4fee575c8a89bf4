using System.Text.Json.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>One node of <c>jingdong.ldop.receive.trace.get</c>'s <c>querytrace_result.data</c>.</summary>
public sealed class LdopTraceNode
{
    /// <summary>The step's title (<c>opeTitle</c>).</summary>
    [JsonPropertyName("opeTitle")]
    public string? Title { get; init; }

    /// <summary>The description (<c>opeRemark</c>).</summary>
    [JsonPropertyName("opeRemark")]
    public string? Remark { get; init; }

    /// <summary>Who handled it (<c>opeName</c>).</summary>
    [JsonPropertyName("opeName")]
    public string? OperatorName { get; init; }

    /// <summary>When, sent as <c>yyyy/MM/dd HH:mm:ss</c> Beijing time (<c>opeTime</c>).</summary>
    [JsonPropertyName("opeTime")]
    public DateTimeOffset? Time { get; init; }

    /// <summary>The waybill (<c>waybillCode</c>).</summary>
    [JsonPropertyName("waybillCode")]
    public string? WaybillCode { get; init; }

    /// <summary>The courier (<c>courier</c>).</summary>
    [JsonPropertyName("courier")]
    public string? Courier { get; init; }

    /// <summary>The courier's phone, usually masked (<c>courierTel</c>).</summary>
    [JsonPropertyName("courierTel")]
    public string? CourierTel { get; init; }
}
