using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.compensate</c> (<see cref="JosMethods.AscAuditCompensate"/>): approve by
/// sending new items without a return (不退货补发新品), from the given delivery center and warehouse to the customer.
/// JD takes the customer's address flattened into <c>customer*</c> parameters. Sent by
/// <see cref="AfterSalesClient.ApproveForCompensationAsync"/>.
/// </summary>
public sealed record ApproveForCompensationRequest : AscAuditRequest
{
    /// <summary>JD's delivery center that ships (<c>deliveryCenterId</c>).</summary>
    [JsonPropertyName("deliveryCenterId")]
    public required int DeliveryCenterId { get; init; }

    /// <summary>The delivery center's name (<c>deliveryCenterName</c>).</summary>
    [JsonPropertyName("deliveryCenterName")]
    public required string DeliveryCenterName { get; init; }

    /// <summary>JD's warehouse that holds the items (<c>storeId</c>).</summary>
    [JsonPropertyName("storeId")]
    public required int StoreId { get; init; }

    /// <summary>
    /// Where the items go (<c>customerContactName</c>, <c>customerContactTel</c>, <c>customerContactMobile</c> — which
    /// JD requires here —, <c>customerProvince</c>… parameters).
    /// </summary>
    [JsonIgnore]
    public required AscContactAddress CustomerAddress { get; init; }

    /// <summary>The items sent; at least one.</summary>
    [JsonIgnore]
    public required IReadOnlyList<CompensationWare> Wares { get; init; }

    [JsonInclude]
    [JsonPropertyName("customerContactName")]
    internal string? CustomerContactName => CustomerAddress?.ContactName;

    [JsonInclude]
    [JsonPropertyName("customerContactTel")]
    internal string? CustomerContactTel => CustomerAddress?.ContactTel;

    [JsonInclude]
    [JsonPropertyName("customerContactMobile")]
    internal string? CustomerContactMobile => CustomerAddress?.ContactMobile;

    [JsonInclude]
    [JsonPropertyName("customerZipcode")]
    internal string? CustomerZipcode => CustomerAddress?.Zipcode;

    [JsonInclude]
    [JsonPropertyName("customerProvince")]
    internal int? CustomerProvince => CustomerAddress?.Province;

    [JsonInclude]
    [JsonPropertyName("customerCity")]
    internal int? CustomerCity => CustomerAddress?.City;

    [JsonInclude]
    [JsonPropertyName("customerCounty")]
    internal int? CustomerCounty => CustomerAddress?.County;

    [JsonInclude]
    [JsonPropertyName("customerVillage")]
    internal int? CustomerVillage => CustomerAddress?.Village;

    [JsonInclude]
    [JsonPropertyName("customerDetailAddress")]
    internal string? CustomerDetailAddress => CustomerAddress?.DetailAddress;

    [JsonInclude]
    [JsonPropertyName("skuId")]
    internal string? SkuIdsOnWire => AscWareLists.Join(Wares, w => AscWareLists.Text(w.SkuId));

    [JsonInclude]
    [JsonPropertyName("wareName")]
    internal string? WareNamesOnWire => AscWareLists.Join(Wares, w => w.WareName);

    [JsonInclude]
    [JsonPropertyName("warePrice")]
    internal string? WarePricesOnWire => AscWareLists.Join(Wares, w => AscWareLists.Money(w.WarePrice));

    [JsonInclude]
    [JsonPropertyName("wareNum")]
    internal string? WareNumbersOnWire => AscWareLists.Join(Wares, w => AscWareLists.Text(w.WareNumber));

    private protected override string JosMethod => JosMethods.AscAuditCompensate;

    private protected override void ValidateApproval()
    {
        JdRequestRules.RequirePositive(DeliveryCenterId, "deliveryCenterId");
        JdRequestRules.RequireText(DeliveryCenterName, "deliveryCenterName", "the delivery center's name");
        JdRequestRules.RequirePositive(StoreId, "storeId");
        if (CustomerAddress is null)
        {
            throw new JdValidationException("customerContactName", "is required: where the items go.");
        }

        CustomerAddress.Validate("customer", zipcodeRequired: false);
        JdRequestRules.RequireText(CustomerAddress.ContactMobile, "customerContactMobile", "the customer's mobile, which JD requires here");
        AscWareLists.RequireItems(Wares, required: true, "skuId");
        foreach (var ware in Wares)
        {
            AscWareLists.RequireWare(ware.SkuId, ware.WareName, ware.WareNumber);
            AscWareLists.RequireMoney(ware.WarePrice, "warePrice");
        }
    }
}
