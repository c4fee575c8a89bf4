using JdAfterSales.Gateway;

namespace JdAfterSales;

/// <summary>
/// JD accepted the call but reported a business failure inside the successful envelope (<c>success: false</c>,
/// <c>apiResult.success: false</c>, a failing <c>resultCode</c>).
/// </summary>
public class JdBusinessException : JdException
{
    /// <summary>Creates a business error.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="error">What JD reported.</param>
    public JdBusinessException(string message, JdBusinessError error)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Code = error.Code;
        JdMessage = error.Message;
        Kind = error.Kind;
    }

    /// <summary>Creates a business error with a generic message.</summary>
    public JdBusinessException()
        : base("JD reported a business failure.")
    {
    }

    /// <summary>Creates a business error.</summary>
    /// <param name="message">An English description.</param>
    public JdBusinessException(string message)
        : base(message)
    {
    }

    /// <summary>Creates a business error with its cause.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="innerException">The underlying failure.</param>
    public JdBusinessException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>JD's business code, for example <c>ASC_SYS_VERSION_ERROR</c> or <c>E_STATUS</c>.</summary>
    public string? Code { get; }

    /// <summary>JD's own message, usually Chinese.</summary>
    public string? JdMessage { get; }

    /// <summary>What the caller can do about it.</summary>
    public JdBusinessErrorKind Kind { get; }
}
