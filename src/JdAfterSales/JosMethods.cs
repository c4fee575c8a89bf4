namespace JdAfterSales;

/// <summary>
/// The JOS method names the library types, one constant each, named after JD's method without its
/// <c>jingdong.</c> prefix (<c>jingdong.asc.audit.homepick</c> → <see cref="AscAuditHomepick"/>), so a developer
/// who knows JD's name finds the request, the sub-client method and the result. Pass any other method to
/// <see cref="JdClient.InvokeRawAsync(string, System.Text.Json.Nodes.JsonObject?, JdOperationKind, CancellationToken)"/>.
/// </summary>
public static class JosMethods
{
    /// <summary><c>jingdong.asc.query.list</c>: searches service orders (after-sales query list).</summary>
    public const string AscQueryList = "jingdong.asc.query.list";

    /// <summary><c>jingdong.asc.query.count</c>: counts the service orders a search's filters match.</summary>
    public const string AscQueryCount = "jingdong.asc.query.count";

    /// <summary><c>jingdong.asc.query.view</c>: reads one service order in full.</summary>
    public const string AscQueryView = "jingdong.asc.query.view";

    /// <summary><c>jingdong.asc.sync.list</c>: lists service orders that changed in a time window.</summary>
    public const string AscSyncList = "jingdong.asc.sync.list";

    /// <summary><c>jingdong.asc.log.list</c>: lists a service order's history.</summary>
    public const string AscLogList = "jingdong.asc.log.list";

    /// <summary><c>jingdong.asc.serviceAndRefund.view</c>: lists after-sales refunds (money) per order.</summary>
    public const string AscServiceAndRefundView = "jingdong.asc.serviceAndRefund.view";

    /// <summary><c>jingdong.asc.audit.list</c>: lists applications waiting for the merchant's audit.</summary>
    public const string AscAuditList = "jingdong.asc.audit.list";

    /// <summary><c>jingdong.asc.audit.count</c>: counts the applications waiting for the merchant's audit.</summary>
    public const string AscAuditCount = "jingdong.asc.audit.count";

    /// <summary><c>jingdong.asc.audit.detail</c>: reads one application waiting for audit, in full.</summary>
    public const string AscAuditDetail = "jingdong.asc.audit.detail";

    /// <summary><c>jingdong.asc.audit.reason.list</c>: lists one level of the audit reason tree.</summary>
    public const string AscAuditReasonList = "jingdong.asc.audit.reason.list";

    /// <summary><c>jingdong.asc.audit.refuse</c>: rejects a service order at audit.</summary>
    public const string AscAuditRefuse = "jingdong.asc.audit.refuse";

    /// <summary><c>jingdong.asc.audit.send</c>: approves a service order; the customer ships the goods back.</summary>
    public const string AscAuditSend = "jingdong.asc.audit.send";

    /// <summary><c>jingdong.asc.audit.homepick</c>: approves a service order; JD picks the goods up at the customer's door.</summary>
    public const string AscAuditHomepick = "jingdong.asc.audit.homepick";

    /// <summary><c>jingdong.asc.audit.delivery</c>: approves a service order; the customer brings the goods in person.</summary>
    public const string AscAuditDelivery = "jingdong.asc.audit.delivery";

    /// <summary><c>jingdong.asc.audit.waitFeedback</c>: asks the customer for more information before deciding.</summary>
    public const string AscAuditWaitFeedback = "jingdong.asc.audit.waitFeedback";

    /// <summary><c>jingdong.asc.audit.doorRenew</c>: approves an exchange done at the customer's door (上门换新).</summary>
    public const string AscAuditDoorRenew = "jingdong.asc.audit.doorRenew";

    /// <summary><c>jingdong.asc.audit.compensate</c>: approves by sending new items without a return (不退货补发新品).</summary>
    public const string AscAuditCompensate = "jingdong.asc.audit.compensate";

    /// <summary><c>jingdong.asc.audit.reissue</c>: approves a service order by re-sending the item offline (线下补发), without a return.</summary>
    public const string AscAuditReissue = "jingdong.asc.audit.reissue";

    /// <summary><c>jingdong.asc.receive.list</c>: lists approved service orders whose goods are on their way back.</summary>
    public const string AscReceiveList = "jingdong.asc.receive.list";

    /// <summary><c>jingdong.asc.receive.count</c>: counts the approved service orders whose goods are on their way back.</summary>
    public const string AscReceiveCount = "jingdong.asc.receive.count";

    /// <summary><c>jingdong.asc.receive.register</c>: confirms that returned goods arrived (拆包登记).</summary>
    public const string AscReceiveRegister = "jingdong.asc.receive.register";

    /// <summary><c>jingdong.asc.receive.view</c>: reads how returned goods were registered on receipt.</summary>
    public const string AscReceiveView = "jingdong.asc.receive.view";

    /// <summary><c>jingdong.asc.freight.view</c>: reads the waybill of goods coming back.</summary>
    public const string AscFreightView = "jingdong.asc.freight.view";

    /// <summary><c>jingdong.asc.receive.delivery.remind</c>: reminds the customer to ship the goods back (提醒发货).</summary>
    public const string AscReceiveDeliveryRemind = "jingdong.asc.receive.delivery.remind";

    /// <summary><c>jingdong.asc.freight.save</c>: saves the waybill and freight of goods coming back (保存运单).</summary>
    public const string AscFreightSave = "jingdong.asc.freight.save";

    /// <summary><c>jingdong.asc.sameorder.list</c>: lists the other service orders of the same order.</summary>
    public const string AscSameorderList = "jingdong.asc.sameorder.list";

    /// <summary><c>jingdong.asc.track.list</c>: lists a service order's notes (审核留言).</summary>
    public const string AscTrackList = "jingdong.asc.track.list";

    /// <summary><c>jingdong.asc.track.save</c>: adds a note to a service order (服务单备注).</summary>
    public const string AscTrackSave = "jingdong.asc.track.save";

    /// <summary><c>jingdong.asc.view.serviceTel</c>: reads the customer's phone for a service order.</summary>
    public const string AscViewServiceTel = "jingdong.asc.view.serviceTel";

    /// <summary><c>jingdong.asc.process.list</c>: lists service orders whose goods came back and wait to be processed (待处理).</summary>
    public const string AscProcessList = "jingdong.asc.process.list";

    /// <summary><c>jingdong.asc.process.count</c>: counts the service orders waiting to be processed.</summary>
    public const string AscProcessCount = "jingdong.asc.process.count";

    /// <summary><c>jingdong.asc.process.back</c>: ships the customer's own item back, repaired or as it came (原返).</summary>
    public const string AscProcessBack = "jingdong.asc.process.back";

    /// <summary><c>jingdong.asc.process.return.cancel</c>: cancels shipping the customer's own item back (取消原返).</summary>
    public const string AscProcessReturnCancel = "jingdong.asc.process.return.cancel";

    /// <summary><c>jingdong.asc.process.renew</c>: exchanges the item for a new one from a JD warehouse (换新).</summary>
    public const string AscProcessRenew = "jingdong.asc.process.renew";

    /// <summary><c>jingdong.asc.process.offline.change</c>: records an exchange the shop shipped itself (线下换新).</summary>
    public const string AscProcessOfflineChange = "jingdong.asc.process.offline.change";

    /// <summary><c>jingdong.asc.process.offLineChange.cancel</c>: cancels a recorded offline exchange (取消线下换新).</summary>
    public const string AscProcessOffLineChangeCancel = "jingdong.asc.process.offLineChange.cancel";

    /// <summary><c>jingdong.asc.process.JdIntervene</c>: asks JD to step in on a service order (申请京东介入).</summary>
    public const string AscProcessJdIntervene = "jingdong.asc.process.JdIntervene";

    /// <summary><c>jingdong.asc.process.close</c>: closes a service order at processing (处理关单).</summary>
    public const string AscProcessClose = "jingdong.asc.process.close";

    /// <summary><c>jingdong.asc.common.cancel</c>: cancels a service order.</summary>
    public const string AscCommonCancel = "jingdong.asc.common.cancel";

    /// <summary><c>jingdong.pop.afs.soa.refundapply.queryPageList</c>: searches refund applications.</summary>
    public const string PopAfsSoaRefundapplyQueryPageList = "jingdong.pop.afs.soa.refundapply.queryPageList";

    /// <summary><c>jingdong.pop.afs.soa.refundapply.queryById</c>: reads one refund application.</summary>
    public const string PopAfsSoaRefundapplyQueryById = "jingdong.pop.afs.soa.refundapply.queryById";

    /// <summary><c>jingdong.pop.afs.soa.refundapply.replyRefund</c>: answers a refund application.</summary>
    public const string PopAfsSoaRefundapplyReplyRefund = "jingdong.pop.afs.soa.refundapply.replyRefund";

    /// <summary><c>jingdong.pop.afs.soa.refundapply.getWaitRefundNum</c>: counts the refund applications waiting for an answer.</summary>
    public const string PopAfsSoaRefundapplyGetWaitRefundNum = "jingdong.pop.afs.soa.refundapply.getWaitRefundNum";

    /// <summary><c>jingdong.pop.order.search</c>: searches POP orders.</summary>
    public const string PopOrderSearch = "jingdong.pop.order.search";

    /// <summary><c>jingdong.pop.order.get</c>: reads one POP order.</summary>
    public const string PopOrderGet = "jingdong.pop.order.get";

    /// <summary><c>jingdong.pop.order.modifyVenderRemark</c>: sets the shop's remark on an order.</summary>
    public const string PopOrderModifyVenderRemark = "jingdong.pop.order.modifyVenderRemark";

    /// <summary><c>jingdong.ldop.receive.trace.get</c>: reads the trace of a JD Logistics waybill.</summary>
    public const string LdopReceiveTraceGet = "jingdong.ldop.receive.trace.get";

    /// <summary><c>jingdong.getThirdTrace</c>: reads the third-party carrier traces of an order.</summary>
    public const string GetThirdTrace = "jingdong.getThirdTrace";

    /// <summary><c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>: searches customers' comments on the shop's products.</summary>
    public const string PopPopCommentJsfServiceGetVenderCommentsForJos = "jingdong.pop.PopCommentJsfService.getVenderCommentsForJos";

    /// <summary><c>jingdong.club.pop.commentreply.save</c>: replies to a customer's comment.</summary>
    public const string ClubPopCommentreplySave = "jingdong.club.pop.commentreply.save";

    /// <summary>Every method above, in the order listed.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        AscQueryList,
        AscQueryCount,
        AscQueryView,
        AscSyncList,
        AscLogList,
        AscServiceAndRefundView,
        AscAuditList,
        AscAuditCount,
        AscAuditDetail,
        AscAuditReasonList,
        AscAuditRefuse,
        AscAuditSend,
        AscAuditHomepick,
        AscAuditDelivery,
        AscAuditWaitFeedback,
        AscAuditDoorRenew,
        AscAuditCompensate,
        AscAuditReissue,
        AscReceiveList,
        AscReceiveCount,
        AscReceiveRegister,
        AscReceiveView,
        AscFreightView,
        AscReceiveDeliveryRemind,
        AscFreightSave,
        AscSameorderList,
        AscTrackList,
        AscTrackSave,
        AscViewServiceTel,
        AscProcessList,
        AscProcessCount,
        AscProcessBack,
        AscProcessReturnCancel,
        AscProcessRenew,
        AscProcessOfflineChange,
        AscProcessOffLineChangeCancel,
        AscProcessJdIntervene,
        AscProcessClose,
        AscCommonCancel,
        PopAfsSoaRefundapplyQueryPageList,
        PopAfsSoaRefundapplyQueryById,
        PopAfsSoaRefundapplyReplyRefund,
        PopAfsSoaRefundapplyGetWaitRefundNum,
        PopOrderSearch,
        PopOrderGet,
        PopOrderModifyVenderRemark,
        LdopReceiveTraceGet,
        GetThirdTrace,
        PopPopCommentJsfServiceGetVenderCommentsForJos,
        ClubPopCommentreplySave,
    ];
}
