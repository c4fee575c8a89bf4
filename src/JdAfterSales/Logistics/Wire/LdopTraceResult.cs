using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>The <c>querytrace_result</c> object: code 100 on success, JD's <c>messsage</c> (sic) and the nodes.</summary>
internal sealed class LdopTraceResult
{
    [JsonPropertyName("code")]
    public int? Code { get; set; }

    [JsonPropertyName("messsage")]
    public string? Message { get; set; }

    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<LdopTraceNode>))]
    public IReadOnlyList<LdopTraceNode> Data { get; set; } = [];
}
