using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The <c>result</c> of <c>jingdong.asc.freight.view</c>.</summary>
public sealed class ReturnFreightResult : AscResult
{
    /// <summary>The data JD returned.</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdObjectConverter<ReturnFreight>))]
    public ReturnFreight? Data { get; init; }
}
