using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>
/// Processing (<c>jingdong.asc.process.*</c>): the list of service orders waiting for it, the shipments that end it
/// (the original item back, a new one from JD, a new one the shop shipped), their cancellations, and asking JD to step
/// in. JD documents no status after these writes; the fake's choice, kept in one place here, is that a shipment waits
/// for the customer (10009) and its cancellation waits for processing again (7060, 7090).
/// </summary>
internal static class AscProcessHandlers
{
    /// <summary>The statuses processing starts from: received, or a cancelled shipment waiting again.</summary>
    public static readonly int[] Pending = [10007, 7060, 7090];

    /// <summary>Processing not done within three days of receipt counts as timed out (the fake's rule; JD's is not published).</summary>
    private static readonly TimeSpan ProcessingAllowance = TimeSpan.FromDays(3);

    /// <summary>Open service orders JD can be asked to step in on: neither closed, completed nor cancelled.</summary>
    private static readonly int[] Open = [10001, 10002, 10012, 10005, 10007, 10009, 7060, 7090];

    private static readonly string[] ConsigneeFields = ["consigneeName", "consigneeTel", "provinceCode", "cityCode", "countyCode", "detailAddress"];

    public static void Register(Dictionary<string, MethodHandler> table)
    {
        table["jingdong.asc.process.list"] = AscReadHandlers.Asc(isList: true, List);
        table["jingdong.asc.process.count"] = AscReadHandlers.Asc(isList: false, (call, w) => AscReadHandlers.WriteCount(call, w, Matches(call)));
        table["jingdong.asc.process.back"] = AscWriteHandlers.Write(Back);
        table["jingdong.asc.process.return.cancel"] = AscWriteHandlers.Write((c, t) => CancelShipment(c, t, "jingdong.asc.process.back", 7060, 42, "取消原返"), versionRequired: false);
        table["jingdong.asc.process.renew"] = AscWriteHandlers.Write(Renew);
        table["jingdong.asc.process.offline.change"] = AscWriteHandlers.Write(OfflineChange);
        table["jingdong.asc.process.offLineChange.cancel"] = AscWriteHandlers.Write((c, t) => CancelShipment(c, t, "jingdong.asc.process.offline.change", 7090, 46, "取消线下换新"), versionRequired: false);
        table["jingdong.asc.process.JdIntervene"] = AscWriteHandlers.Write(Intervene);
    }

    private static void List(MethodCall call, Utf8JsonWriter w)
    {
        var (pageNumber, pageSize) = AscGuard.Paging(call);
        AscJson.WritePage(w, pageNumber, pageSize, Matches(call), (x, s) => AscJson.WritePendingProcessing(x, s));
    }

    private static List<FakeServiceOrder> Matches(MethodCall call)
    {
        var p = call.Parameters;
        var serviceId = p.Long("serviceId");
        var orderId = p.Long("orderId");
        var skuId = p.Long("skuId");
        var status = p.Int("serviceStatus");
        var expect = p.Int("customerExpect");
        var expressCode = p.String("expressCode");
        var customerPin = p.String("customerPin");
        var intervened = p.Bool("jdInterveneFlag");
        var timedOut = p.Bool("timeoutFlag");
        var applied = AscGuard.Range(call, "applyTimeBegin", "applyTimeEnd");
        var approved = AscGuard.Range(call, "approveTimeBegin", "approveTimeEnd");
        return call.Data.ServiceOrderList
            .Where(s => Pending.Contains(s.ServiceStatus))
            .Where(s => serviceId is null || s.ServiceId == serviceId)
            .Where(s => orderId is null || s.OrderId == orderId)
            .Where(s => skuId is null || s.SkuId == skuId)
            .Where(s => status is null || s.ServiceStatus == status)
            .Where(s => expect is null || s.CustomerExpect == expect)
            .Where(s => expressCode is null || s.ExpressCode == expressCode)
            .Where(s => customerPin is null || s.CustomerPin == customerPin)
            .Where(s => intervened is null || s.JdIntervened == intervened)
            .Where(s => timedOut is null || IsProcessingLate(s, call.Now) == timedOut)
            .Where(s => AscGuard.InRange(s.ApplyTime, applied))
            .Where(s => AscGuard.InRange(s.ApproveTime, approved))
            .OrderByDescending(s => s.ApplyTime).ThenByDescending(s => s.ServiceId)
            .ToList();
    }

    private static bool IsProcessingLate(FakeServiceOrder service, DateTimeOffset now) =>
        service.Receipt is { } receipt && now > receipt.ReceiveDate + ProcessingAllowance;

    private static void Back(MethodCall call, AscWriteHandlers.WriteTarget target)
    {
        var p = call.Parameters;
        RequireConsignee(call);
        var (shipWayName, expressCode) = RequireCarrier(call, expressRequired: false);
        p.Int("repairState");
        p.Int("wareNum", 1);
        var service = target.Check(Pending);
        Ship(call, service, shipWayName, expressCode, [], processResult: 24, logType: 41, "原返");
    }

    private static void Renew(MethodCall call, AscWriteHandlers.WriteTarget target)
    {
        var p = call.Parameters;
        RequireConsignee(call);
        p.RequireInt("villageCode");
        p.RequireString("applyDescription");
        p.RequireInt("deliveryCenterId", 1);
        p.RequireString("deliveryCenterName");
        p.RequireInt("storeId", 1);
        var collect = p.Bool("collectFreightFlag") ?? throw GatewayErrorException.Missing("collectFreightFlag");
        if (p.String("freightAmount") is { } amount && (!collect || !decimal.TryParse(amount, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            throw GatewayErrorException.Invalid("freightAmount", "must be a non-negative amount, sent only when collectFreightFlag is true");
        }

        var skuIds = AscGuard.ParallelLists(call, "skuId", "wareName", "wareNum");
        if (p.Has("relationSkuId") || p.Has("relationWareType"))
        {
            AscGuard.ParallelLists(call, "skuId", "relationSkuId", "relationWareType");
        }

        var service = target.Check(Pending);
        Ship(call, service, shipWayName: null, expressCode: null, skuIds, processResult: 22, logType: 43, "换新");
    }

    private static void OfflineChange(MethodCall call, AscWriteHandlers.WriteTarget target)
    {
        var p = call.Parameters;
        var outcome = p.RequireInt("opFlag", 1, 2);
        var (shipWayName, expressCode) = RequireCarrier(call, expressRequired: true);
        p.RequireString("wareType");
        p.Long("partExpressId");
        p.Int("partSrc", 10, 20);
        p.Int("wareNum", 1);
        var service = target.Check(Pending);
        if (outcome == 1)
        {
            Ship(call, service, shipWayName, expressCode, [], processResult: 25, logType: 44, "线下换新");
            return;
        }

        // Unresolved: the service order stays where it is, waiting for another way to process it.
        AscWriteHandlers.Move(call, service, service.ServiceStatus);
        AscWriteHandlers.Log(call, service, 45, "线下换新未解决", p.String("operateRemark") ?? "线下换新未解决");
    }

    private static void CancelShipment(MethodCall call, AscWriteHandlers.WriteTarget target, string shippedBy, int status, int logType, string typeName)
    {
        var service = target.Check(10009);
        if (service.Shipment?.Method != shippedBy)
        {
            throw BusinessFailureException.IllegalTransition();
        }

        service.Shipment = null;
        service.ProcessResult = null;
        service.ProcessTime = null;
        AscWriteHandlers.Move(call, service, status);
        AscWriteHandlers.Log(call, service, logType, typeName, typeName);
    }

    private static void Intervene(MethodCall call, AscWriteHandlers.WriteTarget target)
    {
        var p = call.Parameters;
        p.RequireInt("interveneReasonCid1", 1);
        p.RequireInt("interveneReasonCid2", 1);
        var tel = p.RequireString("contactTel");
        var service = target.Check(Open);
        service.JdIntervened = true;
        AscWriteHandlers.Move(call, service, service.ServiceStatus);
        AscWriteHandlers.Log(call, service, 47, "申请京东介入", "联系电话 " + tel);
    }

    private static void RequireConsignee(MethodCall call)
    {
        call.Parameters.RequireAll(ConsigneeFields);

        call.Parameters.RequireInt("provinceCode", 1);
        call.Parameters.RequireInt("cityCode", 1);
        call.Parameters.RequireInt("countyCode", 1);
        call.Parameters.Int("villageCode");
    }

    private static (string ShipWayName, string? ExpressCode) RequireCarrier(MethodCall call, bool expressRequired)
    {
        var p = call.Parameters;
        if (p.RequireInt("shipWayId", int.MinValue) == 0)
        {
            throw GatewayErrorException.Invalid("shipWayId", "must be a JD carrier id");
        }

        var name = p.RequireString("shipWayName");
        return (name, expressRequired ? p.RequireString("expressCode") : p.String("expressCode"));
    }

    private static void Ship(MethodCall call, FakeServiceOrder service, string? shipWayName, string? expressCode, List<long> skuIds, int processResult, int logType, string typeName)
    {
        var p = call.Parameters;
        service.Shipment = new FakeShipment
        {
            Method = call.Method,
            ConsigneeName = p.String("consigneeName"),
            DetailAddress = p.String("detailAddress"),
            ShipWayName = shipWayName,
            ExpressCode = expressCode,
            SkuIds = skuIds,
            RecordedAt = call.Now,
        };
        service.ProcessTime = call.Now;
        service.ProcessResult = processResult;
        service.ProcessNotes = p.String("applyRemark") ?? p.String("applyDescription") ?? p.String("operateRemark") ?? typeName;
        AscWriteHandlers.Move(call, service, 10009);
        AscWriteHandlers.Log(call, service, logType, typeName, service.ProcessNotes);
    }
}
