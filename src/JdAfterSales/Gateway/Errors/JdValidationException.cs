namespace JdAfterSales;

/// <summary>
/// A value was refused before anything was sent: a missing option, a page size over JD's limit, an end time
/// before a start time. <see cref="Field"/> names the option or parameter; the message states the rule.
/// </summary>
public class JdValidationException : JdException
{
    /// <summary>Creates a validation error.</summary>
    /// <param name="field">The option or parameter, for example <c>JdClientOptions.AppKey</c> or <c>pageSize</c>.</param>
    /// <param name="rule">The rule it broke, as an English sentence.</param>
    public JdValidationException(string field, string rule)
        : base($"{field}: {rule}")
    {
        Field = field;
        Rule = rule;
    }

    /// <summary>Creates a validation error with a generic message.</summary>
    public JdValidationException()
        : base("A value was refused before sending.")
    {
        Field = string.Empty;
        Rule = string.Empty;
    }

    /// <summary>Creates a validation error with its cause.</summary>
    /// <param name="message">An English description.</param>
    /// <param name="innerException">The underlying failure.</param>
    public JdValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
        Rule = message;
    }

    /// <summary>The option or business parameter that was refused.</summary>
    public string Field { get; }

    /// <summary>The rule it broke.</summary>
    public string Rule { get; }
}
