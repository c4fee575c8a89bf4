using System.Globalization;
using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>
/// The write side of <c>jingdong.asc.*</c> and its state machine. Every write names the service, its order and the
/// <c>sysVersion</c> it read; a stale version is refused before the status is looked at, a status the operation does
/// not start from is refused, and a success bumps <c>sysVersion</c>, stamps the time and appends a log entry.
/// </summary>
internal static class AscWriteHandlers
{
    private static readonly string[] SendAddress =
        ["returnContactName", "returnContactTel", "returnZipcode", "returnProvince", "returnCity", "returnCounty", "returnDetailAddress", "returnAddressType", "applyDetailIdList"];

    private static readonly string[] DeliveryAddress =
        ["returnContactName", "returnContactTel", "returnZipcode", "returnProvince", "returnCity", "returnCounty", "returnDetailAddress", "applyDetailIdList"];

    private static readonly string[] PickupAddress =
        ["pickupContactName", "pickupContactTel", "pickupProvince", "pickupCity", "pickupCounty", "pickupDetailAddress", .. SendAddress];

    private static readonly string[] DoorRenewFields = [.. PickupAddress, "deliveryCenterId", "storeId"];

    private static readonly string[] CompensateFields =
    [
        "customerContactName", "customerContactTel", "customerContactMobile", "customerProvince", "customerCity", "customerCounty",
        "customerDetailAddress", "deliveryCenterId", "deliveryCenterName", "storeId", "skuId", "wareName", "warePrice", "wareNum",
    ];

    private static readonly string[] ReceiveFields =
        ["receivePin", "receiveName", "packingState", "qualityState", "invoiceRecord", "judgmentReason", "accessoryOrGift", "appearanceState", "receiveRemark"];

    public static void Register(Dictionary<string, MethodHandler> table)
    {
        table["jingdong.asc.audit.refuse"] = Write(Refuse);
        table["jingdong.asc.audit.send"] = Write((c, s) => Approve(c, s, SendAddress, approveResult: 33, pickwareType: 40, "客户已寄出，快递已揽收"));
        table["jingdong.asc.audit.homepick"] = Write((c, s) => Approve(c, s, PickupAddress, approveResult: 31, pickwareType: 4, "京东快递已上门揽收"));
        table["jingdong.asc.audit.delivery"] = Write((c, s) => Approve(c, s, DeliveryAddress, approveResult: 34, pickwareType: 7, "客户送货，快递已揽收"));
        table["jingdong.asc.audit.doorRenew"] = Write(DoorRenew);
        table["jingdong.asc.audit.compensate"] = Write(Compensate);
        table["jingdong.asc.audit.waitFeedback"] = Write(WaitFeedback);
        table["jingdong.asc.receive.register"] = Write(Register, versionRequired: false);
        table["jingdong.asc.process.close"] = Write(Close);
        table["jingdong.asc.common.cancel"] = Write(Cancel);
    }

    internal static MethodHandler Write(Action<MethodCall, WriteTarget> apply, bool versionRequired = true) =>
        AscReadHandlers.Asc(isList: false, (call, writer) =>
        {
            var p = call.Parameters;
            var serviceId = p.RequireLong("serviceId");
            var orderId = p.RequireLong("orderId");

            // JD lists no sysVersion for receive.register: checked when sent, not required.
            var version = versionRequired ? p.RequireInt("sysVersion") : p.Int("sysVersion");

            // apply validates its own parameters (60/61) first, then looks the service up through the target.
            apply(call, new WriteTarget(call, serviceId, orderId, version));
            AscJson.WriteResult(writer, null);
        });

    private static void Refuse(MethodCall call, WriteTarget target)
    {
        var notes = call.Parameters.RequireString("approveNotes");
        call.Parameters.RequireInt("approveReasonCid1");
        call.Parameters.Int("approveReasonCid2");
        var service = target.Check(10001, 10002);
        Audit(call, service, 10004, approveResult: 22, notes);
        service.ProcessTime = call.Now;
        Log(call, service, 21, "审核驳回", notes);
    }

    private static void Approve(MethodCall call, WriteTarget target, string[] required, int approveResult, int pickwareType, string firstTraceNode)
    {
        var notes = call.Parameters.RequireString("approveNotes");
        call.Parameters.RequireInt("approveReasonCid1");
        call.Parameters.RequireAll(required);

        var service = target.Check(10001, 10002);
        Audit(call, service, 10005, approveResult, notes);
        service.PickwareType = pickwareType;

        // The fake gives the approved service a return waybill in transit, so freight.view and the trace show it.
        service.ExpressCode = "JDV8" + (service.ServiceId % 100_000_000_000).ToString("D11", CultureInfo.InvariantCulture);
        service.ReturnTraceNodes.Clear();
        service.ReturnTraceNodes.Add(new FakeTraceNode
        {
            Title = "揽收",
            Remark = firstTraceNode,
            OperatorName = "王师傅",
            CourierTel = "137****3333",
            Time = call.Now,
        });
        Log(call, service, 20, "审核通过", notes);
    }

    private static void DoorRenew(MethodCall call, WriteTarget target)
    {
        // The new item comes with the pickup: the old one travels back as after a door pickup.
        if (call.Parameters.Has("skuId"))
        {
            AscGuard.ParallelLists(call, "skuId", "wareName", "wareNum");
        }

        Approve(call, target, DoorRenewFields, approveResult: 36, pickwareType: 4, "京东快递上门换新，旧件已揽收");
    }

    private static void Compensate(MethodCall call, WriteTarget target)
    {
        var notes = call.Parameters.RequireString("approveNotes");
        call.Parameters.RequireInt("approveReasonCid1");
        call.Parameters.RequireAll(CompensateFields);

        var skuIds = AscGuard.ParallelLists(call, "skuId", "wareName", "warePrice", "wareNum");
        var service = target.Check(10001, 10002);

        // Nothing comes back: the new items wait for the customer, as a processing shipment does.
        Audit(call, service, 10009, approveResult: 37, notes);
        service.ProcessTime = call.Now;
        service.Shipment = new FakeShipment
        {
            Method = call.Method,
            ConsigneeName = call.Parameters.String("customerContactName"),
            DetailAddress = call.Parameters.String("customerDetailAddress"),
            SkuIds = skuIds,
            RecordedAt = call.Now,
        };
        Log(call, service, 24, "补发新品", notes);
    }

    private static void WaitFeedback(MethodCall call, WriteTarget target)
    {
        var notes = call.Parameters.RequireString("approveNotes");
        call.Parameters.RequireInt("approveReasonCid1");
        var service = target.Check(10001);
        Audit(call, service, 10002, approveResult: 23, notes);
        Log(call, service, 22, "待客户反馈", notes);
    }

    private static void Register(MethodCall call, WriteTarget target)
    {
        var p = call.Parameters;
        p.RequireAll(ReceiveFields);

        var wareNum = p.Int("wareNum", 1, 999);
        var service = target.Check(10005);
        var receipt = new FakeReturnReceipt
        {
            ReceiveId = 660_000_000 + (service.ServiceId % 1_000_000),
            ReceiveDate = call.Now,
            ReceivePin = p.RequireString("receivePin"),
            ReceiveName = p.RequireString("receiveName"),
            PackingState = p.RequireInt("packingState"),
            QualityState = p.RequireInt("qualityState"),
            InvoiceRecordState = p.RequireInt("invoiceRecord"),
            JudgmentReason = p.RequireInt("judgmentReason"),
            AccessoryOrGift = p.RequireInt("accessoryOrGift"),
            AppearanceState = p.RequireInt("appearanceState"),
            ReceiveRemark = p.RequireString("receiveRemark"),
            WareNum = wareNum ?? service.ServiceCount,
        };
        service.Receipt = receipt;
        Move(call, service, 10007);
        Log(call, service, 30, "收货登记", receipt.ReceiveRemark);
    }

    private static void Close(MethodCall call, WriteTarget target)
    {
        // JD declares nothing for process.close beyond the service order and its version, so no notes come with it.
        const string notes = "处理完成";
        var service = target.Check(AscProcessHandlers.Pending);
        service.ProcessTime = call.Now;
        service.ProcessResult = AscNames.ProcessResultFor(service.CustomerExpect);
        service.ProcessNotes = notes;
        Move(call, service, 10010);
        Log(call, service, 40, "处理关单", notes);
    }

    private static void Cancel(MethodCall call, WriteTarget target)
    {
        var notes = call.Parameters.RequireString("approveNotes");
        var service = target.Check(10001, 10002, 10005);
        service.ProcessTime = call.Now;
        service.ProcessNotes = notes;
        Move(call, service, 10011);
        Log(call, service, 50, "取消服务单", notes);
    }

    internal static void Audit(MethodCall call, FakeServiceOrder service, int status, int approveResult, string notes)
    {
        service.ApproveTime = call.Now;
        service.ApproveResult = approveResult;
        service.ApprovePin = call.Parameters.RequireString("operatePin");
        service.ApproveName = call.Parameters.RequireString("operateNick");
        service.ApproveNotes = notes;
        Move(call, service, status);
    }

    internal static void Move(MethodCall call, FakeServiceOrder service, int status)
    {
        service.ServiceStatus = status;
        service.SysVersion++;
        service.UpdateTime = call.Now;
    }

    internal static void Log(MethodCall call, FakeServiceOrder service, int type, string typeName, string remark) =>
        service.LogEntries.Add(new FakeServiceLog
        {
            AfsLogId = call.Data.NextLogId(),
            ServiceId = service.ServiceId,
            OperateType = type,
            OperateTypeName = typeName,
            OperateRemark = remark,
            OperatePin = call.Parameters.RequireString("operatePin"),
            OperateName = call.Parameters.RequireString("operateNick"),
            OperateDate = call.Now,
        });

    /// <summary>The service a write names, looked up only after the write's own parameters passed.</summary>
    internal sealed class WriteTarget(MethodCall call, long serviceId, long orderId, int? version)
    {
        /// <summary>Refuses a stale version first (the status it shows may be out of date), then a status the write does not start from.</summary>
        public FakeServiceOrder Check(params int[] allowedFrom)
        {
            var service = call.Data.FindServiceOrder(serviceId);
            if (service is null || service.OrderId != orderId)
            {
                throw BusinessFailureException.UnknownService();
            }

            if (version is { } expected && expected != service.SysVersion)
            {
                throw BusinessFailureException.StaleVersion();
            }

            if (!allowedFrom.Contains(service.ServiceStatus))
            {
                throw BusinessFailureException.IllegalTransition();
            }

            return service;
        }
    }
}
