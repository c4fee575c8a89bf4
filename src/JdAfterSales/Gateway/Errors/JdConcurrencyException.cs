using JdAfterSales.Gateway;

namespace JdAfterSales;

/// <summary>
/// An after-sales write was refused because its <c>sysVersion</c> is stale: the service order changed since it
/// was read. Read it again, decide again, then write with the new version. Never re-sent automatically.
/// </summary>
public class JdConcurrencyException : JdBusinessException
{
    /// <summary>Creates a concurrency error.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="error">What JD reported.</param>
    /// <param name="serviceId">The service order the write was for, when known.</param>
    public JdConcurrencyException(string message, JdBusinessError error, long? serviceId)
        : base(message, error)
    {
        ServiceId = serviceId;
    }

    /// <summary>Creates a concurrency error with a generic message.</summary>
    public JdConcurrencyException()
        : base("The service order changed since it was read.")
    {
    }

    /// <summary>Creates a concurrency error.</summary>
    /// <param name="message">An English description.</param>
    public JdConcurrencyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates a concurrency error with its cause.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="innerException">The underlying failure.</param>
    public JdConcurrencyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The service order whose version was stale, when known.</summary>
    public long? ServiceId { get; }
}
