using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A page of <c>jingdong.asc.track.list</c> (<c>pageResult</c>).</summary>
internal sealed class ServiceNotePage : AscPageResult, IAscPage<ServiceNote>
{
    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<ServiceNote>))]
    public IReadOnlyList<ServiceNote> Data { get; set; } = [];
}
