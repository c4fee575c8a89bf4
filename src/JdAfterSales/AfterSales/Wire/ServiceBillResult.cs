using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The <c>result</c> of <c>jingdong.asc.query.view</c>.</summary>
internal sealed class ServiceBillResult : AscResult
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdObjectConverter<ServiceBill>))]
    public ServiceBill? Data { get; set; }
}
