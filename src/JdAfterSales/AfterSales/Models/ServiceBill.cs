using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// A service order in full, as <c>jingdong.asc.query.view</c> returns it (JD's <c>ServiceBill</c>). It does not
/// carry the list-only fields of <see cref="ServiceBrief"/> (SKU, customer pin and name at the top level, approve and
/// process times, return waybill, amount paid): the items are in <see cref="Details"/>, the customer in
/// <see cref="CustomerInfo"/>.
/// </summary>
public sealed class ServiceBill
{
    /// <summary>The service order id.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceId")]
    public long ServiceId { get; internal set; }

    /// <summary>The after-sales application the service order came from.</summary>
    [JsonInclude]
    [JsonPropertyName("applyId")]
    public long? ApplyId { get; internal set; }

    /// <summary>When the customer applied (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("applyTime")]
    public DateTimeOffset? ApplyTime { get; internal set; }

    /// <summary>The service order's status.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceStatus")]
    public ServiceStatus Status { get; internal set; }

    /// <summary>JD's name of <see cref="Status"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceStatusName")]
    public string? StatusName { get; internal set; }

    /// <summary>The first-level question type code.</summary>
    [JsonInclude]
    [JsonPropertyName("questionTypeCid1")]
    public long? QuestionTypeCid1 { get; internal set; }

    /// <summary>JD's name of <see cref="QuestionTypeCid1"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("questionTypeCid1Name")]
    public string? QuestionTypeCid1Name { get; internal set; }

    /// <summary>The second-level question type code.</summary>
    [JsonInclude]
    [JsonPropertyName("questionTypeCid2")]
    public long? QuestionTypeCid2 { get; internal set; }

    /// <summary>JD's name of <see cref="QuestionTypeCid2"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("questionTypeCid2Name")]
    public string? QuestionTypeCid2Name { get; internal set; }

    /// <summary>The customer's description of the problem.</summary>
    [JsonInclude]
    [JsonPropertyName("questionDesc")]
    public string? QuestionDescription { get; internal set; }

    /// <summary>The customer's pictures, as JD's comma-separated URL list.</summary>
    [JsonInclude]
    [JsonPropertyName("questionPic")]
    public string? QuestionPictures { get; internal set; }

    /// <summary>The order the service is for.</summary>
    [JsonInclude]
    [JsonPropertyName("orderId")]
    public long? OrderId { get; internal set; }

    /// <summary>JD's order type code (22 = POP SOP).</summary>
    [JsonInclude]
    [JsonPropertyName("orderType")]
    public int? OrderType { get; internal set; }

    /// <summary>JD's name of <see cref="OrderType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("orderTypeName")]
    public string? OrderTypeName { get; internal set; }

    /// <summary>Who last changed the service order.</summary>
    [JsonInclude]
    [JsonPropertyName("updateName")]
    public string? UpdateName { get; internal set; }

    /// <summary>When the service order last changed (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("updateDate")]
    public DateTimeOffset? UpdateDate { get; internal set; }

    /// <summary>The optimistic-lock version: pass it unchanged to the next write on this service order. JD sends <c>null</c> for a closed service order, which cannot be written.</summary>
    [JsonInclude]
    [JsonPropertyName("sysVersion")]
    public int? SysVersion { get; internal set; }

    /// <summary>Whether the customer has the invoice.</summary>
    [JsonInclude]
    [JsonPropertyName("hasInvoice")]
    public bool? HasInvoice { get; internal set; }

    /// <summary>Whether a detection report is needed.</summary>
    [JsonInclude]
    [JsonPropertyName("needDetectionReport")]
    public bool? NeedDetectionReport { get; internal set; }

    /// <summary>Whether the customer has the packaging.</summary>
    [JsonInclude]
    [JsonPropertyName("hasPackage")]
    public bool? HasPackage { get; internal set; }

    /// <summary>What the customer asked for (return, exchange, repair…).</summary>
    [JsonInclude]
    [JsonPropertyName("customerExpect")]
    public CustomerExpectation CustomerExpectation { get; internal set; }

    /// <summary>JD's name of <see cref="CustomerExpectation"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("customerExpectName")]
    public string? CustomerExpectationName { get; internal set; }

    /// <summary>JD's refund type code (20 = back to the original payment).</summary>
    [JsonInclude]
    [JsonPropertyName("refundType")]
    public int? RefundType { get; internal set; }

    /// <summary>JD's name of <see cref="RefundType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("refundTypeName")]
    public string? RefundTypeName { get; internal set; }

    /// <summary>How the goods come back, as approved.</summary>
    [JsonInclude]
    [JsonPropertyName("pickwareType")]
    public PickwareType? PickwareType { get; internal set; }

    /// <summary>JD's name of <see cref="PickwareType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("pickwareTypeName")]
    public string? PickwareTypeName { get; internal set; }

    /// <summary>How the customer wanted the goods to come back.</summary>
    [JsonInclude]
    [JsonPropertyName("expectPickwareType")]
    public PickwareType? ExpectedPickwareType { get; internal set; }

    /// <summary>JD's name of <see cref="ExpectedPickwareType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("expectPickwareTypeName")]
    public string? ExpectedPickwareTypeName { get; internal set; }

    /// <summary>JD's return route code (10 JD self-delivery, 20 third party).</summary>
    [JsonInclude]
    [JsonPropertyName("returnWareType")]
    public int? ReturnWareType { get; internal set; }

    /// <summary>JD's name of <see cref="ReturnWareType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("returnWareTypeName")]
    public string? ReturnWareTypeName { get; internal set; }

    /// <summary>JD's company code of the shop.</summary>
    [JsonInclude]
    [JsonPropertyName("companyId")]
    public int? CompanyId { get; internal set; }

    /// <summary>Who audited the service order (JD account).</summary>
    [JsonInclude]
    [JsonPropertyName("approvePin")]
    public string? ApprovePin { get; internal set; }

    /// <summary>Who audited the service order (name).</summary>
    [JsonInclude]
    [JsonPropertyName("approveName")]
    public string? ApproveName { get; internal set; }

    /// <summary>JD's audit result code (31 door pickup, 33 customer ships…).</summary>
    [JsonInclude]
    [JsonPropertyName("approveResult")]
    public int? ApproveResult { get; internal set; }

    /// <summary>JD's name of <see cref="ApproveResult"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("approveResultName")]
    public string? ApproveResultName { get; internal set; }

    /// <summary>The audit notes the customer saw.</summary>
    [JsonInclude]
    [JsonPropertyName("approveNotes")]
    public string? ApproveNotes { get; internal set; }

    /// <summary>When the service order was audited (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("approveDate")]
    public DateTimeOffset? ApproveDate { get; internal set; }

    /// <summary>The first-level audit reason code.</summary>
    [JsonInclude]
    [JsonPropertyName("approveReasonCid1")]
    public long? ApproveReasonCid1 { get; internal set; }

    /// <summary>JD's name of <see cref="ApproveReasonCid1"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("approveReasonCid1Name")]
    public string? ApproveReasonCid1Name { get; internal set; }

    /// <summary>The second-level audit reason code.</summary>
    [JsonInclude]
    [JsonPropertyName("approveReasonCid2")]
    public long? ApproveReasonCid2 { get; internal set; }

    /// <summary>JD's name of <see cref="ApproveReasonCid2"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("approveReasonCid2Name")]
    public string? ApproveReasonCid2Name { get; internal set; }

    /// <summary>Who processed the service order (JD account).</summary>
    [JsonInclude]
    [JsonPropertyName("processPin")]
    public string? ProcessPin { get; internal set; }

    /// <summary>Who processed the service order (name).</summary>
    [JsonInclude]
    [JsonPropertyName("processName")]
    public string? ProcessName { get; internal set; }

    /// <summary>JD's processing result code.</summary>
    [JsonInclude]
    [JsonPropertyName("processResult")]
    public int? ProcessResult { get; internal set; }

    /// <summary>JD's name of <see cref="ProcessResult"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("processResultName")]
    public string? ProcessResultName { get; internal set; }

    /// <summary>The processing notes.</summary>
    [JsonInclude]
    [JsonPropertyName("processNotes")]
    public string? ProcessNotes { get; internal set; }

    /// <summary>When the service order was processed (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("processDate")]
    public DateTimeOffset? ProcessDate { get; internal set; }

    /// <summary>When the returned goods were received (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("receiveDate")]
    public DateTimeOffset? ReceiveDate { get; internal set; }

    /// <summary>The order JD created for an exchange or reissue.</summary>
    [JsonInclude]
    [JsonPropertyName("newOrderId")]
    public long? NewOrderId { get; internal set; }

    /// <summary>The invoice code.</summary>
    [JsonInclude]
    [JsonPropertyName("invoiceCode")]
    public string? InvoiceCode { get; internal set; }

    /// <summary>JD's suggestion when the case was escalated.</summary>
    [JsonInclude]
    [JsonPropertyName("jdUpgradeSuggestion")]
    public string? JdUpgradeSuggestion { get; internal set; }

    /// <summary>JD's SKU type code.</summary>
    [JsonInclude]
    [JsonPropertyName("skuType")]
    public int? SkuType { get; internal set; }

    /// <summary>JD's name of <see cref="SkuType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("skuTypeName")]
    public string? SkuTypeName { get; internal set; }

    /// <summary>The service orders of the same application; empty when JD leaves the list out.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceIdList")]
    [JsonConverter(typeof(JdListConverter<long>))]
    public IReadOnlyList<long> ServiceIds { get; internal set; } = [];

    /// <summary>The customer and their contact.</summary>
    [JsonInclude]
    [JsonPropertyName("customerInfo")]
    [JsonConverter(typeof(JdObjectConverter<AscCustomerInfo>))]
    public AscCustomerInfo? CustomerInfo { get; internal set; }

    /// <summary>Where the goods are picked up.</summary>
    [JsonInclude]
    [JsonPropertyName("pickwareAddress")]
    [JsonConverter(typeof(JdObjectConverter<AscAddress>))]
    public AscAddress? PickwareAddress { get; internal set; }

    /// <summary>Where goods go back to the customer (exchange, repair).</summary>
    [JsonInclude]
    [JsonPropertyName("returnWareAddress")]
    [JsonConverter(typeof(JdObjectConverter<AscAddress>))]
    public AscAddress? ReturnWareAddress { get; internal set; }

    /// <summary>The after-sales contact.</summary>
    [JsonInclude]
    [JsonPropertyName("afsContactInfo")]
    [JsonConverter(typeof(JdObjectConverter<AscContactInfo>))]
    public AscContactInfo? ContactInfo { get; internal set; }

    /// <summary>The items of the service order; empty when JD leaves the list out.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceBillDetailList")]
    [JsonConverter(typeof(JdListConverter<ServiceBillDetail>))]
    public IReadOnlyList<ServiceBillDetail> Details { get; internal set; } = [];

    /// <summary>The store of the order.</summary>
    [JsonInclude]
    [JsonPropertyName("orderShopId")]
    public string? OrderShopId { get; internal set; }

    /// <summary>The store the goods go back to.</summary>
    [JsonInclude]
    [JsonPropertyName("returnShopId")]
    public string? ReturnShopId { get; internal set; }

    /// <summary>The number of items the service covers.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceCount")]
    public int? ServiceCount { get; internal set; }

    /// <summary>JD's extension JSON as a string (for example <c>{"APPLYREASON":"…"}</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("extJsonStr")]
    public string? ExtJson { get; internal set; }
}
