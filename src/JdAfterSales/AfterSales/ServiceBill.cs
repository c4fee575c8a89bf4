using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A service order in full, as <c>jingdong.asc.query.view</c> returns it: the list fields and the details.</summary>
public sealed class ServiceBill : ServiceBrief
{
    /// <summary>The customer's description of the problem.</summary>
    [JsonPropertyName("questionDesc")]
    public string? QuestionDescription { get; init; }

    /// <summary>The customer's pictures, as JD's comma-separated URL list.</summary>
    [JsonPropertyName("questionPic")]
    public string? QuestionPictures { get; init; }

    /// <summary>Whether the customer has the invoice.</summary>
    [JsonPropertyName("hasInvoice")]
    public bool? HasInvoice { get; init; }

    /// <summary>Whether the customer has the packaging.</summary>
    [JsonPropertyName("hasPackage")]
    public bool? HasPackage { get; init; }

    /// <summary>Whether a detection report is needed.</summary>
    [JsonPropertyName("needDetectionReport")]
    public bool? NeedDetectionReport { get; init; }

    /// <summary>JD's refund type code (20 = back to the original payment).</summary>
    [JsonPropertyName("refundType")]
    public int? RefundType { get; init; }

    /// <summary>JD's name of <see cref="RefundType"/>.</summary>
    [JsonPropertyName("refundTypeName")]
    public string? RefundTypeName { get; init; }

    /// <summary>How the customer would like the goods to come back.</summary>
    [JsonPropertyName("expectPickwareType")]
    public PickwareType? ExpectedPickwareType { get; init; }

    /// <summary>JD's return type code (10 JD delivery, 20 third party).</summary>
    [JsonPropertyName("returnWareType")]
    public int? ReturnWareType { get; init; }

    /// <summary>The auditor's notes.</summary>
    [JsonPropertyName("approveNotes")]
    public string? ApproveNotes { get; init; }

    /// <summary>When the application was audited (Beijing time).</summary>
    [JsonPropertyName("approveDate")]
    public DateTimeOffset? ApproveDate { get; init; }

    /// <summary>The first-level audit reason.</summary>
    [JsonPropertyName("approveReasonCid1")]
    public long? ApproveReasonCid1 { get; init; }

    /// <summary>The second-level audit reason.</summary>
    [JsonPropertyName("approveReasonCid2")]
    public long? ApproveReasonCid2 { get; init; }

    /// <summary>When the returned goods were received (Beijing time).</summary>
    [JsonPropertyName("receiveDate")]
    public DateTimeOffset? ReceiveDate { get; init; }

    /// <summary>The processor's notes.</summary>
    [JsonPropertyName("processNotes")]
    public string? ProcessNotes { get; init; }

    /// <summary>When the service order was processed (Beijing time).</summary>
    [JsonPropertyName("processDate")]
    public DateTimeOffset? ProcessDate { get; init; }

    /// <summary>The order JD created for an exchange or reissue.</summary>
    [JsonPropertyName("newOrderId")]
    public long? NewOrderId { get; init; }

    /// <summary>The customer and their contact details.</summary>
    [JsonPropertyName("customerInfo")]
    [JsonConverter(typeof(JdObjectConverter<AscCustomerInfo>))]
    public AscCustomerInfo? CustomerInfo { get; init; }

    /// <summary>Where the goods are picked up.</summary>
    [JsonPropertyName("pickwareAddress")]
    [JsonConverter(typeof(JdObjectConverter<AscAddress>))]
    public AscAddress? PickwareAddress { get; init; }

    /// <summary>Where the goods go back to.</summary>
    [JsonPropertyName("returnWareAddress")]
    [JsonConverter(typeof(JdObjectConverter<AscAddress>))]
    public AscAddress? ReturnWareAddress { get; init; }

    /// <summary>The items of the service order.</summary>
    [JsonPropertyName("serviceBillDetailList")]
    [JsonConverter(typeof(JdListConverter<ServiceBillDetail>))]
    public IReadOnlyList<ServiceBillDetail> Details { get; init; } = [];
}
