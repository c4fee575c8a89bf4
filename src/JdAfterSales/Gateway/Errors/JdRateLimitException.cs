namespace JdAfterSales;

/// <summary>JD refused the call because the app called too often (gateway code 2, "App Call Limited"): back off.</summary>
public class JdRateLimitException : JdGatewayException
{
    /// <summary>Creates a rate-limit error.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="code">JD's code (2).</param>
    public JdRateLimitException(string message, string code)
        : base(message, code)
    {
    }

    /// <summary>Creates a rate-limit error with a generic message.</summary>
    public JdRateLimitException()
        : base("JD limited the app's calls.", "2")
    {
    }

    /// <summary>Creates a rate-limit error.</summary>
    /// <param name="message">An English description.</param>
    public JdRateLimitException(string message)
        : base(message, "2")
    {
    }

    /// <summary>Creates a rate-limit error with its cause.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="innerException">The underlying failure.</param>
    public JdRateLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
