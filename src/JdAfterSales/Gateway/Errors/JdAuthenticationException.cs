namespace JdAfterSales;

/// <summary>
/// JD did not accept the app's or the shop's credentials: gateway codes 18–22 (missing or invalid access token or
/// app key, not a merchant account), or an OAuth failure. Refresh the access token, or have the shop authorize the
/// app again.
/// </summary>
public class JdAuthenticationException : JdGatewayException
{
    /// <summary>Creates an authentication error.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="code">JD's code.</param>
    public JdAuthenticationException(string message, string code)
        : base(message, code)
    {
    }

    /// <summary>Creates an authentication error with a generic message.</summary>
    public JdAuthenticationException()
        : base("JD did not accept the credentials.", string.Empty)
    {
    }

    /// <summary>Creates an authentication error.</summary>
    /// <param name="message">An English description.</param>
    public JdAuthenticationException(string message)
        : base(message, string.Empty)
    {
    }

    /// <summary>Creates an authentication error with its cause.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="innerException">The underlying failure.</param>
    public JdAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether a new access token may fix it (codes 18 and 19), rather than configuration or re-authorization.</summary>
    public bool CanRefreshToken => Code is "18" or "19";
}
