using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The <c>result</c> of <c>jingdong.asc.query.view</c>.</summary>
public sealed class ServiceBillResult : AscResult
{
    /// <summary>The data JD returned.</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdObjectConverter<ServiceBill>))]
    public ServiceBill? Data { get; init; }
}
