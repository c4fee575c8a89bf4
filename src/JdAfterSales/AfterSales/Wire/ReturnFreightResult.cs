using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The <c>result</c> of <c>jingdong.asc.freight.view</c>.</summary>
internal sealed class ReturnFreightResult : AscResult
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdObjectConverter<ReturnFreight>))]
    public ReturnFreight? Data { get; set; }
}
