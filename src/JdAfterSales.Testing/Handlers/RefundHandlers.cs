using System.Globalization;
using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary><c>jingdong.pop.afs.soa.refundapply.*</c>: refund applications (仅退款) and the merchant's answer.</summary>
internal static class RefundHandlers
{
    private static readonly int[] ReplyStatuses = [1, 2, 6, 9, 10];

    public static void Register(Dictionary<string, MethodHandler> table)
    {
        table["jingdong.pop.afs.soa.refundapply.queryPageList"] = QueryPageList;
        table["jingdong.pop.afs.soa.refundapply.queryById"] = QueryById;
        table["jingdong.pop.afs.soa.refundapply.replyRefund"] = ReplyRefund;
        table["jingdong.pop.afs.soa.refundapply.getWaitRefundNum"] = GetWaitRefundNum;
    }

    private static void QueryPageList(MethodCall call, Utf8JsonWriter w)
    {
        var p = call.Parameters;
        var pageIndex = p.Int("pageIndex", 1, 100) ?? throw GatewayErrorException.Missing("pageIndex");
        var pageSize = p.Int("pageSize", 1, 50) ?? throw GatewayErrorException.Missing("pageSize");
        var ids = p.LongList("ids");
        if (ids is not null && ids.Count > pageSize)
        {
            throw GatewayErrorException.Invalid("ids", "must not name more ids than pageSize");
        }

        var status = p.Long("status");
        var orderId = p.String("orderId");
        var buyerId = p.String("buyerId");
        var buyerName = p.String("buyerName");
        var applyStart = p.Date("applyTimeStart");
        var applyEnd = p.Date("applyTimeEnd");
        var checkStart = p.Date("checkTimeStart");
        var checkEnd = p.Date("checkTimeEnd");

        // Newest application first, ties by id: stable pages.
        var matches = call.Data.RefundList
            .Where(r => ids is null || ids.Contains(r.Id))
            .Where(r => status is null || r.Status == status)
            .Where(r => orderId is null || r.OrderId.ToString(CultureInfo.InvariantCulture) == orderId)
            .Where(r => buyerId is null || r.BuyerId == buyerId)
            .Where(r => buyerName is null || r.BuyerName == buyerName)
            .Where(r => applyStart is null || r.ApplyTime >= applyStart)
            .Where(r => applyEnd is null || r.ApplyTime <= applyEnd)
            .Where(r => checkStart is null || r.CheckTime >= checkStart)
            .Where(r => checkEnd is null || r.CheckTime <= checkEnd)
            .OrderByDescending(r => r.ApplyTime).ThenByDescending(r => r.Id)
            .ToList();
        WriteQueryResult(w, matches.Count, matches.Skip((pageIndex - 1) * pageSize).Take(pageSize));
    }

    private static void QueryById(MethodCall call, Utf8JsonWriter w)
    {
        var id = call.Parameters.RequireLong("id");
        var found = call.Data.FindRefundApplication(id);
        FakeRefundApplication[] result = found is null ? [] : [found];
        WriteQueryResult(w, result.Length, result);
    }

    private static void GetWaitRefundNum(MethodCall call, Utf8JsonWriter w) =>
        WriteQueryResult(w, call.Data.RefundList.Count(r => r.Status == 0), []);

    private static void ReplyRefund(MethodCall call, Utf8JsonWriter w)
    {
        var p = call.Parameters;
        var status = p.RequireInt("status");
        if (!ReplyStatuses.Contains(status))
        {
            throw GatewayErrorException.Invalid("status", "must be one of 1, 2, 6, 9, 10");
        }

        var id = p.RequireLong("id");
        var checkUserName = p.RequireString("checkUserName");
        var remark = status == 9 ? p.String("remark") ?? "" : p.RequireString("remark");
        int? rejectType = status == 2 ? p.RequireInt("rejectType", 1, 5) : null;
        p.Int("outWareStatus", 1, 2);

        var refund = call.Data.FindRefundApplication(id);
        if (refund is null)
        {
            WriteReplyResult(w, call, "E_NOT_EXIST", "申请单不存在；");
            return;
        }

        // Only a pending application can be answered; JD answers any second reply with E_STATUS.
        if (refund.Status != 0)
        {
            WriteReplyResult(w, call, "E_STATUS", "申请单不能审核为该结果，请检查申请单是否已审核；");
            return;
        }

        refund.Status = status;
        refund.CheckTime = call.Now;
        refund.CheckUserName = checkUserName;
        refund.CheckRemark = remark;
        refund.RejectType = rejectType;
        WriteReplyResult(w, call, null, null);
    }

    private static void WriteQueryResult(Utf8JsonWriter w, int totalCount, IEnumerable<FakeRefundApplication> page)
    {
        w.WriteStartObject("queryResult");
        w.WriteBoolean("success", true);
        w.WriteString("errorCode", "");
        w.WriteString("errorMsg", "");
        w.WriteNumber("totalCount", totalCount);
        w.WriteStartArray("result");
        foreach (var r in page)
        {
            w.WriteStartObject();
            w.WriteNumber("id", r.Id);
            w.WriteString("buyerId", r.BuyerId);
            w.WriteString("buyerName", r.BuyerName);
            w.WriteDateString("applyTime", r.ApplyTime);
            w.WriteDateString("checkTime", r.CheckTime);
            w.WriteNumber("applyRefundSum", r.ApplyRefundSum);
            w.WriteNumber("status", r.Status);
            w.WriteString("checkUserName", r.CheckUserName);
            w.WriteString("checkRemark", r.CheckRemark);
            w.WriteString("orderId", r.OrderId.ToString(CultureInfo.InvariantCulture));
            w.WriteString("reason", r.Reason);
            w.WriteNumber("systemId", 1);
            w.WriteNumber("storeId", 0);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteReplyResult(Utf8JsonWriter w, MethodCall call, string? errorCode, string? errorMsg)
    {
        call.BusinessErrorCode = errorCode;
        w.WriteStartObject("replyResult");
        w.WriteBoolean("success", errorCode is null);
        w.WriteString("errorCode", errorCode ?? "");
        w.WriteString("errorMsg", errorMsg ?? "");
        w.WriteEndObject();
    }
}
