using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary><c>querytrace_result</c> of <c>jingdong.ldop.receive.trace.get</c>; JD Logistics reports success as code 100.</summary>
public sealed class LdopTraceResult
{
    /// <summary>JD Logistics' result code; 100 is success.</summary>
    [JsonPropertyName("code")]
    public int? Code { get; init; }

    /// <summary>The result message (JD spells the wire name <c>messsage</c>).</summary>
    [JsonPropertyName("messsage")]
    public string? Message { get; init; }

    /// <summary>The nodes, in the order JD sent them.</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<LdopTraceNode>))]
    public IReadOnlyList<LdopTraceNode> Data { get; init; } = [];
}
