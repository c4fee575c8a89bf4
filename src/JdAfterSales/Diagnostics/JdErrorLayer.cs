using JdAfterSales.Gateway;

namespace JdAfterSales.Diagnostics;

/// <summary>Where in the flow a call failed, as reported in logs, spans and metrics.</summary>
internal static class JdErrorLayer
{
    /// <summary>The metric code of a gateway code outside JD's table, and of a business failure with no special kind.</summary>
    public const string OtherCode = "other";

    /// <summary>Codes longer than this are cut before they reach a log line or a span.</summary>
    private const int MaxCodeLength = 64;

    /// <summary>
    /// The layer and a bounded code, free of wire text: JD's gateway codes from its published table, any other gateway
    /// code as <see cref="OtherCode"/>, business failures by kind. Safe anywhere, metric tags included; for logs and
    /// spans <see cref="Of(Exception, JdRedactor)"/> keeps JD's exact (redacted) code.
    /// </summary>
    public static (string Layer, string Code) Of(Exception exception)
    {
        var labels = Of(exception, JdRedactor.NameBased);
        return (labels.Layer, labels.MetricCode);
    }

    /// <summary>
    /// The layer, the code for logs and spans (JD's code as it came, cut to a sane length and passed through the
    /// redactor: a hostile server may reflect a secret there) and the code for metric tags (bounded, see
    /// <see cref="Of(Exception)"/>: a tag value taken from the wire would grow a metric series per value).
    /// </summary>
    public static JdErrorLabels Of(Exception exception, JdRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        return exception switch
        {
            JdValidationException => new("validation", "invalid", "invalid"),
            JdGatewayException gateway => new("gateway", Safe(gateway.Code, redactor), KnownGatewayCode(gateway.Code)),
            JdConcurrencyException concurrency => new("business", Safe(concurrency.Code, redactor) ?? "stale_version", "stale_version"),
            JdBusinessException business => new("business", Safe(business.Code, redactor) ?? "unknown", BusinessMetricCode(business.Kind)),
            JdTimeoutException => new("transport", "timeout", "timeout"),
            JdTransportException transport => Transport(transport),
            JdContractException => new("contract", "unreadable", "unreadable"),
            OperationCanceledException => new("cancelled", "cancelled", "cancelled"),
            _ => new("client", exception.GetType().Name, exception.GetType().Name),
        };
    }

    private static JdErrorLabels Transport(JdTransportException transport)
    {
        // The status comes from the HTTP stack as a number, and the delivery state from an enum: both bounded.
        var code = transport.HttpStatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ?? transport.Delivery.ToString().ToLowerInvariant();
        return new("transport", code, code);
    }

    private static string KnownGatewayCode(string code) => JdGatewayErrorCodes.Describe(code) is null ? OtherCode : code;

    private static string BusinessMetricCode(JdBusinessErrorKind kind) => kind switch
    {
        JdBusinessErrorKind.StaleVersion => "stale_version",
        JdBusinessErrorKind.AlreadyProcessed => "already_processed",
        _ => OtherCode,
    };

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(code))]
    private static string? Safe(string? code, JdRedactor redactor) =>
        code is null ? null : redactor.Redact(JdRedactor.Shorten(code, MaxCodeLength));
}
