using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// An approval that brings goods back: where they go, which items of the service order, and what comes with them.
/// JD takes the return address flattened into <c>return*</c> parameters.
/// </summary>
public abstract record AscApprovalRequest : AscAuditRequest
{
    private protected AscApprovalRequest()
    {
    }

    /// <summary>Where the goods go back to (<c>returnContactName</c>, <c>returnProvince</c>… parameters).</summary>
    [JsonIgnore]
    public required AscContactAddress ReturnAddress { get; init; }

    /// <summary>
    /// The items of the service order approved (<c>applyDetailIdList</c>): the
    /// <see cref="ServiceBillDetail.ServiceDetailId"/> values of <see cref="ServiceBill.Details"/>.
    /// </summary>
    [JsonPropertyName("applyDetailIdList")]
    public required IReadOnlyList<long> ApplyDetailIds { get; init; }

    /// <summary>The invoice number to send back (<c>invoiceNo</c>), optional.</summary>
    [JsonPropertyName("invoiceNo")]
    public string? InvoiceNo { get; init; }

    /// <summary>The invoice kind to send back (<c>invoiceType</c>: 40 original, 50 copy), optional.</summary>
    [JsonPropertyName("invoiceType")]
    public int? InvoiceType { get; init; }

    /// <summary>Whether the packaging must come back (<c>pickPackage</c>), optional.</summary>
    [JsonPropertyName("pickPackage")]
    public bool? PickPackage { get; init; }

    /// <summary>Whether the detection report must come back (<c>pickDetctPaper</c>, JD's spelling), optional.</summary>
    [JsonPropertyName("pickDetctPaper")]
    public bool? PickDetectionReport { get; init; }

    [JsonInclude]
    [JsonPropertyName("returnContactName")]
    internal string? ReturnContactName => ReturnAddress?.ContactName;

    [JsonInclude]
    [JsonPropertyName("returnContactTel")]
    internal string? ReturnContactTel => ReturnAddress?.ContactTel;

    [JsonInclude]
    [JsonPropertyName("returnContactMobile")]
    internal string? ReturnContactMobile => ReturnAddress?.ContactMobile;

    [JsonInclude]
    [JsonPropertyName("returnZipcode")]
    internal string? ReturnZipcode => ReturnAddress?.Zipcode;

    [JsonInclude]
    [JsonPropertyName("returnProvince")]
    internal int? ReturnProvince => ReturnAddress?.Province;

    [JsonInclude]
    [JsonPropertyName("returnCity")]
    internal int? ReturnCity => ReturnAddress?.City;

    [JsonInclude]
    [JsonPropertyName("returnCounty")]
    internal int? ReturnCounty => ReturnAddress?.County;

    [JsonInclude]
    [JsonPropertyName("returnVillage")]
    internal int? ReturnVillage => ReturnAddress?.Village;

    [JsonInclude]
    [JsonPropertyName("returnDetailAddress")]
    internal string? ReturnDetailAddress => ReturnAddress?.DetailAddress;

    private protected sealed override void ValidateApproval()
    {
        if (ReturnAddress is null)
        {
            throw new JdValidationException("returnContactName", "is required: the address the goods go back to.");
        }

        ReturnAddress.Validate("return", zipcodeRequired: true);
        if (ApplyDetailIds is null || ApplyDetailIds.Count == 0)
        {
            throw new JdValidationException("applyDetailIdList", "must name at least one item of the service order.");
        }

        foreach (var id in ApplyDetailIds)
        {
            JdRequestRules.RequirePositive(id, "applyDetailIdList");
        }

        ValidateReturnRoute();
    }

    /// <summary>Refuses how the goods travel (pickup address, return address type).</summary>
    private protected abstract void ValidateReturnRoute();
}
