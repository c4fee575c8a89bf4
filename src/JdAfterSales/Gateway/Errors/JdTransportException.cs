namespace JdAfterSales;

/// <summary>
/// The HTTP exchange with the gateway failed: no connection, a dropped connection, an HTTP error status without a
/// JD envelope. <see cref="Delivery"/> tells whether the request may have reached JD.
/// </summary>
public class JdTransportException : JdException
{
    /// <summary>Creates a transport error.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="delivery">Whether the request may have reached JD.</param>
    /// <param name="innerException">The underlying failure.</param>
    public JdTransportException(string message, JdDeliveryState delivery, Exception? innerException)
        : base(message, innerException)
    {
        Delivery = delivery;
    }

    /// <summary>Creates a transport error with a generic message.</summary>
    public JdTransportException()
        : base("The HTTP exchange with JD failed.")
    {
    }

    /// <summary>Creates a transport error.</summary>
    /// <param name="message">An English description.</param>
    public JdTransportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates a transport error with its cause.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="innerException">The underlying failure.</param>
    public JdTransportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether the request may have reached JD.</summary>
    public JdDeliveryState Delivery { get; }

    /// <summary>The HTTP status code, when a response arrived.</summary>
    public int? HttpStatusCode { get; internal set; }

    /// <summary>The delay the server asked for in <c>Retry-After</c>, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; internal set; }
}
