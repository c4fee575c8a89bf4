namespace JdAfterSales;

/// <summary>
/// The service several instances coordinate through (a shared token store's refresh lease, a shared rate limit,
/// work-item leases — for example Redis in <c>JdAfterSales.Redis</c>) could not be reached or did not answer in
/// time. Nothing was decided: the token provider then refreshes under its process-local lock, a shared rate limiter
/// falls back to its local limit, and work that needs a lease must pause rather than risk being done twice.
/// </summary>
public class JdCoordinationException : JdException
{
    /// <summary>Creates the exception.</summary>
    public JdCoordinationException()
        : base("The shared coordination service could not be reached.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be done; never a token or a secret.</param>
    public JdCoordinationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be done; never a token or a secret.</param>
    /// <param name="innerException">The client library's error.</param>
    public JdCoordinationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
