using System.Text;
using System.Text.Json.Serialization;
using JdAfterSales.Diagnostics;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.receive.delivery.remind</c> (<see cref="JosMethods.AscReceiveDeliveryRemind"/>):
/// remind the customer to ship the goods back (提醒发货), to the after-sales address given. Sent by
/// <see cref="AfterSalesClient.RemindCustomerToShipAsync"/>.
/// </summary>
public sealed record RemindCustomerToShipRequest : AscServiceWriteRequest
{
    /// <summary>The customer's mobile the reminder goes to (<c>customerMobile</c>).</summary>
    [JsonPropertyName("customerMobile")]
    public required string CustomerMobile { get; init; }

    /// <summary>Where the goods go, as the customer reads it (<c>afsAddress</c>).</summary>
    [JsonPropertyName("afsAddress")]
    public required string AfterSalesAddress { get; init; }

    private protected override string JosMethod => JosMethods.AscReceiveDeliveryRemind;

    /// <summary>Prints the members with the mobile masked, so a log line or a debugger never shows the whole number.</summary>
    /// <param name="builder">Where the members go.</param>
    /// <returns><c>true</c>: members were printed.</returns>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", CustomerMobile = ").Append(JdPhoneMask.Mask(CustomerMobile))
            .Append(", AfterSalesAddress = ").Append(AfterSalesAddress);
        return true;
    }

    private protected override void ValidateWrite()
    {
        JdRequestRules.RequireText(CustomerMobile, "customerMobile", "the customer's mobile the reminder goes to");
        JdRequestRules.RequireText(AfterSalesAddress, "afsAddress", "where the goods go");
    }
}
