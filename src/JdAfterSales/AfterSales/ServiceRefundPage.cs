using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A page of after-sales refunds (<c>pageResult</c>).</summary>
public sealed class ServiceRefundPage : AscPageResult
{
    /// <summary>The items on this page.</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<ServiceRefund>))]
    public IReadOnlyList<ServiceRefund> Data { get; init; } = [];
}
