namespace JdAfterSales.Diagnostics;

/// <summary>Where in the flow a call failed, as reported in logs, spans and metrics.</summary>
internal static class JdErrorLayer
{
    public static (string Layer, string Code) Of(Exception exception) => exception switch
    {
        JdValidationException => ("validation", "invalid"),
        JdGatewayException gateway => ("gateway", gateway.Code),
        JdConcurrencyException concurrency => ("business", concurrency.Code ?? "stale_version"),
        JdBusinessException business => ("business", business.Code ?? "unknown"),
        JdTimeoutException => ("transport", "timeout"),
        JdTransportException transport => ("transport", transport.HttpStatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? transport.Delivery.ToString().ToLowerInvariant()),
        JdContractException => ("contract", "unreadable"),
        OperationCanceledException => ("cancelled", "cancelled"),
        _ => ("client", exception.GetType().Name),
    };
}
