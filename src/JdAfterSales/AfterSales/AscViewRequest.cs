using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>A read of one service order's details: JD names it by the service order and its order.</summary>
/// <typeparam name="TResult">What the call returns.</typeparam>
public abstract record AscViewRequest<TResult> : AscRequest<TResult>
{
    private protected AscViewRequest()
    {
    }

    /// <summary>The service order (<c>serviceId</c>).</summary>
    [JsonPropertyName("serviceId")]
    public required long ServiceId { get; init; }

    /// <summary>The order the service order is for (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public required long OrderId { get; init; }

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected sealed override void ValidateParameters()
    {
        JdRequestRules.RequirePositive(ServiceId, "serviceId");
        JdRequestRules.RequirePositive(OrderId, "orderId");
    }
}
