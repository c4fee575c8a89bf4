using System.Text.Json;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.audit.send</c>: approve, and the customer ships the goods back.</summary>
public sealed record ApproveForReturnShippingRequest : AscApprovalRequest
{
    /// <summary>JD's return address type (<c>returnAddressType</c>).</summary>
    public required int ReturnAddressType { get; init; }

    /// <summary><c>jingdong.asc.audit.send</c>.</summary>
    public override string Method => "jingdong.asc.audit.send";

    private protected override void WriteReturnRoute(Utf8JsonWriter writer) => writer.WriteNumber("returnAddressType", ReturnAddressType);
}
