using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Tests.Support;

/// <summary>Test models read with the library's converters, the way the area models use them.</summary>
[JsonSourceGenerationOptions(
    Converters =
    [
        typeof(JdNumberConverter<long, JdInt64Format>),
        typeof(JdNullableNumberConverter<long, JdInt64Format>),
        typeof(JdNumberConverter<int, JdInt32Format>),
        typeof(JdNullableNumberConverter<int, JdInt32Format>),
        typeof(JdNumberConverter<decimal, JdDecimalFormat>),
        typeof(JdNullableNumberConverter<decimal, JdDecimalFormat>),
        typeof(JdBooleanConverter),
        typeof(JdNonNullableBooleanConverter),
        typeof(JdDateTimeOffsetConverter),
        typeof(JdNonNullableDateTimeOffsetConverter),
        typeof(JdStringConverter),
    ])]
[JsonSerializable(typeof(ViewPayload))]
[JsonSerializable(typeof(ShapesModel))]
internal sealed partial class TestJsonContext : JsonSerializerContext;

internal sealed class ViewPayload
{
    [JsonPropertyName("result")]
    public ViewResult? Result { get; init; }
}

internal sealed class ViewResult
{
    [JsonPropertyName("data")]
    public ViewData? Data { get; init; }
}

internal sealed class ViewData
{
    [JsonPropertyName("serviceId")]
    public long ServiceId { get; init; }
}

internal sealed class ShapesModel
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("optionalId")]
    public long? OptionalId { get; init; }

    [JsonPropertyName("count")]
    public int Count { get; init; }

    [JsonPropertyName("money")]
    public decimal Money { get; init; }

    [JsonPropertyName("optionalMoney")]
    public decimal? OptionalMoney { get; init; }

    [JsonPropertyName("time")]
    public DateTimeOffset? Time { get; init; }

    [JsonPropertyName("flag")]
    public bool? Flag { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("child")]
    [JsonConverter(typeof(JdObjectConverter<ShapesChild>))]
    public ShapesChild? Child { get; init; }

    [JsonPropertyName("children")]
    [JsonConverter(typeof(JdListConverter<ShapesChild>))]
    public IReadOnlyList<ShapesChild> Children { get; init; } = [];
}

internal sealed class ShapesChild
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }
}
