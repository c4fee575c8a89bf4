using System.Text.Json.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>One node of a parcel's trace.</summary>
public sealed class TraceEvent
{
    /// <summary>The node's title (<c>opeTitle</c>, for example 揽收 or 签收).</summary>
    [JsonPropertyName("opeTitle")]
    public string? Title { get; init; }

    /// <summary>The node's description (<c>opeRemark</c>).</summary>
    [JsonPropertyName("opeRemark")]
    public string? Remark { get; init; }

    /// <summary>Who recorded the node (<c>opeName</c>).</summary>
    [JsonPropertyName("opeName")]
    public string? OperatorName { get; init; }

    /// <summary>When it happened (<c>opeTime</c>, Beijing time).</summary>
    [JsonPropertyName("opeTime")]
    public DateTimeOffset? Time { get; init; }

    /// <summary>The waybill (<c>waybillCode</c>), when JD repeats it on the node.</summary>
    [JsonPropertyName("waybillCode")]
    public string? WaybillCode { get; init; }

    /// <summary>The courier (<c>courier</c>).</summary>
    [JsonPropertyName("courier")]
    public string? Courier { get; init; }

    /// <summary>The courier's phone, masked by JD (<c>courierTel</c>).</summary>
    [JsonPropertyName("courierTel")]
    public string? CourierPhone { get; init; }

    /// <summary>
    /// Whether this node records the parcel being signed for: its title is exactly 签收, or its remark contains
    /// 已签收 or 签收人 — unless the remark says the parcel was refused (拒收, 拒签).
    /// </summary>
    [JsonIgnore]
    public bool IsSignedFor
    {
        get
        {
            var remark = Remark ?? string.Empty;
            if (remark.Contains("拒收", StringComparison.Ordinal) || remark.Contains("拒签", StringComparison.Ordinal))
            {
                return false;
            }

            return string.Equals(Title?.Trim(), "签收", StringComparison.Ordinal)
                || remark.Contains("已签收", StringComparison.Ordinal)
                || remark.Contains("签收人", StringComparison.Ordinal);
        }
    }
}
