using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The <c>result</c> of <c>jingdong.asc.receive.view</c>.</summary>
public sealed class ReceiptDetailResult : AscResult
{
    /// <summary>The data JD returned.</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdObjectConverter<ReceiptDetail>))]
    public ReceiptDetail? Data { get; init; }
}
