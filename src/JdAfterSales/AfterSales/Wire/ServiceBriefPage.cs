using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A page of service orders (<c>pageResult</c>).</summary>
internal sealed class ServiceBriefPage : AscPageResult, IAscPage<ServiceBrief>
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<ServiceBrief>))]
    public IReadOnlyList<ServiceBrief> Data { get; set; } = [];
}
