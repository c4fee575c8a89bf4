using System.Text.Json.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>One node of <c>jingdong.getThirdTrace</c>'s <c>traces</c>.</summary>
public sealed class ThirdPartyTraceNode
{
    /// <summary>The step's title (<c>opeTitle</c>).</summary>
    [JsonPropertyName("opeTitle")]
    public string? Title { get; init; }

    /// <summary>The description (<c>opeRemark</c>).</summary>
    [JsonPropertyName("opeRemark")]
    public string? Remark { get; init; }

    /// <summary>When, Beijing time (<c>opeTime</c>).</summary>
    [JsonPropertyName("opeTime")]
    public DateTimeOffset? Time { get; init; }

    /// <summary>Who handled it (<c>opeName</c>).</summary>
    [JsonPropertyName("opeName")]
    public string? OperatorName { get; init; }
}
