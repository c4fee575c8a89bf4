using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A page of applications waiting for audit (<c>pageResult</c>).</summary>
public sealed class PendingAuditPage : AscPageResult
{
    /// <summary>The items on this page.</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<PendingAudit>))]
    public IReadOnlyList<PendingAudit> Data { get; init; } = [];
}
