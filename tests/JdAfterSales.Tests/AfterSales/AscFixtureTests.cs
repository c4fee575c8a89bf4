using JdAfterSales.AfterSales;
using JdAfterSales.Gateway;

namespace JdAfterSales.Tests.AfterSales;

/// <summary>Every after-sales fixture read into the typed models through the client.</summary>
public sealed class AscFixtureTests
{
    [Fact]
    public async Task Query_list_reads_large_ids_money_times_and_enumerations()
    {
        var (client, _) = AscKit.With("asc.query.list.success.json");
        var page = await client.AfterSales.ListServicesAsync(new ListServicesRequest { PageSize = 2 });

        Assert.Equal(57, page.TotalCount);
        Assert.True(page.HasMore);
        Assert.Equal(2, page.Items.Count);
        var first = page.Items[0];
        Assert.Equal(1234567890123L, first.ServiceId);
        Assert.True(first.ServiceId > uint.MaxValue);
        Assert.Equal(987654321L, first.ApplyId);
        Assert.Equal(300000000001L, first.OrderId);
        Assert.Equal(100012345678L, first.SkuId);
        Assert.Equal(299.0m, first.ActualPayPrice);
        Assert.Equal(AscKit.Beijing20240520, first.ApplyTime);
        Assert.Equal(TimeSpan.FromHours(8), first.ApplyTime!.Value.Offset);
        Assert.Equal(CustomerExpectation.Return, first.CustomerExpectation);
        Assert.Equal("退货", first.CustomerExpectation.ChineseName);
        Assert.Equal(ServiceStatus.PendingAudit, first.Status);
        Assert.Equal("待审核", first.Status.ChineseName);
        Assert.Equal(3, first.SysVersion);
        Assert.Null(first.ApproveResult);
        Assert.Equal(100101L, first.QuestionTypeCid2);
        Assert.Equal("{\"APPLYREASON\":\"收到外壳有划痕\"}", first.ExtJson);

        var second = page.Items[1];
        Assert.Equal(89.9m, second.ActualPayPrice);
        Assert.Equal(CustomerExpectation.Exchange, second.CustomerExpectation);
        Assert.Equal(ServiceStatus.AwaitingReceipt, second.Status);
        Assert.Equal(31, second.ApproveResult);
        Assert.Equal("上门取件", second.ApproveResultName);
        Assert.Equal(new DateTimeOffset(2024, 5, 19, 14, 45, 30, TimeSpan.FromHours(8)), second.ApproveTime);
        Assert.Equal("JDV000123456789", second.ExpressCode);
    }

    [Fact]
    public async Task Unknown_enumeration_values_survive_and_strings_read_as_numbers()
    {
        var (client, _) = AscKit.With("asc.query.list.unknown-values.json");
        var item = Assert.Single((await client.AfterSales.ListServicesAsync(new ListServicesRequest())).Items);

        Assert.Equal(9223372036854775000L, item.ServiceId);
        Assert.Equal(10099, item.Status.Value);
        Assert.False(item.Status.IsKnown);
        Assert.Null(item.Status.ChineseName);
        Assert.Equal(90, item.CustomerExpectation.Value);
        Assert.False(item.CustomerExpectation.IsKnown);
        Assert.Equal(99, item.PickwareType!.Value.Value);
        Assert.Equal(AscKit.Beijing20240520, item.ApplyTime);
        Assert.Equal(7, item.SysVersion);
        Assert.Equal(0.10m, item.ActualPayPrice);
        Assert.Equal(ServiceStatus.FromValue(10099), item.Status);
    }

    [Fact]
    public async Task Query_view_reads_the_bill_with_nested_objects_and_lists()
    {
        var (client, _) = AscKit.With("asc.query.view.success.json");
        var bill = await client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = 1234567890123, OrderId = 300000000001 });

        Assert.NotNull(bill);
        Assert.Equal(1234567890123L, bill.ServiceId);
        Assert.Equal(CustomerExpectation.Return, bill.CustomerExpectation);
        Assert.Equal(ServiceStatus.PendingAudit, bill.Status);
        Assert.Equal(AscKit.Beijing20240520, bill.ApplyTime);
        Assert.Equal("收到货外壳有明显划痕，要求退货", bill.QuestionDescription);
        Assert.True(bill.HasInvoice);
        Assert.True(bill.HasPackage);
        Assert.Equal(3, bill.SysVersion);
        Assert.Equal("jd_buyer01", bill.CustomerInfo!.JdPin);
        Assert.Equal(50, bill.CustomerInfo.Grade);
        Assert.Equal("138****0000", bill.CustomerInfo.ContactInfo!.ContactTel);
        Assert.Equal(2819, bill.PickwareAddress!.CountyCode);
        Assert.Equal("北京市朝阳区某某路1号", bill.PickwareAddress.DetailAddress);
        Assert.Null(bill.ReturnWareAddress);
        var detail = Assert.Single(bill.Details);
        Assert.Equal(55501L, detail.ServiceDetailId);
        Assert.Equal(299.0m, detail.PayPrice);
        Assert.Equal(299.0m, detail.ActualPayPrice);
        Assert.Equal(1, detail.WareNumber);
        Assert.Equal("小米", detail.WareBrand);
    }

    [Fact]
    public async Task Audit_reason_list_reads_the_first_level()
    {
        var (client, _) = AscKit.With("asc.audit.reason.list.success.json");
        var reasons = await client.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest());

        Assert.Equal([1001L, 1002L], reasons.Select(r => r.Code));
        Assert.Equal(["质量问题", "非质量问题"], reasons.Select(r => r.Name));
        Assert.All(reasons, r => Assert.Equal(0L, r.ParentCode));
    }

    [Fact]
    public async Task Stale_sys_version_is_a_concurrency_error_carrying_the_service_id_and_is_not_resent()
    {
        var (client, handler) = AscKit.With("asc.audit.refuse.stale-sysversion.json");
        var error = await Assert.ThrowsAsync<JdConcurrencyException>(() => client.AfterSales.RejectServiceAsync(new RejectServiceRequest
        {
            ServiceId = 1234567890123,
            OrderId = 300000000001,
            SysVersion = 3,
            ApproveNotes = "不符合退货条件",
            ApproveReasonCid1 = 1002,
        }));

        Assert.Equal(1234567890123L, error.ServiceId);
        Assert.Equal("ASC_SYS_VERSION_ERROR", error.Code);
        Assert.Equal("服务单版本号不一致，请刷新后重试", error.JdMessage);
        Assert.Equal(JdBusinessErrorKind.StaleVersion, error.Kind);
        Assert.Equal("jingdong.asc.audit.refuse", error.Method);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Audit_list_reads_pending_applications()
    {
        var (client, _) = AscKit.With("asc.audit.list.success.json");
        var item = Assert.Single((await client.AfterSales.ListPendingAuditsAsync(new ListPendingAuditsRequest())).Items);

        Assert.Equal(987654321L, item.ApplyId);
        Assert.Equal([1234567890123L, 1234567890125L], item.ServiceIds);
        Assert.Equal(CustomerExpectation.Repair, item.CustomerExpectation);
        Assert.Equal("维修", item.CustomerExpectation.ChineseName);
        Assert.Equal(ServiceStatus.PendingAudit, item.Status);
        Assert.Equal(new DateTimeOffset(2024, 5, 22, 13, 45, 30, TimeSpan.FromHours(8)), item.AuditDeadline);
        Assert.False(item.TimedOut);
        Assert.Equal(2, item.ServiceCount);
    }

    [Fact]
    public async Task Log_list_reads_history_entries()
    {
        var (client, _) = AscKit.With("asc.log.list.success.json");
        var entry = Assert.Single((await client.AfterSales.ListServiceLogsAsync(new ListServiceLogsRequest { ServiceId = 1234567890123 })).Items);

        Assert.Equal(5000000001L, entry.LogId);
        Assert.Equal(1234567890123L, entry.ServiceId);
        Assert.Equal("提交申请", entry.OperateTypeName);
        Assert.Equal(AscKit.Beijing20240520, entry.OperateDate);
    }

    [Fact]
    public async Task Service_and_refund_view_maps_the_misspelt_amount_and_tolerates_an_empty_bill()
    {
        var (client, _) = AscKit.With("asc.serviceAndRefund.view.success.json");
        var items = (await client.AfterSales.ListServiceRefundsAsync(new ListServiceRefundsRequest { OrderId = 300000000001 })).Items;

        Assert.Equal(2, items.Count);
        Assert.Equal(299.0m, items[0].RefundAmount);
        Assert.Equal(13, items[0].Status);
        Assert.Equal(1234567890123L, items[0].ServiceBill!.ServiceId);
        Assert.Equal(987654321L, items[0].ServiceBill!.ApplyId);
        Assert.Equal(AscKit.Beijing20240520, items[0].ServiceBill!.ApplyTime);
        Assert.Equal(89.90m, items[1].RefundAmount);
        Assert.Null(items[1].ServiceBill);
        Assert.Null(items[1].CompleteTime);
    }

    [Fact]
    public async Task Receive_view_reads_the_receipt_with_quantities_per_item()
    {
        var (client, _) = AscKit.With("asc.receive.view.success.json");
        var receipt = await client.AfterSales.GetReceiptAsync(new GetReceiptRequest { ServiceId = 1234567890123, OrderId = 300000000001 });

        Assert.NotNull(receipt);
        Assert.Equal(1234567890123L, receipt.ServiceId);
        Assert.Equal(7001L, receipt.ReceiveId);
        Assert.Equal(10, receipt.ReceiveType);
        Assert.Equal("拆包登记", receipt.ReceiveTypeName);
        Assert.Equal(new DateTimeOffset(2024, 5, 23, 15, 40, 0, TimeSpan.FromHours(8)), receipt.ReceiveDate);
        Assert.Equal(10, receipt.PackingState);
        Assert.Equal("包装完好", receipt.PackingStateName);
        Assert.Equal(10, receipt.QualityState);
        Assert.Equal(1, receipt.JudgmentReason);
        Assert.False(receipt.Abnormal);
        Assert.Equal("外箱完好，商品外壳有划痕，与描述一致", receipt.ReceiveRemark);
        Assert.Equal(string.Empty, receipt.PartCode);
        var ware = Assert.Single(receipt.Wares);
        Assert.Equal(100012345678L, ware.SkuId);
        Assert.Equal("小米电饭煲 3L", ware.WareName);
        Assert.Equal(1, ware.WareNumber);
    }

    [Fact]
    public async Task Query_list_without_data_is_an_empty_page()
    {
        var (client, _) = AscKit.With("asc.query.list.empty-page.json");
        var page = await client.AfterSales.ListServicesAsync(new ListServicesRequest());

        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalCount);
        Assert.False(page.HasMore);
    }

    [Fact]
    public async Task A_closed_service_order_reads_with_no_version_and_a_blank_customer()
    {
        var (client, _) = AscKit.With("asc.query.view.closed-null-version.json");
        var bill = await client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = 1234567890124, OrderId = 300000000004 });

        Assert.Equal(1234567890124L, bill.ServiceId);
        Assert.Null(bill.SysVersion);
        Assert.Equal(ServiceStatus.Cancelled, bill.Status);
        Assert.Null(bill.CustomerInfo);
        Assert.Empty(bill.Details);
        Assert.Empty(bill.ServiceIds);
        Assert.Equal("不想要了", bill.QuestionDescription);
    }

    [Fact]
    public async Task A_write_on_a_service_order_read_without_a_version_is_refused_naming_it()
    {
        var (client, handler) = AscKit.With("asc.query.view.closed-null-version.json");
        var bill = await client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = 1234567890124, OrderId = 300000000004 });
        handler.Requests.Clear();

        var error = await Assert.ThrowsAsync<JdValidationException>(() => client.AfterSales.CloseServiceAsync(
            new CloseServiceRequest { ServiceId = bill.ServiceId, OrderId = bill.OrderId!.Value, SysVersion = bill.SysVersion }));

        Assert.Equal("sysVersion", error.Field);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Freight_view_reads_the_return_waybill_with_money_as_decimals()
    {
        var (client, _) = AscKit.With("asc.freight.view.success.json");
        var freight = await client.AfterSales.GetReturnFreightAsync(new GetReturnFreightRequest { ServiceId = 1234567890124, OrderId = 300000000002 });

        Assert.NotNull(freight);
        Assert.Equal("JDV000123456789", freight.ExpressCode);
        Assert.Equal(12.5m, freight.FreightMoney);
        Assert.Equal(10.00m, freight.FinalFreightMoney);
        Assert.Equal(10m, freight.ModifiedMoney);
        Assert.False(freight.RepeatedFreight);
        Assert.Equal(2087L, freight.ShipWayId);
    }

    [Fact]
    public async Task A_status_transition_refusal_is_a_general_business_error()
    {
        var handler = Support.StubHandler.Json("""{"jingdong_asc_process_close_responce":{"code":"0","result":{"success":false,"code":"ASC_STATUS_ERROR","msg":"当前服务单状态不允许该操作","data":null}}}""");
        var client = Support.TestClients.Create(handler, AscKit.Options());
        var error = await Assert.ThrowsAsync<JdBusinessException>(() =>
            client.AfterSales.CloseServiceAsync(new CloseServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = 3 }));

        Assert.IsNotType<JdConcurrencyException>(error);
        Assert.Equal(JdBusinessErrorKind.General, error.Kind);
        Assert.Equal("ASC_STATUS_ERROR", error.Code);
    }
}
