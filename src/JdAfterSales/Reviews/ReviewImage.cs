using System.Text.Json.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>An image attached to a review (<c>images</c> item).</summary>
public sealed class ReviewImage
{
    /// <summary>The image id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; init; }

    /// <summary>The image's address (<c>imgUrl</c>).</summary>
    [JsonPropertyName("imgUrl")]
    public string? Url { get; init; }

    /// <summary>The image's title (<c>imgTitle</c>).</summary>
    [JsonPropertyName("imgTitle")]
    public string? Title { get; init; }
}
