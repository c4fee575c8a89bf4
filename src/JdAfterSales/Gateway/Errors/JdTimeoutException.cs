namespace JdAfterSales;

/// <summary>
/// The gateway did not answer within the configured timeout. The request may or may not have reached JD
/// (<see cref="JdTransportException.Delivery"/> is <see cref="JdDeliveryState.Unknown"/>). A cancellation asked for
/// by the caller is never reported as this exception; it surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public class JdTimeoutException : JdTransportException
{
    /// <summary>Creates a timeout error.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="timeout">The timeout that elapsed.</param>
    /// <param name="innerException">The underlying cancellation.</param>
    public JdTimeoutException(string message, TimeSpan timeout, Exception? innerException)
        : base(message, JdDeliveryState.Unknown, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>Creates a timeout error with a generic message.</summary>
    public JdTimeoutException()
        : base("JD did not answer in time.")
    {
    }

    /// <summary>Creates a timeout error.</summary>
    /// <param name="message">An English description.</param>
    public JdTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates a timeout error with its cause.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="innerException">The underlying failure.</param>
    public JdTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The timeout that elapsed.</summary>
    public TimeSpan Timeout { get; }
}
