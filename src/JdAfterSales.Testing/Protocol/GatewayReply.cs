namespace JdAfterSales.Testing;

/// <summary>What the gateway answers to one HTTP request, before the hosting layer puts it on the wire.</summary>
internal sealed class GatewayReply
{
    public const string JsonContentType = "application/json;charset=utf-8";

    public int StatusCode { get; init; } = 200;

    public string ContentType { get; init; } = JsonContentType;

    public byte[] Body { get; init; } = [];

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What to do with the connection instead of answering normally.</summary>
    public ConnectionFault ConnectionFault { get; set; }

    /// <summary>The gateway (or OAuth) error code answered, for the journal.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The business failure code inside a success envelope, for the journal.</summary>
    public string? BusinessErrorCode { get; init; }
}
