namespace JdAfterSales;

/// <summary>
/// The answer could not be read as JD's protocol or as the expected model: not JSON, an HTML page, empty,
/// truncated, an envelope of the wrong shape, or larger than the configured cap.
/// </summary>
public class JdContractException : JdException
{
    /// <summary>Creates a contract error.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="bodyExcerpt">A sanitized, size-capped excerpt of the body.</param>
    /// <param name="innerException">The underlying parse failure.</param>
    public JdContractException(string message, string? bodyExcerpt, Exception? innerException)
        : base(message, innerException)
    {
        BodyExcerpt = bodyExcerpt;
    }

    /// <summary>Creates a contract error with a generic message.</summary>
    public JdContractException()
        : base("JD's answer could not be read.")
    {
    }

    /// <summary>Creates a contract error.</summary>
    /// <param name="message">An English description.</param>
    public JdContractException(string message)
        : base(message)
    {
    }

    /// <summary>Creates a contract error with its cause.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="innerException">The underlying failure.</param>
    public JdContractException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Whether the request reached JD: <see cref="JdDeliveryState.Delivered"/> when JD answered (a write answered
    /// without its result object may have been applied), <see cref="JdDeliveryState.Unknown"/> when not known.
    /// </summary>
    public JdDeliveryState Delivery { get; internal set; }

    /// <summary>A sanitized excerpt of the body (at most a few hundred characters, secrets masked).</summary>
    public string? BodyExcerpt { get; }

    /// <summary>The HTTP status code of the response.</summary>
    public int? HttpStatusCode { get; internal set; }
}
