using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A page of service orders (<c>pageResult</c>).</summary>
public sealed class ServiceBriefPage : AscPageResult
{
    /// <summary>The items on this page.</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<ServiceBrief>))]
    public IReadOnlyList<ServiceBrief> Data { get; init; } = [];
}
