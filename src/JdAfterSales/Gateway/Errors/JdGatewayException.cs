namespace JdAfterSales;

/// <summary>The gateway refused the call with an <c>error_response</c> (JD's gateway error codes).</summary>
public class JdGatewayException : JdException
{
    /// <summary>Creates a gateway error.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="code">JD's gateway code.</param>
    public JdGatewayException(string message, string code)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Creates a gateway error with a generic message.</summary>
    public JdGatewayException()
        : this("The JD gateway refused the call.", string.Empty)
    {
    }

    /// <summary>Creates a gateway error.</summary>
    /// <param name="message">An English description.</param>
    public JdGatewayException(string message)
        : this(message, string.Empty)
    {
    }

    /// <summary>Creates a gateway error with its cause.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="innerException">The underlying failure.</param>
    public JdGatewayException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Code = string.Empty;
    }

    /// <summary>JD's gateway code, for example <c>19</c> (invalid access token) or <c>66</c> (backend unavailable).</summary>
    public string Code { get; }

    /// <summary>JD's Chinese description (<c>zh_desc</c>).</summary>
    public string? ChineseDescription { get; internal set; }

    /// <summary>JD's English description (<c>en_desc</c>), when it sent one.</summary>
    public string? EnglishDescription { get; internal set; }

    /// <summary>The HTTP status the error came with (JD normally answers errors with 200).</summary>
    public int? HttpStatusCode { get; internal set; }

    /// <summary>Whether the same call may succeed if sent again later (codes 1, 23, 43, 65, 66, 67, 69 and 2).</summary>
    public bool IsRetryable => Gateway.JdGatewayErrorCodes.IsRetryable(Code);
}
