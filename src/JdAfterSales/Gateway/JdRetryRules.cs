namespace JdAfterSales.Gateway;

/// <summary>Which failures a new attempt may fix, and whether a write may be sent again after them.</summary>
internal static class JdRetryRules
{
    public static bool ShouldRetry(Exception exception, JdOperationKind operationKind) => operationKind == JdOperationKind.Write
        ? exception is JdTransportException { Delivery: JdDeliveryState.NotSent }
        : IsTransient(exception);

    /// <summary>Whether the failure is transient at all (used for reads; and to log a write that is not re-sent).</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        JdTimeoutException => true,
        JdTransportException { HttpStatusCode: null } => true,
        JdTransportException { HttpStatusCode: 408 or 429 or >= 500 } => true,
        JdGatewayException gateway => gateway.IsRetryable,
        _ => false,
    };
}
