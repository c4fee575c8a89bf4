using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary><c>result</c> of <c>jingdong.getThirdTrace</c>.</summary>
public sealed class ThirdPartyTraceResult
{
    /// <summary>Whether JD found the trace.</summary>
    [JsonPropertyName("success")]
    public bool Success { get; init; }

    /// <summary>JD's code.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>JD's message.</summary>
    [JsonPropertyName("msg")]
    public string? Message { get; init; }

    /// <summary>The trace.</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdObjectConverter<ThirdPartyTraceData>))]
    public ThirdPartyTraceData? Data { get; init; }
}
