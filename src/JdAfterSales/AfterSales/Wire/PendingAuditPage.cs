using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A page of applications waiting for audit (<c>pageResult</c>).</summary>
internal sealed class PendingAuditPage : AscPageResult, IAscPage<PendingAudit>
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<PendingAudit>))]
    public IReadOnlyList<PendingAudit> Data { get; set; } = [];
}
