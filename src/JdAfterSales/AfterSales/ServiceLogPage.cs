using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A page of a service order's history (<c>pageResult</c>).</summary>
public sealed class ServiceLogPage : AscPageResult
{
    /// <summary>The items on this page.</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<ServiceLog>))]
    public IReadOnlyList<ServiceLog> Data { get; init; } = [];
}
