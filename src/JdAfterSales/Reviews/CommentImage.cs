using System.Text.Json.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>A picture attached to a comment (<c>images</c>).</summary>
public sealed class CommentImage
{
    /// <summary>The image id (<c>id</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("id")]
    public long? Id { get; internal set; }

    /// <summary>The image URL (<c>imgUrl</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("imgUrl")]
    public string? Url { get; internal set; }

    /// <summary>The image title (<c>imgTitle</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("imgTitle")]
    public string? Title { get; internal set; }
}
