using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The <c>result</c> of <c>jingdong.asc.audit.detail</c>.</summary>
internal sealed class PendingAuditDetailResult : AscResult
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdObjectConverter<PendingAuditDetail>))]
    public PendingAuditDetail? Data { get; set; }
}
