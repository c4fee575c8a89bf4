using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// The source-generated context of the after-sales area (<c>jingdong.asc.*</c>): its payloads, read with the same
/// tolerant converters as <see cref="JdJsonContext"/>, and its requests, whose business parameters it writes. A
/// context of its own because the JSON source generator does not combine <c>[JsonSerializable]</c> attributes
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
        typeof(ServiceBriefConverter),
    ])]
[JsonSerializable(typeof(AscListPayload<ServiceBriefPage>))]
[JsonSerializable(typeof(AscListPayload<PendingAuditPage>))]
[JsonSerializable(typeof(AscListPayload<PendingProcessingPage>))]
[JsonSerializable(typeof(AscListPayload<SameOrderServicePage>))]
[JsonSerializable(typeof(AscListPayload<ServiceNotePage>))]
[JsonSerializable(typeof(AscResultPayload<CustomerPhoneResult>))]
[JsonSerializable(typeof(AscResultPayload<PendingAuditDetailResult>))]
[JsonSerializable(typeof(AscResultPayload<AscCountResult>))]
[JsonSerializable(typeof(AscListPayload<ServiceLogPage>))]
[JsonSerializable(typeof(AscListPayload<ServiceRefundPage>))]
[JsonSerializable(typeof(AscResultPayload<AscResult>))]
[JsonSerializable(typeof(AscResultPayload<ServiceBillResult>))]
[JsonSerializable(typeof(AscResultPayload<ReceiptDetailResult>))]
[JsonSerializable(typeof(AscResultPayload<ReturnFreightResult>))]
[JsonSerializable(typeof(AscResultPayload<AuditReasonListResult>))]
[JsonSerializable(typeof(ServiceBrief))]
[JsonSerializable(typeof(ServiceBill))]
[JsonSerializable(typeof(ServiceBillDetail))]
[JsonSerializable(typeof(AscCustomerInfo))]
[JsonSerializable(typeof(AscContactInfo))]
[JsonSerializable(typeof(AscAddress))]
[JsonSerializable(typeof(PendingAudit))]
[JsonSerializable(typeof(PendingProcessing))]
[JsonSerializable(typeof(SameOrderService))]
[JsonSerializable(typeof(ServiceNote))]
[JsonSerializable(typeof(PendingAuditDetail))]
[JsonSerializable(typeof(PendingAuditItem))]
[JsonSerializable(typeof(PickupAppointment))]
[JsonSerializable(typeof(ServiceLog))]
[JsonSerializable(typeof(ServiceRefund))]
[JsonSerializable(typeof(SameOrderServiceBill))]
[JsonSerializable(typeof(AuditReason))]
[JsonSerializable(typeof(ReceiptDetail))]
[JsonSerializable(typeof(ReceiptWare))]
[JsonSerializable(typeof(ReturnFreight))]
[JsonSerializable(typeof(long))]
// Requests: their business parameters are written through this context.
[JsonSerializable(typeof(ListServicesRequest))]
[JsonSerializable(typeof(GetServiceRequest))]
[JsonSerializable(typeof(ListChangedServicesRequest))]
[JsonSerializable(typeof(ListServiceLogsRequest))]
[JsonSerializable(typeof(ListServiceRefundsRequest))]
[JsonSerializable(typeof(GetReturnFreightRequest))]
[JsonSerializable(typeof(ListPendingAuditsRequest))]
[JsonSerializable(typeof(ListAuditReasonsRequest))]
[JsonSerializable(typeof(RejectServiceRequest))]
[JsonSerializable(typeof(ApproveForReturnShippingRequest))]
[JsonSerializable(typeof(ApproveForDoorPickupRequest))]
[JsonSerializable(typeof(ApproveForCustomerDeliveryRequest))]
[JsonSerializable(typeof(RequestCustomerFeedbackRequest))]
[JsonSerializable(typeof(ListAwaitingReceiptRequest))]
[JsonSerializable(typeof(RegisterReceiptRequest))]
[JsonSerializable(typeof(GetReceiptRequest))]
[JsonSerializable(typeof(CloseServiceRequest))]
[JsonSerializable(typeof(CancelServiceRequest))]
[JsonSerializable(typeof(ListAwaitingProcessingRequest))]
[JsonSerializable(typeof(ShipOriginalBackRequest))]
[JsonSerializable(typeof(CancelOriginalBackRequest))]
[JsonSerializable(typeof(ShipReplacementRequest))]
[JsonSerializable(typeof(RegisterOfflineExchangeRequest))]
[JsonSerializable(typeof(CancelOfflineExchangeRequest))]
[JsonSerializable(typeof(RequestJdInterventionRequest))]
[JsonSerializable(typeof(ApproveForReissueRequest))]
[JsonSerializable(typeof(RemindCustomerToShipRequest))]
[JsonSerializable(typeof(RegisterReturnFreightRequest))]
[JsonSerializable(typeof(ListSameOrderServicesRequest))]
[JsonSerializable(typeof(ListServiceNotesRequest))]
[JsonSerializable(typeof(AddServiceNoteRequest))]
[JsonSerializable(typeof(GetCustomerPhoneRequest))]
[JsonSerializable(typeof(GetPendingAuditRequest))]
[JsonSerializable(typeof(ApproveForDoorExchangeRequest))]
[JsonSerializable(typeof(ApproveForCompensationRequest))]
internal sealed partial class AfterSalesJsonContext : JsonSerializerContext;
