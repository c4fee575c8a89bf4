using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.send</c> (<see cref="JosMethods.AscAuditSend"/>): approve, and the customer
/// ships the goods back. Sent by <see cref="AfterSalesClient.ApproveForReturnShippingAsync"/>.
/// </summary>
public sealed record ApproveForReturnShippingRequest : AscApprovalRequest
{
    /// <summary>JD's return address type (<c>returnAddressType</c>).</summary>
    [JsonPropertyName("returnAddressType")]
    public required int ReturnAddressType { get; init; }

    private protected override string JosMethod => JosMethods.AscAuditSend;

    private protected override void ValidateReturnRoute()
    {
    }
}
