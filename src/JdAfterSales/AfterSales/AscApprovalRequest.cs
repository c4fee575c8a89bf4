using System.Text.Json;

namespace JdAfterSales.AfterSales;

/// <summary>
/// An approval that brings goods back: where they go, which items of the service order, and what comes with them.
/// </summary>
public abstract record AscApprovalRequest : AscAuditRequest
{
    private protected AscApprovalRequest()
    {
    }

    /// <summary>Where the goods go back to (<c>returnContactName</c>, <c>returnProvince</c>… parameters).</summary>
    public required AscContactAddress ReturnAddress { get; init; }

    /// <summary>
    /// The items of the service order approved (<c>applyDetailIdList</c>): the
    /// <see cref="ServiceBillDetail.ServiceDetailId"/> values of <see cref="ServiceBill.Details"/>.
    /// </summary>
    public required IReadOnlyList<long> ApplyDetailIds { get; init; }

    /// <summary>The invoice number to send back (<c>invoiceNo</c>), optional.</summary>
    public string? InvoiceNo { get; init; }

    /// <summary>The invoice kind to send back (<c>invoiceType</c>: 40 original, 50 copy), optional.</summary>
    public int? InvoiceType { get; init; }

    /// <summary>Whether the packaging must come back (<c>pickPackage</c>), optional.</summary>
    public bool? PickPackage { get; init; }

    /// <summary>Whether the detection report must come back (<c>pickDetctPaper</c>, JD's spelling), optional.</summary>
    public bool? PickDetectionReport { get; init; }

    private protected sealed override void WriteApproval(Utf8JsonWriter writer)
    {
        if (ReturnAddress is null)
        {
            throw new JdValidationException("returnContactName", "is required: the address the goods go back to.");
        }

        if (ApplyDetailIds is null || ApplyDetailIds.Count == 0)
        {
            throw new JdValidationException("applyDetailIdList", "must name at least one item of the service order.");
        }

        foreach (var id in ApplyDetailIds)
        {
            RequestRules.RequirePositive(id, "applyDetailIdList");
        }

        WriteReturnRoute(writer);
        ReturnAddress.WriteTo(writer, "return", zipcodeRequired: true);
        writer.WriteStartArray("applyDetailIdList");
        foreach (var id in ApplyDetailIds)
        {
            writer.WriteNumberValue(id);
        }

        writer.WriteEndArray();
        RequestRules.WriteText(writer, "invoiceNo", InvoiceNo);
        RequestRules.WriteNumber(writer, "invoiceType", InvoiceType);
        RequestRules.WriteFlag(writer, "pickPackage", PickPackage);
        RequestRules.WriteFlag(writer, "pickDetctPaper", PickDetectionReport);
    }

    /// <summary>Checks and writes how the goods travel (pickup address, return address type).</summary>
    private protected abstract void WriteReturnRoute(Utf8JsonWriter writer);
}
