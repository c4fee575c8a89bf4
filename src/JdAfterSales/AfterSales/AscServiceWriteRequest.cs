using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// A write on one service order, named by its id and its order's id. JD answers with its <c>result</c> success flag.
/// Never re-sent automatically. Most writes also carry the version read (<see cref="AscWriteRequest"/>); those JD
/// takes without one (receipt, the reminder to ship, the return waybill, the processing cancellations) derive from
/// this type directly.
/// </summary>
public abstract record AscServiceWriteRequest : AscRequest<JdWriteResult>
{
    private static readonly JdResponseContract<AscResultPayload<AscResult>, JdWriteResult> Contract = AscContracts.Write();

    private protected AscServiceWriteRequest()
    {
    }

    /// <summary>The service order (<c>serviceId</c>).</summary>
    [JsonPropertyName("serviceId")]
    public required long ServiceId { get; init; }

    /// <summary>The order the service order is for (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public required long OrderId { get; init; }

    internal override JdResponseContract<JdWriteResult> Response => Contract;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Write;

    private protected sealed override void ValidateParameters()
    {
        JdRequestRules.RequirePositive(ServiceId, "serviceId");
        JdRequestRules.RequirePositive(OrderId, "orderId");
        ValidateWrite();
    }

    /// <summary>Refuses the write's own parameters; nothing beyond the ids unless overridden.</summary>
    private protected virtual void ValidateWrite()
    {
    }
}
