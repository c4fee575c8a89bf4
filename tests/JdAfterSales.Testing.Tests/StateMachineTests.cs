using System.Text.Json;
using JdAfterSales.Testing;

namespace JdAfterSales.Testing.Tests;

public sealed class StateMachineTests : IDisposable
{
    private readonly JosTestClient _client;

    public StateMachineTests()
    {
        var (gateway, _) = GatewayFixtures.Start();
        _client = new JosTestClient(gateway);
    }

    private FakeShopData Data => _client.Gateway.Data;

    [Fact]
    public async Task Legal_path_10001_10005_10007_10010_raises_sysVersion_each_time()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        var version = service.SysVersion;

        AssertSuccess(await WriteAsync("jingdong.asc.audit.homepick", service, version, HomepickFields()), "jingdong.asc.audit.homepick");
        Assert.Equal((10005, version + 1), (service.ServiceStatus, service.SysVersion));
        Assert.NotNull(service.ExpressCode);
        Assert.False(service.IsReturnSignedFor);

        var freight = await ViewAsync("jingdong.asc.freight.view", service);
        Assert.Equal(service.ExpressCode, freight.GetProperty("expressCode").GetString());
        _client.Gateway.SignForReturn(service.ServiceId);
        Assert.True(service.IsReturnSignedFor);

        AssertSuccess(await WriteAsync("jingdong.asc.receive.register", service, version + 1, ReceiveFields()), "jingdong.asc.receive.register");
        Assert.Equal((10007, version + 2), (service.ServiceStatus, service.SysVersion));
        var receipt = await ViewAsync("jingdong.asc.receive.view", service);
        Assert.Equal(10, receipt.GetProperty("packingState").GetInt32());

        AssertSuccess(await WriteAsync("jingdong.asc.process.close", service, version + 2, []), "jingdong.asc.process.close");
        Assert.Equal((10010, version + 3), (service.ServiceStatus, service.SysVersion));

        var view = await ViewAsync("jingdong.asc.query.view", service);
        Assert.Equal(10010, view.GetProperty("serviceStatus").GetInt32());

        // Like JD, a closed service order is served without a version: nothing can be written to it any more.
        Assert.Equal(JsonValueKind.Null, view.GetProperty("sysVersion").ValueKind);

        var logs = await _client.AscAsync("jingdong.asc.log.list", new() { ["serviceId"] = service.ServiceId, ["pageSize"] = 50 });
        var logItems = JosTestClient.Payload(logs, "jingdong.asc.log.list").GetProperty("pageResult").GetProperty("data");
        Assert.Equal(service.Logs.Count, logItems.GetArrayLength());
        Assert.Equal("处理关单", logItems[logItems.GetArrayLength() - 1].GetProperty("operateTypeName").GetString());
    }

    [Fact]
    public async Task Stale_versions_and_illegal_transitions_are_refused_without_change()
    {
        var pending = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        var version = pending.SysVersion;

        var stale = await WriteAsync("jingdong.asc.audit.refuse", pending, version - 1, RefuseFields());
        Assert.Equal("ASC_SYS_VERSION_ERROR", Failure(stale, "jingdong.asc.audit.refuse"));
        Assert.Equal((10001, version), (pending.ServiceStatus, pending.SysVersion));

        var early = await WriteAsync("jingdong.asc.process.close", pending, version, []);
        Assert.Equal("ASC_STATUS_ERROR", Failure(early, "jingdong.asc.process.close"));

        AssertSuccess(await WriteAsync("jingdong.asc.audit.refuse", pending, version, RefuseFields()), "jingdong.asc.audit.refuse");
        Assert.Equal(10004, pending.ServiceStatus);

        var again = await WriteAsync("jingdong.asc.audit.refuse", pending, version + 1, RefuseFields());
        Assert.Equal("ASC_STATUS_ERROR", Failure(again, "jingdong.asc.audit.refuse"));

        var cancelled = Data.ServiceOrders.First(s => s.ServiceStatus == 10011);
        var cancel = await WriteAsync("jingdong.asc.common.cancel", cancelled, cancelled.SysVersion, new() { ["approveNotes"] = "x" });
        Assert.Equal("ASC_STATUS_ERROR", Failure(cancel, "jingdong.asc.common.cancel"));

        var unknown = await _client.AscAsync("jingdong.asc.query.view", new() { ["serviceId"] = 1_999_999_999_999, ["orderId"] = 300_000_000_001 });
        Assert.Equal("ASC_SERVICE_NOT_EXIST", Failure(unknown, "jingdong.asc.query.view"));
    }

    [Fact]
    public async Task Wait_feedback_then_cancel()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        var version = service.SysVersion;
        AssertSuccess(await WriteAsync("jingdong.asc.audit.waitFeedback", service, version, RefuseFields()), "jingdong.asc.audit.waitFeedback");
        Assert.Equal(10002, service.ServiceStatus);
        AssertSuccess(await WriteAsync("jingdong.asc.common.cancel", service, version + 1, new() { ["approveNotes"] = "客户要求取消" }), "jingdong.asc.common.cancel");
        Assert.Equal((10011, version + 2), (service.ServiceStatus, service.SysVersion));
    }

    [Fact]
    public async Task Refund_approve_then_second_approve_is_E_STATUS()
    {
        var refund = Data.RefundApplications.First(r => r.Status == 0);
        var reply = new Dictionary<string, object?> { ["id"] = refund.Id, ["status"] = 1, ["checkUserName"] = "客服", ["remark"] = "同意" };

        var first = JosTestClient.Payload(await _client.CallAsync("jingdong.pop.afs.soa.refundapply.replyRefund", reply), "jingdong.pop.afs.soa.refundapply.replyRefund");
        Assert.True(first.GetProperty("replyResult").GetProperty("success").GetBoolean());
        Assert.Equal(1, refund.Status);

        var second = JosTestClient.Payload(await _client.CallAsync("jingdong.pop.afs.soa.refundapply.replyRefund", reply), "jingdong.pop.afs.soa.refundapply.replyRefund");
        Assert.False(second.GetProperty("replyResult").GetProperty("success").GetBoolean());
        Assert.Equal("E_STATUS", second.GetProperty("replyResult").GetProperty("errorCode").GetString());

        var count = JosTestClient.Payload(await _client.CallAsync("jingdong.pop.afs.soa.refundapply.getWaitRefundNum", "{}"), "jingdong.pop.afs.soa.refundapply.getWaitRefundNum");
        Assert.Equal(Data.RefundApplications.Count(r => r.Status == 0), count.GetProperty("queryResult").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Remark_and_comment_reply_change_the_data()
    {
        var order = Data.Orders[0];
        var remark = JosTestClient.Payload(
            await _client.CallAsync("jingdong.pop.order.modifyVenderRemark", new { order_id = order.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture), flag = 1, remark = "加急" }),
            "jingdong.pop.order.modifyVenderRemark");
        Assert.True(remark.GetProperty("modifyvenderremark_result").GetProperty("success").GetBoolean());
        Assert.Equal(("加急", 1), (order.VenderRemark, order.VenderRemarkFlag!.Value));

        var comment = Data.Comments.First(c => c.Replies.Count == 0);
        var saved = JosTestClient.Payload(
            await _client.CallAsync("jingdong.club.pop.commentreply.save", new { commentId = comment.CommentId, content = "感谢", replyId = -1 }),
            "jingdong.club.pop.commentreply.save");
        Assert.Equal("1", saved.GetProperty("resultCode").GetString());
        Assert.Single(comment.Replies);
    }

    public void Dispose()
    {
        _client.Gateway.Dispose();
        _client.Dispose();
    }

    private static Dictionary<string, object?> RefuseFields() => new() { ["approveNotes"] = "审核意见", ["approveReasonCid1"] = 1001 };

    private static Dictionary<string, object?> HomepickFields()
    {
        var fields = RefuseFields();
        foreach (var name in new[] { "pickupContactName", "pickupContactTel", "pickupDetailAddress", "returnContactName", "returnContactTel", "returnZipcode", "returnDetailAddress" })
        {
            fields[name] = "x";
        }

        foreach (var name in new[] { "pickupProvince", "pickupCity", "pickupCounty", "returnProvince", "returnCity", "returnCounty", "returnAddressType" })
        {
            fields[name] = 1;
        }

        fields["applyDetailIdList"] = new[] { 1 };
        return fields;
    }

    private static Dictionary<string, object?> ReceiveFields() => new()
    {
        ["receivePin"] = "wms", ["receiveName"] = "仓库", ["packingState"] = 10, ["qualityState"] = 10, ["invoiceRecord"] = 10,
        ["judgmentReason"] = 1, ["accessoryOrGift"] = 1, ["appearanceState"] = 10, ["receiveRemark"] = "完好",
    };

    [Fact]
    public async Task Processing_ships_from_10007_and_a_cancellation_undoes_only_its_own_shipment()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10007);
        var version = service.SysVersion;

        AssertSuccess(await WriteAsync("jingdong.asc.process.back", service, version, BackFields()), "jingdong.asc.process.back");
        Assert.Equal((10009, version + 1), (service.ServiceStatus, service.SysVersion));
        Assert.Equal(24, service.ProcessResult);

        var wrongCancel = await _client.AscAsync("jingdong.asc.process.offLineChange.cancel", new() { ["serviceId"] = service.ServiceId, ["orderId"] = service.OrderId });
        Assert.Equal("ASC_STATUS_ERROR", Failure(wrongCancel, "jingdong.asc.process.offLineChange.cancel"));

        // The cancellations take no sysVersion.
        var cancel = await _client.AscAsync("jingdong.asc.process.return.cancel", new() { ["serviceId"] = service.ServiceId, ["orderId"] = service.OrderId });
        AssertSuccess(cancel, "jingdong.asc.process.return.cancel");
        Assert.Equal((7060, version + 2), (service.ServiceStatus, service.SysVersion));
        Assert.Null(service.ProcessResult);

        var listed = await _client.AscAsync("jingdong.asc.process.list", new() { ["serviceId"] = service.ServiceId });
        var item = Assert.Single(JosTestClient.Payload(listed, "jingdong.asc.process.list").GetProperty("pageResult").GetProperty("data").EnumerateArray());
        Assert.Equal(7060, item.GetProperty("serviceStatus").GetInt32());
        Assert.False(item.TryGetProperty("sysVersion", out _), "WaitProcessResult carries no sysVersion");

        AssertSuccess(await WriteAsync("jingdong.asc.process.close", service, version + 2, []), "jingdong.asc.process.close");
        Assert.Equal(10010, service.ServiceStatus);
    }

    [Theory]
    [InlineData("skuId", "1,2", "wareName", "a", "wareNum", "1,1", "wareName")]
    [InlineData("skuId", "1", "wareName", "a", "relationSkuId", "9", "relationWareType")]
    public async Task An_exchange_whose_item_lists_do_not_line_up_is_refused(string k1, string v1, string k2, string v2, string k3, string v3, string named)
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10007);
        var fields = RenewFields();
        fields[k1] = v1;
        fields[k2] = v2;
        fields[k3] = v3;
        if (k3 != "wareNum")
        {
            fields["wareNum"] = "1";
        }

        var body = await WriteAsync("jingdong.asc.process.renew", service, service.SysVersion, fields);

        Assert.Equal("61", JosTestClient.ErrorCode(body));
        Assert.Contains(named, body.GetProperty("error_response").GetProperty("zh_desc").GetString(), StringComparison.Ordinal);
        Assert.Equal(10007, service.ServiceStatus);
    }

    [Fact]
    public async Task An_exchange_requires_the_town_code_and_the_offline_one_its_outcome()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10007);
        var renew = RenewFields();
        renew.Remove("villageCode");
        Assert.Equal("60", JosTestClient.ErrorCode(await WriteAsync("jingdong.asc.process.renew", service, service.SysVersion, renew)));

        var offline = new Dictionary<string, object?> { ["opFlag"] = 3, ["shipWayId"] = 30, ["shipWayName"] = "顺丰", ["expressCode"] = "SF1", ["wareType"] = "10" };
        Assert.Equal("61", JosTestClient.ErrorCode(await WriteAsync("jingdong.asc.process.offline.change", service, service.SysVersion, offline)));
        Assert.Equal(10007, service.ServiceStatus);
    }

    private static Dictionary<string, object?> ConsigneeFields() => new()
    {
        ["consigneeName"] = "李四", ["consigneeTel"] = "138", ["provinceCode"] = 1, ["cityCode"] = 72, ["countyCode"] = 2819, ["detailAddress"] = "1号",
    };

    private static Dictionary<string, object?> BackFields()
    {
        var fields = ConsigneeFields();
        fields["shipWayId"] = -10;
        fields["shipWayName"] = "其他快递";
        return fields;
    }

    private static Dictionary<string, object?> RenewFields()
    {
        var fields = ConsigneeFields();
        fields["villageCode"] = 0;
        fields["applyDescription"] = "换新";
        fields["deliveryCenterId"] = 6;
        fields["deliveryCenterName"] = "北京";
        fields["storeId"] = 5;
        fields["collectFreightFlag"] = false;
        return fields;
    }

    private Task<JsonElement> WriteAsync(string method, FakeServiceOrder service, int sysVersion, Dictionary<string, object?> fields)
    {
        fields["serviceId"] = service.ServiceId;
        fields["orderId"] = service.OrderId;
        fields["sysVersion"] = sysVersion;
        return _client.AscAsync(method, fields);
    }

    private async Task<JsonElement> ViewAsync(string method, FakeServiceOrder service)
    {
        var body = await _client.AscAsync(method, new() { ["serviceId"] = service.ServiceId, ["orderId"] = service.OrderId });
        var result = JosTestClient.Payload(body, method).GetProperty("result");
        Assert.True(result.GetProperty("success").GetBoolean());
        return result.GetProperty("data");
    }

    private static void AssertSuccess(JsonElement body, string method)
    {
        var result = JosTestClient.Payload(body, method).GetProperty("result");
        Assert.True(result.GetProperty("success").GetBoolean(), result.ToString());
    }

    private static string? Failure(JsonElement body, string method)
    {
        var result = JosTestClient.Payload(body, method).GetProperty("result");
        Assert.False(result.GetProperty("success").GetBoolean());
        return result.GetProperty("code").GetString();
    }
}
