using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A page of after-sales refunds (<c>pageResult</c>).</summary>
internal sealed class ServiceRefundPage : AscPageResult, IAscPage<ServiceRefund>
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<ServiceRefund>))]
    public IReadOnlyList<ServiceRefund> Data { get; set; } = [];
}
