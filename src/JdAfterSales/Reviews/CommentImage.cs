using System.Text.Json.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>A picture attached to a comment (<c>images</c>).</summary>
public sealed class CommentImage
{
    /// <summary>The image id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; init; }

    /// <summary>The image URL (<c>imgUrl</c>).</summary>
    [JsonPropertyName("imgUrl")]
    public string? Url { get; init; }

    /// <summary>The image title (<c>imgTitle</c>).</summary>
    [JsonPropertyName("imgTitle")]
    public string? Title { get; init; }
}
