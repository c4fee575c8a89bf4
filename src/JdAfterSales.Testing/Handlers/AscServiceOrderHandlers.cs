using System.Globalization;
using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>
/// The rest of a service order's life around audit and receipt: an application in full, re-sending offline at audit, the reminder to ship,
/// the return waybill, the notes, the customer's phone and the other service orders of the same order.
/// </summary>
internal static class AscServiceOrderHandlers
{
    public static void Register(Dictionary<string, MethodHandler> table)
    {
        table["jingdong.asc.audit.detail"] = AscReadHandlers.Asc(isList: false, AuditDetail);
        table["jingdong.asc.audit.reissue"] = AscWriteHandlers.Write(Reissue);
        table["jingdong.asc.receive.delivery.remind"] = AscWriteHandlers.Write(Remind, versionRequired: false);
        table["jingdong.asc.freight.save"] = AscWriteHandlers.Write(SaveFreight, versionRequired: false);
        table["jingdong.asc.sameorder.list"] = AscReadHandlers.Asc(isList: true, SameOrderList);
        table["jingdong.asc.track.list"] = AscReadHandlers.Asc(isList: true, TrackList);
        table["jingdong.asc.track.save"] = AscReadHandlers.Asc(isList: false, TrackSave);
        table["jingdong.asc.view.serviceTel"] = AscReadHandlers.Asc(isList: false, ServiceTel);
    }

    private static void AuditDetail(MethodCall call, Utf8JsonWriter w)
    {
        // An application is the service orders sharing its applyId; only while they wait for audit.
        var applyId = call.Parameters.RequireLong("applyId");
        var services = call.Data.ServiceOrderList.Where(s => s.ApplyId == applyId && s.ServiceStatus is 10001 or 10002).ToList();
        if (services.Count == 0)
        {
            throw BusinessFailureException.UnknownApplication();
        }

        AscJson.WriteResult(w, x => AscJson.WriteWaitAuditDetail(x, services, call.Data));
    }

    private static void Reissue(MethodCall call, AscWriteHandlers.WriteTarget target)
    {
        var p = call.Parameters;
        var notes = p.RequireString("approveNotes");
        p.RequireInt("approveReasonCid1");
        var expressCode = p.RequireString("expressCode");
        var shipWay = p.RequireString("shipWayId");
        if (!int.TryParse(shipWay, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var shipWayId) || shipWayId == 0)
        {
            throw GatewayErrorException.Invalid("shipWayId", "must be a JD carrier id");
        }

        var shipWayName = p.RequireString("shipWayName");
        p.Int("wareNum", 1);
        var service = target.Check(10001, 10002);

        // Nothing comes back: the re-sent item waits for the customer, as a processing shipment does.
        AscWriteHandlers.Audit(call, service, 10009, approveResult: 35, notes);
        service.ProcessTime = call.Now;
        service.Shipment = new FakeShipment { Method = call.Method, ShipWayName = shipWayName, ExpressCode = expressCode, RecordedAt = call.Now };
        AscWriteHandlers.Log(call, service, 23, "线下补发", notes);
    }

    private static void Remind(MethodCall call, AscWriteHandlers.WriteTarget target)
    {
        call.Parameters.RequireString("customerMobile");
        var address = call.Parameters.RequireString("afsAddress");
        var service = target.Check(10005);

        // A reminder changes nothing on the service order: no new version, only the history.
        service.ShipReminders++;
        AscWriteHandlers.Log(call, service, 31, "提醒发货", address);
    }

    private static void SaveFreight(MethodCall call, AscWriteHandlers.WriteTarget target)
    {
        var p = call.Parameters;
        var money = p.String("freightMoney") ?? throw GatewayErrorException.Missing("freightMoney");
        if (!decimal.TryParse(money, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var freight))
        {
            throw GatewayErrorException.Invalid("freightMoney", "must be a non-negative amount");
        }

        var expressCode = p.String("expressCode");
        var company = p.String("expressCompany");
        var shipWayId = p.Int("shipWayId", int.MinValue);
        var service = target.Check(10005);
        service.ReturnShipWayId = shipWayId ?? service.ReturnShipWayId;
        service.ReturnFreightMoney = freight;
        service.ReturnExpressCompany = company ?? service.ReturnExpressCompany;
        service.ExpressCode = expressCode ?? service.ExpressCode;
        AscWriteHandlers.Move(call, service, service.ServiceStatus);
        AscWriteHandlers.Log(call, service, 32, "保存运单", expressCode ?? money);
    }

    private static void SameOrderList(MethodCall call, Utf8JsonWriter w)
    {
        var (pageNumber, pageSize) = AscGuard.Paging(call);
        var service = AscReadHandlers.FindForView(call);
        var others = call.Data.ServiceOrderList
            .Where(s => s.OrderId == service.OrderId && s.ServiceId != service.ServiceId)
            .OrderByDescending(s => s.ApplyTime).ThenByDescending(s => s.ServiceId)
            .ToList();
        AscJson.WritePage(w, pageNumber, pageSize, others, AscJson.WriteSameOrderService);
    }

    private static void TrackList(MethodCall call, Utf8JsonWriter w)
    {
        var service = FindById(call);
        var (pageNumber, pageSize) = AscGuard.Paging(call);
        AscJson.WritePage(w, pageNumber, pageSize, service.NoteEntries, (x, note) =>
        {
            x.WriteStartObject();
            x.WriteTime("trackCreateDate", note.CreatedAt);
            x.WriteString("trackContext", note.Text);
            x.WriteString("createPin", note.CreatePin);
            x.WriteString("createName", note.CreateName);
            x.WriteEndObject();
        });
    }

    private static void TrackSave(MethodCall call, Utf8JsonWriter w)
    {
        var text = call.Parameters.RequireString("operateRemark");
        var service = FindById(call);
        service.NoteEntries.Add(new FakeServiceNote
        {
            CreatedAt = call.Now,
            Text = text,
            CreatePin = call.Parameters.RequireString("operatePin"),
            CreateName = call.Parameters.RequireString("operateNick"),
        });
        AscJson.WriteResult(w, null);
    }

    private static void ServiceTel(MethodCall call, Utf8JsonWriter w)
    {
        var service = FindById(call);
        AscJson.WriteResult(w, x => x.WriteStringValue(FullNumber(service)), x => x.WriteString("desen_data", service.CustomerTel));
    }

    /// <summary>The fake keeps masked phones; the full number fills the mask with digits of the service id.</summary>
    private static string FullNumber(FakeServiceOrder service) =>
        service.CustomerTel.Replace("****", (service.ServiceId % 10_000).ToString("D4", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static FakeServiceOrder FindById(MethodCall call) =>
        call.Data.FindServiceOrder(call.Parameters.RequireLong("serviceId")) ?? throw BusinessFailureException.UnknownService();
}
