using JdAfterSales.AfterSales;
using JdAfterSales.Logistics;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;

namespace JdAfterSales.Tests.Support;

/// <summary>
/// A valid typed call for every JOS method, by the method's name without <c>jingdong.</c> (as fixtures are named),
/// and the paged walk for the methods that have one.
/// </summary>
internal static class TypedCalls
{
    public static readonly AscContactAddress Address = new()
    {
        ContactName = "售后仓", ContactTel = "010-1", Zipcode = "100000", Province = 1, City = 72, County = 2819, DetailAddress = "北京",
    };

    public static readonly ConsigneeAddress Consignee = new()
    {
        Name = "张三", Tel = "13800000000", ProvinceCode = 1, CityCode = 72, CountyCode = 2819, VillageCode = 0, DetailAddress = "北京",
    };

    /// <summary>The typed call for each JOS method, by its name without <c>jingdong.</c>.</summary>
    public static readonly IReadOnlyDictionary<string, Func<JdClient, Task<object?>>> ByMethod = new Dictionary<string, Func<JdClient, Task<object?>>>(StringComparer.Ordinal)
    {
        ["asc.query.list"] = async c => await c.AfterSales.ListServicesAsync(new ListServicesRequest()),
        ["asc.query.view"] = async c => await c.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = 1, OrderId = 2 }),
        ["asc.sync.list"] = async c => await c.AfterSales.ListChangedServicesAsync(new ListChangedServicesRequest()),
        ["asc.log.list"] = async c => await c.AfterSales.ListServiceLogsAsync(new ListServiceLogsRequest { ServiceId = 1 }),
        ["asc.serviceAndRefund.view"] = async c => await c.AfterSales.ListServiceRefundsAsync(new ListServiceRefundsRequest()),
        ["asc.audit.list"] = async c => await c.AfterSales.ListPendingAuditsAsync(new ListPendingAuditsRequest()),
        ["asc.audit.reason.list"] = async c => await c.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest()),
        ["asc.audit.refuse"] = async c => await c.AfterSales.RejectServiceAsync(new RejectServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1 }),
        ["asc.audit.send"] = async c => await c.AfterSales.ApproveForReturnShippingAsync(new ApproveForReturnShippingRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1, ReturnAddress = Address, ReturnAddressType = 1, ApplyDetailIds = [1] }),
        ["asc.audit.homepick"] = async c => await c.AfterSales.ApproveForDoorPickupAsync(new ApproveForDoorPickupRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1, ReturnAddress = Address, PickupAddress = Address, ReturnAddressType = 1, ApplyDetailIds = [1] }),
        ["asc.audit.delivery"] = async c => await c.AfterSales.ApproveForCustomerDeliveryAsync(new ApproveForCustomerDeliveryRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1, ReturnAddress = Address, ApplyDetailIds = [1] }),
        ["asc.audit.waitFeedback"] = async c => await c.AfterSales.RequestCustomerFeedbackAsync(new RequestCustomerFeedbackRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1 }),
        ["asc.receive.list"] = async c => await c.AfterSales.ListAwaitingReceiptAsync(new ListAwaitingReceiptRequest()),
        ["asc.receive.register"] = async c => await c.AfterSales.RegisterReceiptAsync(new RegisterReceiptRequest { ServiceId = 1, OrderId = 2, ReceiveRemark = "r" }),
        ["asc.receive.view"] = async c => await c.AfterSales.GetReceiptAsync(new GetReceiptRequest { ServiceId = 1, OrderId = 2 }),
        ["asc.freight.view"] = async c => await c.AfterSales.GetReturnFreightAsync(new GetReturnFreightRequest { ServiceId = 1, OrderId = 2 }),
        ["asc.query.count"] = async c => await c.AfterSales.CountServicesAsync(new CountServicesRequest { Filter = new ListServicesRequest() }),
        ["asc.process.count"] = async c => await c.AfterSales.CountAwaitingProcessingAsync(new CountAwaitingProcessingRequest { Filter = new ListAwaitingProcessingRequest() }),
        ["asc.audit.count"] = async c => await c.AfterSales.CountPendingAuditsAsync(new CountPendingAuditsRequest { Filter = new ListPendingAuditsRequest() }),
        ["asc.receive.count"] = async c => await c.AfterSales.CountAwaitingReceiptAsync(new CountAwaitingReceiptRequest { Filter = new ListAwaitingReceiptRequest() }),
        ["asc.audit.detail"] = async c => await c.AfterSales.GetPendingAuditAsync(new GetPendingAuditRequest { ApplyId = 1 }),
        ["asc.audit.doorRenew"] = async c => await c.AfterSales.ApproveForDoorExchangeAsync(new ApproveForDoorExchangeRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1, ReturnAddress = Address, PickupAddress = Address, ReturnAddressType = 1, ApplyDetailIds = [1], DeliveryCenterId = 6, StoreId = 5 }),
        ["asc.audit.compensate"] = async c => await c.AfterSales.ApproveForCompensationAsync(new ApproveForCompensationRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1, DeliveryCenterId = 6, DeliveryCenterName = "北京", StoreId = 5, CustomerAddress = Address with { ContactMobile = "138" }, Wares = [new CompensationWare { SkuId = 1, WareName = "w", WarePrice = 1m, WareNumber = 1 }] }),
        ["asc.audit.reissue"] = async c => await c.AfterSales.ApproveForReissueAsync(new ApproveForReissueRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1, ExpressCode = "JDV1", ShipWayId = 10, ShipWayName = "京东快递" }),
        ["asc.receive.delivery.remind"] = async c => await c.AfterSales.RemindCustomerToShipAsync(new RemindCustomerToShipRequest { ServiceId = 1, OrderId = 2, CustomerMobile = "188", AfterSalesAddress = "北京" }),
        ["asc.freight.save"] = async c => await c.AfterSales.RegisterReturnFreightAsync(new RegisterReturnFreightRequest { ServiceId = 1, OrderId = 2, FreightMoney = 12m }),
        ["asc.sameorder.list"] = async c => await c.AfterSales.ListSameOrderServicesAsync(new ListSameOrderServicesRequest { ServiceId = 1, OrderId = 2 }),
        ["asc.track.list"] = async c => await c.AfterSales.ListServiceNotesAsync(new ListServiceNotesRequest { ServiceId = 1 }),
        ["asc.track.save"] = async c => await c.AfterSales.AddServiceNoteAsync(new AddServiceNoteRequest { ServiceId = 1, Note = "n" }),
        ["asc.view.serviceTel"] = async c => await c.AfterSales.GetCustomerPhoneAsync(new GetCustomerPhoneRequest { ServiceId = 1 }),
        ["asc.process.list"] = async c => await c.AfterSales.ListAwaitingProcessingAsync(new ListAwaitingProcessingRequest()),
        ["asc.process.back"] = async c => await c.AfterSales.ShipOriginalBackAsync(new ShipOriginalBackRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, Consignee = Consignee, ShipWayId = 10, ShipWayName = "京东快递" }),
        ["asc.process.return.cancel"] = async c => await c.AfterSales.CancelOriginalBackAsync(new CancelOriginalBackRequest { ServiceId = 1, OrderId = 2 }),
        ["asc.process.renew"] = async c => await c.AfterSales.ShipReplacementAsync(new ShipReplacementRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, Consignee = Consignee, ApplyDescription = "d", DeliveryCenterId = 6, DeliveryCenterName = "北京", StoreId = 5, CollectFreight = false }),
        ["asc.process.offline.change"] = async c => await c.AfterSales.RegisterOfflineExchangeAsync(new RegisterOfflineExchangeRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, Outcome = OfflineExchangeOutcome.Exchanged, ShipWayId = 10, ShipWayName = "京东快递", ExpressCode = "JDV1" }),
        ["asc.process.offLineChange.cancel"] = async c => await c.AfterSales.CancelOfflineExchangeAsync(new CancelOfflineExchangeRequest { ServiceId = 1, OrderId = 2 }),
        ["asc.process.JdIntervene"] = async c => await c.AfterSales.RequestJdInterventionAsync(new RequestJdInterventionRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, InterveneReasonCid1 = 1, InterveneReasonCid2 = 2, ContactTel = "010-1" }),
        ["asc.process.close"] = async c => await c.AfterSales.CloseServiceAsync(new CloseServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = 3 }),
        ["asc.common.cancel"] = async c => await c.AfterSales.CancelServiceAsync(new CancelServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n" }),
        ["pop.afs.soa.refundapply.queryPageList"] = async c => await c.Refunds.ListAsync(new ListRefundsRequest()),
        ["refundapply.queryPageList"] = async c => await c.Refunds.ListAsync(new ListRefundsRequest()),
        ["pop.afs.soa.refundapply.queryById"] = async c => await c.Refunds.GetAsync(1),
        ["pop.afs.soa.refundapply.replyRefund"] = async c => await c.Refunds.ReplyAsync(ReplyRefundRequest.Approve(1, "r")),
        ["refundapply.replyRefund"] = async c => await c.Refunds.ReplyAsync(ReplyRefundRequest.Approve(1, "r")),
        ["pop.afs.soa.refundapply.getWaitRefundNum"] = async c => await c.Refunds.CountPendingAsync(),
        ["pop.order.search"] = async c => await c.Orders.SearchAsync(new SearchOrdersRequest { States = [OrderState.Finished], StartDate = DateTimeOffset.UnixEpoch, EndDate = DateTimeOffset.UnixEpoch.AddDays(1) }),
        ["pop.order.get"] = async c => await c.Orders.GetAsync(new GetOrderRequest { OrderId = 1 }),
        ["pop.order.modifyVenderRemark"] = async c => await c.Orders.ModifyVenderRemarkAsync(new ModifyVenderRemarkRequest { OrderId = 1, Remark = "r" }),
        ["ldop.receive.trace.get"] = async c => await c.Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest { WaybillCode = "w", CustomerCode = "c" }),
        ["getThirdTrace"] = async c => await c.Logistics.GetThirdPartyTraceAsync(new GetThirdPartyTraceRequest { OrderId = 1 }),
        ["pop.PopCommentJsfService.getVenderCommentsForJos"] = async c => await c.Reviews.ListCommentsAsync(new ListCommentsRequest()),
        ["comments.getVenderCommentsForJos"] = async c => await c.Reviews.ListCommentsAsync(new ListCommentsRequest()),
        ["club.pop.commentreply.save"] = async c => await c.Reviews.ReplyToCommentAsync(new ReplyToCommentRequest { CommentId = "1", Content = "c" }),
    };

    /// <summary>The paged walk of each listing method that has one; each yields at most <paramref name="limit"/> items.</summary>
    public static readonly IReadOnlyDictionary<string, Func<JdClient, int, Task<int>>> Walks = new Dictionary<string, Func<JdClient, int, Task<int>>>(StringComparer.Ordinal)
    {
        ["asc.query.list"] = (c, limit) => Count(c.AfterSales.ListAllServicesAsync(new ListServicesRequest()), limit),
        ["asc.sync.list"] = (c, limit) => Count(c.AfterSales.ListAllChangedServicesAsync(new ListChangedServicesRequest()), limit),
        ["asc.audit.list"] = (c, limit) => Count(c.AfterSales.ListAllPendingAuditsAsync(new ListPendingAuditsRequest()), limit),
        ["asc.receive.list"] = (c, limit) => Count(c.AfterSales.ListAllAwaitingReceiptAsync(new ListAwaitingReceiptRequest()), limit),
        ["asc.process.list"] = (c, limit) => Count(c.AfterSales.ListAllAwaitingProcessingAsync(new ListAwaitingProcessingRequest()), limit),
        ["pop.afs.soa.refundapply.queryPageList"] = (c, limit) => Count(c.Refunds.ListAllAsync(new ListRefundsRequest()), limit),
        ["refundapply.queryPageList"] = (c, limit) => Count(c.Refunds.ListAllAsync(new ListRefundsRequest()), limit),
        ["pop.order.search"] = (c, limit) => Count(c.Orders.SearchAllAsync(new SearchOrdersRequest { States = [OrderState.Finished], StartDate = DateTimeOffset.UnixEpoch, EndDate = DateTimeOffset.UnixEpoch.AddDays(1) }), limit),
        ["pop.PopCommentJsfService.getVenderCommentsForJos"] = (c, limit) => Count(c.Reviews.ListAllCommentsAsync(new ListCommentsRequest()), limit),
        ["comments.getVenderCommentsForJos"] = (c, limit) => Count(c.Reviews.ListAllCommentsAsync(new ListCommentsRequest()), limit),
    };

    /// <summary><c>asc.process.close.no-result.json</c> → (<c>asc.process.close</c>, <c>no-result</c>).</summary>
    public static (string Method, string Case) Split(string fixture)
    {
        var stem = fixture[..^".json".Length];
        var dot = stem.LastIndexOf('.');
        return (stem[..dot], stem[(dot + 1)..]);
    }

    private static async Task<int> Count<T>(IAsyncEnumerable<T> items, int limit)
    {
        var count = 0;
        await foreach (var item in items)
        {
            Assert.NotNull(item);
            if (++count >= limit)
            {
                break;
            }
        }

        return count;
    }
}
