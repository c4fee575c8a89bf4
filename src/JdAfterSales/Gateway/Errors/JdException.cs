namespace JdAfterSales;

/// <summary>
/// The base of every error the client raises. Messages are English and never contain the app secret, an access
/// token or a signature; JD's own (often Chinese) text is kept in properties of the subtypes.
/// </summary>
public class JdException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">An English description.</param>
    public JdException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="innerException">The underlying failure.</param>
    public JdException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with a generic message.</summary>
    public JdException()
        : base("A JD call failed.")
    {
    }

    /// <summary>The JOS method that was called, when the error belongs to a call.</summary>
    public string? Method { get; internal set; }

    /// <summary>JD's request id for the call, when JD sent one.</summary>
    public string? RequestId { get; internal set; }
}
