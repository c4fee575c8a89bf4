using System.Text.Json;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.audit.delivery</c>: approve, and the customer brings the goods in person.</summary>
public sealed record ApproveForCustomerDeliveryRequest : AscApprovalRequest
{
    /// <summary><c>jingdong.asc.audit.delivery</c>.</summary>
    public override string Method => "jingdong.asc.audit.delivery";

    private protected override void WriteReturnRoute(Utf8JsonWriter writer)
    {
        // JD takes no return address type here: the customer comes to the return address.
    }
}
