using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>The after-sales payload shapes of docs/wire-shapes.md: ASC times are epoch milliseconds.</summary>
internal static class AscJson
{
    public static void WritePage<T>(Utf8JsonWriter w, int pageNumber, int pageSize, IReadOnlyList<T> all, Action<Utf8JsonWriter, T> writeItem)
    {
        w.WriteStartObject("pageResult");
        w.WriteBoolean("success", true);
        w.WriteString("code", "0");
        w.WriteString("msg", "成功");
        w.WriteNumber("pageNumber", pageNumber);
        w.WriteNumber("pageSize", pageSize);
        w.WriteNumber("totalCount", all.Count);
        var items = all.Skip((pageNumber - 1) * pageSize).Take(pageSize).ToList();

        // JD leaves "data" out of a page with nothing on it (asc.query.list.empty-page.json).
        if (items.Count > 0)
        {
            w.WriteStartArray("data");
            foreach (var item in items)
            {
                writeItem(w, item);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>A success <c>result</c>: its <c>data</c> (null when none), then any fields a method adds beside it.</summary>
    public static void WriteResult(Utf8JsonWriter w, Action<Utf8JsonWriter>? writeData, Action<Utf8JsonWriter>? writeBeside = null)
    {
        w.WriteStartObject("result");
        w.WriteBoolean("success", true);
        w.WriteString("code", "0");
        w.WriteString("msg", "成功");
        if (writeData is null)
        {
            w.WriteNull("data");
        }
        else
        {
            w.WritePropertyName("data");
            writeData(w);
        }

        writeBeside?.Invoke(w);
        w.WriteEndObject();
    }

    public static void WriteFailure(Utf8JsonWriter w, bool isList, BusinessFailureException failure)
    {
        w.WriteStartObject(isList ? "pageResult" : "result");
        w.WriteBoolean("success", false);
        w.WriteString("code", failure.Code);
        w.WriteString("msg", failure.Message);
        if (isList)
        {
            w.WriteNumber("totalCount", 0);
        }
        else
        {
            w.WriteNull("data");
        }

        w.WriteEndObject();
    }

    /// <summary>ServiceBrief: the items of query.list, sync.list and receive.list.</summary>
    public static void WriteBrief(Utf8JsonWriter w, FakeServiceOrder s, FakeShopData data)
    {
        w.WriteStartObject();
        WriteBriefFields(w, s, data);
        w.WriteEndObject();
    }

    /// <summary>SameOrderServiceBill of sameorder.list: JD's own names (serviceState, wareId, approvedResult, approvedDate).</summary>
    public static void WriteSameOrderService(Utf8JsonWriter w, FakeServiceOrder s)
    {
        w.WriteStartObject();
        w.WriteNumber("serviceId", s.ServiceId);
        w.WriteNumber("serviceState", s.ServiceStatus);
        w.WriteString("serviceStateName", AscNames.ServiceStatus(s.ServiceStatus));
        w.WriteNumber("orderId", s.OrderId);
        w.WriteNumber("wareId", s.SkuId);
        w.WriteString("wareName", s.WareName);
        w.WriteString("customerPin", s.CustomerPin);
        w.WriteString("customerName", s.CustomerName);
        if (s.ApproveResult is { } approveResult)
        {
            w.WriteNumber("approvedResult", approveResult);
            w.WriteString("approvedResultName", AscNames.ApproveResult(approveResult));
        }

        w.WriteOptional("approvePin", s.ApprovePin);
        w.WriteOptional("approveName", s.ApproveName);
        w.WriteTime("approvedDate", s.ApproveTime);
        w.WriteTime("processedDate", s.ProcessTime);
        w.WriteEndObject();
    }

    /// <summary>
    /// WaitProcessResult: an item of process.list, JD's own field set — no applyId, sysVersion or question codes,
    /// but the delivery and reminder fields.
    /// </summary>
    public static void WritePendingProcessing(Utf8JsonWriter w, FakeServiceOrder s)
    {
        w.WriteStartObject();
        w.WriteNumber("serviceId", s.ServiceId);
        w.WriteNumber("customerExpect", s.CustomerExpect);
        w.WriteString("customerExpectName", AscNames.CustomerExpect(s.CustomerExpect));
        w.WriteTime("applyTime", s.ApplyTime);
        w.WriteNumber("serviceStatus", s.ServiceStatus);
        w.WriteString("serviceStatusName", AscNames.ServiceStatus(s.ServiceStatus));
        w.WriteNumber("orderId", s.OrderId);
        w.WriteNumber("orderType", 22);
        w.WriteString("orderTypeName", "POP SOP");
        w.WriteNumber("skuId", s.SkuId);
        w.WriteString("wareName", s.WareName);
        w.WriteNumber("wareType", 10);
        w.WriteString("wareTypeName", "主商品");
        w.WriteString("customerPin", s.CustomerPin);
        w.WriteString("customerName", s.CustomerName);
        w.WriteString("customerMobile", s.CustomerTel);
        w.WriteNumber("customerGrade", s.CustomerGrade);
        w.WriteTime("approveTime", s.ApproveTime);
        w.WriteTime("deliveryDate", s.Receipt?.ReceiveDate);
        w.WriteNumber("serviceCount", s.ServiceCount);
        w.WriteEndObject();
    }

    /// <summary>
    /// ServiceBill: the data of query.view, JD's own field set. It shares the identity, status, question and approve
    /// fields with the brief but carries none of the list-only ones (SKU, customer, amount, approve and process times,
    /// waybill): those come inside customerInfo and serviceBillDetailList.
    /// </summary>
    public static void WriteBill(Utf8JsonWriter w, FakeServiceOrder s, FakeShopData data)
    {
        var order = data.FindOrder(s.OrderId);
        w.WriteStartObject();
        w.WriteNumber("serviceId", s.ServiceId);
        w.WriteNumber("applyId", s.ApplyId);
        w.WriteTime("applyTime", s.ApplyTime);
        w.WriteNumber("serviceStatus", s.ServiceStatus);
        w.WriteString("serviceStatusName", AscNames.ServiceStatus(s.ServiceStatus));
        w.WriteNumber("questionTypeCid1", s.QuestionTypeCid1);
        w.WriteString("questionTypeCid1Name", ReasonName(data, s.QuestionTypeCid1));
        w.WriteNumber("questionTypeCid2", s.QuestionTypeCid2);
        w.WriteString("questionTypeCid2Name", ReasonName(data, s.QuestionTypeCid2));
        w.WriteNumber("orderId", s.OrderId);
        w.WriteNumber("orderType", 22);
        w.WriteString("orderTypeName", "POP SOP");
        w.WriteTime("updateDate", s.UpdateTime);
        WriteSysVersion(w, s);
        w.WriteNumber("customerExpect", s.CustomerExpect);
        w.WriteString("customerExpectName", AscNames.CustomerExpect(s.CustomerExpect));
        if (s.PickwareType != 0)
        {
            w.WriteNumber("pickwareType", s.PickwareType);
        }

        w.WriteOptional("approvePin", s.ApprovePin);
        w.WriteOptional("approveName", s.ApproveName);
        if (s.ApproveResult is { } approveResult)
        {
            w.WriteNumber("approveResult", approveResult);
            w.WriteString("approveResultName", AscNames.ApproveResult(approveResult));
        }

        if (s.ProcessResult is { } processResult)
        {
            w.WriteNumber("processResult", processResult);
            w.WriteString("processResultName", AscNames.ProcessResult(processResult));
        }

        w.WriteNumber("serviceCount", s.ServiceCount);
        w.WriteString("extJsonStr", ExtJson(s));
        w.WriteString("questionDesc", s.QuestionDesc);
        w.WriteString("questionPic", "");
        w.WriteBoolean("hasInvoice", true);
        w.WriteBoolean("hasPackage", s.CustomerExpect != 30);
        w.WriteOptional("approveNotes", s.ApproveNotes);
        w.WriteTime("approveDate", s.ApproveTime);
        w.WriteTime("receiveDate", s.Receipt?.ReceiveDate);
        w.WriteOptional("processNotes", s.ProcessNotes);
        w.WriteTime("processDate", s.ProcessTime);
        WriteCustomerInfo(w, s);
        WriteCustomerAddress(w, "pickwareAddress", order);
        if (s.ApproveResult is 31 or 33 or 34)
        {
            w.WriteStartObject("returnWareAddress");
            w.WriteNumber("provinceCode", 1);
            w.WriteNumber("cityCode", 72);
            w.WriteNumber("countyCode", 2819);
            w.WriteNumber("villageCode", 0);
            w.WriteString("detailAddress", "北京市朝阳区京东售后仓3号门");
            w.WriteEndObject();
        }

        w.WriteStartArray("serviceBillDetailList");
        w.WriteStartObject();
        w.WriteNumber("serviceDetailId", s.ServiceId % 1_000_000 + 550_000_000);
        w.WriteNumber("skuId", s.SkuId);
        w.WriteString("wareName", s.WareName);
        w.WriteString("wareBrand", s.WareBrand);
        w.WriteNumber("payPrice", s.ActualPayPrice);
        w.WriteNumber("actualPayPrice", s.ActualPayPrice);
        w.WriteNumber("wareNum", s.ServiceCount);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>WaitAuditApply: the items of audit.list.</summary>
    public static void WriteWaitAudit(Utf8JsonWriter w, FakeServiceOrder s, DateTimeOffset now)
    {
        w.WriteStartObject();
        w.WriteNumber("applyId", s.ApplyId);
        w.WriteStartArray("serviceIdList");
        w.WriteNumberValue(s.ServiceId);
        w.WriteEndArray();
        w.WriteNumber("customerExpect", s.CustomerExpect);
        w.WriteString("customerExpectName", AscNames.CustomerExpect(s.CustomerExpect));
        w.WriteNumber("serviceStatus", s.ServiceStatus);
        w.WriteString("serviceStatusName", AscNames.ServiceStatus(s.ServiceStatus));
        w.WriteTime("applyTime", s.ApplyTime);
        w.WriteTime("auditOvertime", s.AuditDeadline);
        w.WriteBoolean("timeoutFlag", now > s.AuditDeadline);
        w.WriteString("customerPin", s.CustomerPin);
        w.WriteString("customerName", s.CustomerName);
        w.WriteString("customerMobile", s.CustomerTel);
        w.WriteNumber("customerGrade", s.CustomerGrade);
        w.WriteNumber("orderId", s.OrderId);
        w.WriteNumber("orderType", 22);
        w.WriteString("orderTypeName", "POP SOP");
        w.WriteNumber("skuId", s.SkuId);
        w.WriteString("wareName", s.WareName);
        w.WriteNumber("serviceCount", s.ServiceCount);
        w.WriteEndObject();
    }

    /// <summary>WaitAuditDetail: the data of audit.detail, for the service orders of one application.</summary>
    public static void WriteWaitAuditDetail(Utf8JsonWriter w, IReadOnlyList<FakeServiceOrder> services, FakeShopData data)
    {
        var s = services[0];
        var order = data.FindOrder(s.OrderId);
        w.WriteStartObject();
        w.WriteStartArray("serviceIdList");
        foreach (var service in services)
        {
            w.WriteNumberValue(service.ServiceId);
        }

        w.WriteEndArray();
        w.WriteNumber("customerExpect", s.CustomerExpect);
        w.WriteString("customerExpectName", AscNames.CustomerExpect(s.CustomerExpect));
        w.WriteTime("applyTime", s.ApplyTime);
        w.WriteNumber("orderId", s.OrderId);
        w.WriteString("questionDesc", s.QuestionDesc);
        w.WriteString("questionPic", "");
        w.WriteNumber("questionTypeCid1", s.QuestionTypeCid1);
        w.WriteString("questionTypeCid1Name", ReasonName(data, s.QuestionTypeCid1));
        w.WriteNumber("questionTypeCid2", s.QuestionTypeCid2);
        w.WriteString("questionTypeCid2Name", ReasonName(data, s.QuestionTypeCid2));
        w.WriteNumber("orderType", 22);
        w.WriteString("orderTypeName", "POP SOP");
        w.WriteNumber("expectPickwareType", 4);
        w.WriteString("expectPickwareTypeName", "上门取件");
        w.WriteNumber("sysVersion", s.SysVersion);
        WriteCustomerInfo(w, s);
        w.WriteStartArray("applyDetailList");
        foreach (var service in services)
        {
            w.WriteStartObject();
            w.WriteNumber("applyDetailId", (service.ServiceId % 1_000_000) + 550_000_000);
            w.WriteNumber("applyDetailIdLong", (service.ServiceId % 1_000_000) + 550_000_000);
            w.WriteNumber("skuId", service.SkuId);
            w.WriteString("wareName", service.WareName);
            w.WriteNumber("wareType", 10);
            w.WriteString("wareTypeName", "主商品");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteCustomerAddress(w, "doorPickwareAddress", order);
        w.WriteEndObject();
    }

    public static void WriteLog(Utf8JsonWriter w, FakeServiceLog log)
    {
        w.WriteStartObject();
        w.WriteNumber("afsLogId", log.AfsLogId);
        w.WriteNumber("serviceId", log.ServiceId);
        w.WriteNumber("operateType", log.OperateType);
        w.WriteString("operateTypeName", log.OperateTypeName);
        w.WriteString("operateRemark", log.OperateRemark);
        w.WriteString("operatePin", log.OperatePin);
        w.WriteString("operateName", log.OperateName);
        w.WriteTime("operateDate", log.OperateDate);
        w.WriteEndObject();
    }

    public static void WriteReceipt(Utf8JsonWriter w, FakeServiceOrder s, FakeReturnReceipt r)
    {
        w.WriteStartObject();
        w.WriteNumber("receiveId", r.ReceiveId);
        w.WriteNumber("serviceId", s.ServiceId);
        w.WriteNumber("receiveType", 10);
        w.WriteString("receiveTypeName", "拆包登记");
        w.WriteTime("receiveDate", r.ReceiveDate);
        w.WriteNumber("packingState", r.PackingState);
        w.WriteString("packingStateName", r.PackingState == 10 ? "包装完好" : "包装破损");
        w.WriteNumber("qualityState", r.QualityState);
        w.WriteNumber("appearanceState", r.AppearanceState);
        w.WriteNumber("invoiceRecordState", r.InvoiceRecordState);
        w.WriteNumber("judgmentReason", r.JudgmentReason);
        w.WriteNumber("accessoryOrGift", r.AccessoryOrGift);
        w.WriteString("receiveRemark", r.ReceiveRemark);
        w.WriteBoolean("abnormalFlag", r.QualityState != 10 || r.PackingState != 10);

        // JD's ReceiveDetail carries the quantities per item, and no receiver at the top level.
        w.WriteStartArray("receiveWareList");
        w.WriteStartObject();
        w.WriteNumber("skuId", s.SkuId);
        w.WriteString("wareName", s.WareName);
        w.WriteNumber("wareNum", r.WareNum);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("extJsonStr", "");
        w.WriteEndObject();
    }

    public static void WriteFreight(Utf8JsonWriter w, FakeServiceOrder s)
    {
        var firstNode = s.ReturnTrace.Count > 0 ? s.ReturnTrace[0].Time : s.ApproveTime;
        w.WriteStartObject();
        w.WriteNumber("serviceId", s.ServiceId);
        w.WriteString("expressCode", s.ExpressCode);
        w.WriteString("expressCompany", s.ReturnExpressCompany ?? "京东快递");
        w.WriteNumber("freightMoney", s.ReturnFreightMoney ?? 12.00m);
        w.WriteNumber("finalFreightMoney", s.ReturnFreightMoney ?? 12.00m);
        w.WriteNumber("modifiedMoney", 0.00m);
        w.WriteBoolean("repeatFreightFlag", false);
        w.WriteTime("deliveryDate", firstNode);
        w.WriteTime("firstUploadDate", firstNode);
        w.WriteNumber("shipWayId", s.ReturnShipWayId ?? 1);
        w.WriteEndObject();
    }

    /// <summary>customerInfo as query.view and audit.detail write it: the customer and their contact.</summary>
    private static void WriteCustomerInfo(Utf8JsonWriter w, FakeServiceOrder s)
    {
        w.WriteStartObject("customerInfo");
        w.WriteString("jdPin", s.CustomerPin);
        w.WriteString("name", s.CustomerName);
        w.WriteNumber("grade", s.CustomerGrade);
        w.WriteStartObject("contactInfo");
        w.WriteString("contactName", s.CustomerName);
        w.WriteString("contactTel", s.CustomerTel);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The customer's area-coded address, where the goods are picked up, from the order's consignee.</summary>
    private static void WriteCustomerAddress(Utf8JsonWriter w, string name, FakeOrder? order)
    {
        w.WriteStartObject(name);
        w.WriteNumber("provinceCode", order?.ProvinceId ?? 1);
        w.WriteNumber("cityCode", order?.CityId ?? 72);
        w.WriteNumber("countyCode", 2819);
        w.WriteNumber("villageCode", 0);
        w.WriteString("detailAddress", order?.ConsigneeAddress ?? "");
        w.WriteEndObject();
    }

    private static void WriteBriefFields(Utf8JsonWriter w, FakeServiceOrder s, FakeShopData data)
    {
        w.WriteNumber("serviceId", s.ServiceId);
        w.WriteNumber("applyId", s.ApplyId);
        w.WriteNumber("customerExpect", s.CustomerExpect);
        w.WriteString("customerExpectName", AscNames.CustomerExpect(s.CustomerExpect));
        w.WriteNumber("orderId", s.OrderId);
        w.WriteNumber("serviceStatus", s.ServiceStatus);
        w.WriteString("serviceStatusName", AscNames.ServiceStatus(s.ServiceStatus));
        w.WriteTime("applyTime", s.ApplyTime);
        w.WriteTime("updateDate", s.UpdateTime);
        w.WriteNumber("orderType", 22);
        w.WriteString("orderTypeName", "POP SOP");
        w.WriteString("customerPin", s.CustomerPin);
        w.WriteString("customerName", s.CustomerName);
        w.WriteString("customerTel", s.CustomerTel);
        w.WriteNumber("customerGrade", s.CustomerGrade);
        w.WriteNumber("skuId", s.SkuId);
        w.WriteString("wareName", s.WareName);
        w.WriteNumber("wareType", 10);
        w.WriteString("wareTypeName", "主商品");
        w.WriteNumber("questionTypeCid1", s.QuestionTypeCid1);
        w.WriteString("questionTypeCid1Name", ReasonName(data, s.QuestionTypeCid1));
        w.WriteNumber("questionTypeCid2", s.QuestionTypeCid2);
        w.WriteString("questionTypeCid2Name", ReasonName(data, s.QuestionTypeCid2));
        WriteSysVersion(w, s);
        w.WriteNumber("serviceCount", s.ServiceCount);
        w.WriteNumber("actualPayPrice", s.ActualPayPrice);
        if (s.PickwareType != 0)
        {
            w.WriteNumber("pickwareType", s.PickwareType);
        }

        w.WriteTime("approveTime", s.ApproveTime);
        w.WriteOptional("approvePin", s.ApprovePin);
        w.WriteOptional("approveName", s.ApproveName);
        if (s.ApproveResult is { } approveResult)
        {
            w.WriteNumber("approveResult", approveResult);
            w.WriteString("approveResultName", AscNames.ApproveResult(approveResult));
        }
        else
        {
            w.WriteNull("approveResult");
        }

        w.WriteTime("processTime", s.ProcessTime);
        if (s.ProcessResult is { } processResult)
        {
            w.WriteNumber("processResult", processResult);
            w.WriteString("processResultName", AscNames.ProcessResult(processResult));
        }
        else
        {
            w.WriteNull("processResult");
        }

        w.WriteOptional("expressCode", s.ExpressCode);
        w.WriteString("extJsonStr", ExtJson(s));
    }

    /// <summary>JD sends <c>sysVersion: null</c> for a service order that is closed (rejected, completed, cancelled).</summary>
    private static void WriteSysVersion(Utf8JsonWriter w, FakeServiceOrder s)
    {
        if (s.ServiceStatus is 10004 or 10010 or 10011)
        {
            w.WriteNull("sysVersion");
        }
        else
        {
            w.WriteNumber("sysVersion", s.SysVersion);
        }
    }

    private static string ExtJson(FakeServiceOrder s) => JsonBodies.Write(e =>
    {
        e.WriteStartObject();
        e.WriteString("APPLYREASON", s.QuestionDesc);
        e.WriteEndObject();
    }).AsSpan().ToUtf8String();

    private static string ReasonName(FakeShopData data, int code) =>
        data.ReasonList.Find(r => r.Code == code)?.Name ?? "";

    private static string ToUtf8String(this Span<byte> bytes) => System.Text.Encoding.UTF8.GetString(bytes);
}
