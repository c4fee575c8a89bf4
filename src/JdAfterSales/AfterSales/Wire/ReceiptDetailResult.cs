using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The <c>result</c> of <c>jingdong.asc.receive.view</c>.</summary>
internal sealed class ReceiptDetailResult : AscResult
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdObjectConverter<ReceiptDetail>))]
    public ReceiptDetail? Data { get; set; }
}
