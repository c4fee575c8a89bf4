using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A page of service-order log entries (<c>pageResult</c>).</summary>
internal sealed class ServiceLogPage : AscPageResult, IAscPage<ServiceLog>
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<ServiceLog>))]
    public IReadOnlyList<ServiceLog> Data { get; set; } = [];
}
