using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>The read side of <c>jingdong.asc.*</c>: lists, views and the reason tree.</summary>
internal static class AscReadHandlers
{
    public static void Register(Dictionary<string, MethodHandler> table)
    {
        table["jingdong.asc.query.list"] = Asc(isList: true, QueryList);
        table["jingdong.asc.query.count"] = Asc(isList: false, (call, w) => AscJson.WriteResult(w, x => x.WriteNumberValue(QueryMatches(call).Count)));
        table["jingdong.asc.sync.list"] = Asc(isList: true, SyncList);
        table["jingdong.asc.audit.list"] = Asc(isList: true, AuditList);
        table["jingdong.asc.audit.count"] = Asc(isList: false, (call, w) => WriteCount(call, w, AuditMatches(call)));
        table["jingdong.asc.receive.list"] = Asc(isList: true, ReceiveList);
        table["jingdong.asc.receive.count"] = Asc(isList: false, (call, w) => WriteCount(call, w, ReceiveMatches(call)));
        table["jingdong.asc.log.list"] = Asc(isList: true, LogList);
        table["jingdong.asc.serviceAndRefund.view"] = Asc(isList: true, ServiceAndRefundView, identity: false);
        table["jingdong.asc.query.view"] = Asc(isList: false, QueryView);
        table["jingdong.asc.receive.view"] = Asc(isList: false, ReceiveView);
        table["jingdong.asc.freight.view"] = Asc(isList: false, FreightView);
        table["jingdong.asc.audit.reason.list"] = Asc(isList: false, ReasonList);
    }

    /// <summary>Wraps an ASC handler: operator checks first, and business failures in the family's shape.</summary>
    public static MethodHandler Asc(bool isList, MethodHandler handler, bool identity = true) => (call, writer) =>
    {
        try
        {
            AscGuard.CheckOperator(call, identity);
            handler(call, writer);
        }
        catch (BusinessFailureException failure)
        {
            // Handlers throw before writing anything, so the failure body starts clean.
            call.BusinessErrorCode = failure.Code;
            AscJson.WriteFailure(writer, isList, failure);
        }
    };

    private static void QueryList(MethodCall call, Utf8JsonWriter w)
    {
        var (pageNumber, pageSize) = AscGuard.Paging(call);
        AscJson.WritePage(w, pageNumber, pageSize, QueryMatches(call), (x, s) => AscJson.WriteBrief(x, s, call.Data));
    }

    /// <summary>What query.list and query.count match, newest first (query.count also reads the paging JD's classes send).</summary>
    private static List<FakeServiceOrder> QueryMatches(MethodCall call)
    {
        var p = call.Parameters;
        AscGuard.Paging(call);
        var serviceId = p.Long("serviceId");
        var orderId = p.Long("orderId");
        var status = p.Int("serviceStatus");
        var expect = p.Int("customerExpect");
        var skuId = p.Long("skuId");
        var customerPin = p.String("customerPin");
        var customerName = p.String("customerName");
        var expressCode = p.String("expressCode");
        var applied = AscGuard.Range(call, "applyTimeBegin", "applyTimeEnd");
        var updated = AscGuard.Range(call, "updateTimeBegin", "updateTimeEnd");
        var approved = AscGuard.Range(call, "approveTimeBegin", "approveTimeEnd");
        var finished = AscGuard.Range(call, "finishTimeBegin", "finishTimeEnd");
        var matches = call.Data.ServiceOrderList
            .Where(s => serviceId is null || s.ServiceId == serviceId)
            .Where(s => orderId is null || s.OrderId == orderId)
            .Where(s => status is null || s.ServiceStatus == status)
            .Where(s => expect is null || s.CustomerExpect == expect)
            .Where(s => skuId is null || s.SkuId == skuId)
            .Where(s => customerPin is null || s.CustomerPin == customerPin)
            .Where(s => customerName is null || s.CustomerName == customerName)
            .Where(s => expressCode is null || s.ExpressCode == expressCode)
            .Where(s => AscGuard.InRange(s.ApplyTime, applied))
            .Where(s => AscGuard.InRange(s.UpdateTime, updated))
            .Where(s => AscGuard.InRange(s.ApproveTime, approved))
            .Where(s => AscGuard.InRange(s.ProcessTime, finished));
        return NewestFirst(matches);
    }

    private static void SyncList(MethodCall call, Utf8JsonWriter w)
    {
        var p = call.Parameters;
        var (pageNumber, pageSize) = AscGuard.Paging(call);
        var serviceId = p.Long("serviceId");
        var orderId = p.Long("orderId");
        var status = p.Int("serviceStatus");
        var updated = AscGuard.Range(call, "updateTimeBegin", "updateTimeEnd");

        // Oldest change first, ties by id: an incremental sync walks forward in time and never skips a row.
        var page = call.Data.ServiceOrderList
            .Where(s => serviceId is null || s.ServiceId == serviceId)
            .Where(s => orderId is null || s.OrderId == orderId)
            .Where(s => status is null || s.ServiceStatus == status)
            .Where(s => AscGuard.InRange(s.UpdateTime, updated))
            .OrderBy(s => s.UpdateTime).ThenBy(s => s.ServiceId)
            .ToList();
        AscJson.WritePage(w, pageNumber, pageSize, page, (x, s) => AscJson.WriteBrief(x, s, call.Data));
    }

    private static void AuditList(MethodCall call, Utf8JsonWriter w)
    {
        var (pageNumber, pageSize) = AscGuard.Paging(call);
        AscJson.WritePage(w, pageNumber, pageSize, AuditMatches(call), (x, s) => AscJson.WriteWaitAudit(x, s, call.Now));
    }

    /// <summary>Waiting for the merchant: pending audit and waiting for customer feedback; most urgent (oldest) first.</summary>
    private static List<FakeServiceOrder> AuditMatches(MethodCall call)
    {
        var p = call.Parameters;
        var serviceId = p.Long("serviceId");
        var orderId = p.Long("orderId");
        var status = p.Int("serviceStatus");
        var expect = p.Int("customerExpect");
        var skuId = p.Long("skuId");
        var timeout = p.Bool("timeoutFlag");
        var customerPin = p.String("customerPin");
        return call.Data.ServiceOrderList
            .Where(s => s.ServiceStatus is 10001 or 10002)
            .Where(s => serviceId is null || s.ServiceId == serviceId)
            .Where(s => orderId is null || s.OrderId == orderId)
            .Where(s => status is null || s.ServiceStatus == status)
            .Where(s => expect is null || s.CustomerExpect == expect)
            .Where(s => skuId is null || s.SkuId == skuId)
            .Where(s => customerPin is null || s.CustomerPin == customerPin)
            .Where(s => timeout is null || (call.Now > s.AuditDeadline) == timeout)
            .OrderBy(s => s.ApplyTime).ThenBy(s => s.ServiceId)
            .ToList();
    }

    private static void ReceiveList(MethodCall call, Utf8JsonWriter w)
    {
        var (pageNumber, pageSize) = AscGuard.Paging(call);
        AscJson.WritePage(w, pageNumber, pageSize, ReceiveMatches(call), (x, s) => AscJson.WriteBrief(x, s, call.Data));
    }

    private static List<FakeServiceOrder> ReceiveMatches(MethodCall call)
    {
        var p = call.Parameters;
        var serviceId = p.Long("serviceId");
        var orderId = p.Long("orderId");
        var skuId = p.Long("skuId");
        var expect = p.Int("customerExpect");
        var expressCode = p.String("expressCode");
        var customerPin = p.String("customerPin");
        var customerName = p.String("customerName");
        var customerTel = p.String("customerTel");
        var applied = AscGuard.Range(call, "applyTimeBegin", "applyTimeEnd");
        var matches = call.Data.ServiceOrderList
            .Where(s => s.ServiceStatus == 10005)
            .Where(s => customerPin is null || s.CustomerPin == customerPin)
            .Where(s => customerName is null || s.CustomerName == customerName)
            .Where(s => customerTel is null || s.CustomerTel == customerTel)
            .Where(s => serviceId is null || s.ServiceId == serviceId)
            .Where(s => orderId is null || s.OrderId == orderId)
            .Where(s => skuId is null || s.SkuId == skuId)
            .Where(s => expect is null || s.CustomerExpect == expect)
            .Where(s => expressCode is null || s.ExpressCode == expressCode)
            .Where(s => AscGuard.InRange(s.ApplyTime, applied));
        return NewestFirst(matches);
    }

    /// <summary>The counts JD declares without paging: a page sent with one is a parameter JD does not take.</summary>
    internal static void WriteCount(MethodCall call, Utf8JsonWriter w, List<FakeServiceOrder> matches)
    {
        foreach (var name in new[] { "pageNumber", "pageSize" })
        {
            _ = call.Parameters.Has(name) ? throw GatewayErrorException.Invalid(name, $"is not a parameter of {call.Method}") : 0;
        }

        AscJson.WriteResult(w, x => x.WriteNumberValue(matches.Count));
    }

    private static void LogList(MethodCall call, Utf8JsonWriter w)
    {
        var serviceId = call.Parameters.RequireLong("serviceId");
        var (pageNumber, pageSize) = AscGuard.Paging(call);
        var service = call.Data.FindServiceOrder(serviceId) ?? throw BusinessFailureException.UnknownService();
        var logs = service.LogEntries.OrderBy(l => l.OperateDate).ThenBy(l => l.AfsLogId).ToList();
        AscJson.WritePage(w, pageNumber, pageSize, logs, AscJson.WriteLog);
    }

    private static void ServiceAndRefundView(MethodCall call, Utf8JsonWriter w)
    {
        var p = call.Parameters;
        var (pageNumber, pageSize) = AscGuard.Paging(call);
        var orderId = p.Long("orderId");
        var applied = AscGuard.Range(call, "applyTimeBegin", "applyTimeEnd");
        var approved = AscGuard.Range(call, "approveTimeBegin", "approveTimeEnd");

        // Money went back for returns that completed: one refund row per completed return service.
        var rows = NewestFirst(call.Data.ServiceOrderList
            .Where(s => s.CustomerExpect == 10 && s.ServiceStatus == 10010)
            .Where(s => orderId is null || s.OrderId == orderId)
            .Where(s => AscGuard.InRange(s.ApplyTime, applied))
            .Where(s => AscGuard.InRange(s.ApproveTime, approved)));
        AscJson.WritePage(w, pageNumber, pageSize, rows, (x, s) =>
        {
            x.WriteStartObject();
            x.WriteNumber("afsRefundId", 5_500_000_000 + (s.ServiceId % 1_000_000));
            x.WriteNumber("refoundAmount", s.ActualPayPrice);
            x.WriteTime("completeTime", s.ProcessTime);
            x.WriteNumber("status", 13);
            x.WriteStartObject("sameOrderServiceBill");
            x.WriteNumber("serviceId", s.ServiceId);
            x.WriteNumber("afsApplyId", s.ApplyId);
            x.WriteNumber("orderId", s.OrderId);
            x.WriteNumber("wareId", s.SkuId);
            x.WriteString("wareName", s.WareName);
            x.WriteString("approveName", s.ApproveName ?? "");
            x.WriteTime("afsApplyTime", s.ApplyTime);
            x.WriteTime("approveDate", s.ApproveTime);
            x.WriteString("questionDesc", s.QuestionDesc);
            x.WriteString("customerPin", s.CustomerPin);
            x.WriteString("approveNotes", s.ApproveNotes ?? "");
            x.WriteString("applyReason", s.QuestionDesc);
            x.WriteEndObject();
            x.WriteEndObject();
        });
    }

    private static void QueryView(MethodCall call, Utf8JsonWriter w)
    {
        var service = FindForView(call);
        AscJson.WriteResult(w, x => AscJson.WriteBill(x, service, call.Data));
    }

    private static void ReceiveView(MethodCall call, Utf8JsonWriter w)
    {
        var service = FindForView(call);
        AscJson.WriteResult(w, service.Receipt is { } receipt ? x => AscJson.WriteReceipt(x, service, receipt) : null);
    }

    private static void FreightView(MethodCall call, Utf8JsonWriter w)
    {
        var service = FindForView(call);
        AscJson.WriteResult(w, service.ExpressCode is null ? null : x => AscJson.WriteFreight(x, service));
    }

    private static void ReasonList(MethodCall call, Utf8JsonWriter w)
    {
        // Level 1 when parentCode is omitted, the children of parentCode otherwise.
        // JD's SDK classes declare parentCode a string; like JD, a number is read as well.
        var parent = call.Parameters.Int("parentCode") ?? 0;
        var reasons = call.Data.ReasonList.Where(r => r.ParentCode == parent).ToList();
        AscJson.WriteResult(w, x =>
        {
            x.WriteStartArray();
            foreach (var reason in reasons)
            {
                x.WriteStartObject();
                x.WriteNumber("code", reason.Code);
                x.WriteNumber("parentCode", reason.ParentCode);
                x.WriteString("name", reason.Name);
                x.WriteEndObject();
            }

            x.WriteEndArray();
        });
    }

    /// <summary>Views name the service and its order; an order id that does not match counts as not found.</summary>
    internal static FakeServiceOrder FindForView(MethodCall call)
    {
        var serviceId = call.Parameters.RequireLong("serviceId");
        var orderId = call.Parameters.RequireLong("orderId");
        var service = call.Data.FindServiceOrder(serviceId);
        return service is not null && service.OrderId == orderId ? service : throw BusinessFailureException.UnknownService();
    }

    /// <summary>The list order of the ASC lists: newest application first, ties by service id, so paging is stable.</summary>
    private static List<FakeServiceOrder> NewestFirst(IEnumerable<FakeServiceOrder> services) =>
        services.OrderByDescending(s => s.ApplyTime).ThenByDescending(s => s.ServiceId).ToList();
}
