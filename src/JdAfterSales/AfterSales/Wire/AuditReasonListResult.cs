using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The <c>result</c> of <c>jingdong.asc.audit.reason.list</c>.</summary>
internal sealed class AuditReasonListResult : AscResult
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<AuditReason>))]
    public IReadOnlyList<AuditReason> Data { get; set; } = [];
}
