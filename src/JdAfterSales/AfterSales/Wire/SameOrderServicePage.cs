using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A page of <c>jingdong.asc.sameorder.list</c> (<c>pageResult</c>).</summary>
internal sealed class SameOrderServicePage : AscPageResult, IAscPage<SameOrderService>
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<SameOrderService>))]
    public IReadOnlyList<SameOrderService> Data { get; set; } = [];
}
