using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A page of service orders waiting to be processed (<c>pageResult</c>, JD's <c>WaitPageResult</c>).</summary>
internal sealed class PendingProcessingPage : AscPageResult, IAscPage<PendingProcessing>
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<PendingProcessing>))]
    public IReadOnlyList<PendingProcessing> Data { get; set; } = [];
}
