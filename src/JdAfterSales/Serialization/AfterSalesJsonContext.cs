using System.Text.Json.Serialization;
using JdAfterSales.AfterSales;

namespace JdAfterSales.Serialization;

/// <summary>
/// The source-generated context of the after-sales payloads (<c>jingdong.asc.*</c> and
/// <c>jingdong.pop.afs.soa.refundapply.*</c>), with the same tolerant converters as <see cref="JdJsonContext"/>.
/// A context of its own because the JSON source generator does not combine <c>[JsonSerializable]</c> attributes
/// spread over partial declarations of one context. The item and nested models are listed too, because the
/// tolerant list and object converters look them up by type.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(JdNumberConverter<long, JdInt64Format>),
        typeof(JdNullableNumberConverter<long, JdInt64Format>),
        typeof(JdNumberConverter<int, JdInt32Format>),
        typeof(JdNullableNumberConverter<int, JdInt32Format>),
        typeof(JdNumberConverter<decimal, JdDecimalFormat>),
        typeof(JdNullableNumberConverter<decimal, JdDecimalFormat>),
        typeof(JdBooleanConverter),
        typeof(JdNonNullableBooleanConverter),
        typeof(JdDateTimeOffsetConverter),
        typeof(JdNonNullableDateTimeOffsetConverter),
        typeof(JdStringConverter),
    ])]
[JsonSerializable(typeof(AscListResponse<ServiceBriefPage>))]
[JsonSerializable(typeof(AscListResponse<PendingAuditPage>))]
[JsonSerializable(typeof(AscListResponse<ServiceLogPage>))]
[JsonSerializable(typeof(AscListResponse<ServiceRefundPage>))]
[JsonSerializable(typeof(AscResultResponse<AscResult>))]
[JsonSerializable(typeof(AscResultResponse<ServiceBillResult>))]
[JsonSerializable(typeof(AscResultResponse<ReceiptDetailResult>))]
[JsonSerializable(typeof(AscResultResponse<ReturnFreightResult>))]
[JsonSerializable(typeof(AscResultResponse<AuditReasonListResult>))]
[JsonSerializable(typeof(RefundQueryResponse))]
[JsonSerializable(typeof(RefundReplyResponse))]
[JsonSerializable(typeof(ServiceBrief))]
[JsonSerializable(typeof(ServiceBill))]
[JsonSerializable(typeof(ServiceBillDetail))]
[JsonSerializable(typeof(AscCustomerInfo))]
[JsonSerializable(typeof(AscContactInfo))]
[JsonSerializable(typeof(AscAddress))]
[JsonSerializable(typeof(PendingAudit))]
[JsonSerializable(typeof(ServiceLog))]
[JsonSerializable(typeof(ServiceRefund))]
[JsonSerializable(typeof(SameOrderServiceBill))]
[JsonSerializable(typeof(AuditReason))]
[JsonSerializable(typeof(ReceiptDetail))]
[JsonSerializable(typeof(ReturnFreight))]
[JsonSerializable(typeof(RefundApplication))]
[JsonSerializable(typeof(long))]
internal sealed partial class AfterSalesJsonContext : JsonSerializerContext;
