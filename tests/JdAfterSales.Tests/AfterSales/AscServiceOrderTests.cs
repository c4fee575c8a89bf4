using JdAfterSales.AfterSales;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.AfterSales;

/// <summary>
/// Re-sending at audit, the reminder to ship, the return waybill, notes, the customer's phone and the other service
/// orders of an order: each request's exact wire body, and each answer read from JD's shape.
/// </summary>
public sealed class AscServiceOrderTests
{
    private const string Op = """ "buId":"10001234","operatePin":"kefu01","operateNick":"客服小李" """;

    internal static readonly ApproveForReissueRequest Reissue = new()
    {
        ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "补发", ApproveReasonCid1 = 1001, ExpressCode = "JDVR1", ShipWayId = -10, ShipWayName = "其他快递",
    };

    internal static readonly AscContactAddress Address = new()
    {
        ContactName = "王五", ContactTel = "010-1", ContactMobile = "13800000000", Zipcode = "100000", Province = 1, City = 72, County = 2819, DetailAddress = "1号",
    };

    internal static readonly ApproveForDoorExchangeRequest DoorExchange = new()
    {
        ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "上门换新", ApproveReasonCid1 = 1001, PickupAddress = Address, ReturnAddress = Address,
        ReturnAddressType = 2, ApplyDetailIds = [55501], DeliveryCenterId = 6, StoreId = 5,
    };

    internal static readonly ApproveForCompensationRequest Compensation = new()
    {
        ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "补发", ApproveReasonCid1 = 1001, DeliveryCenterId = 6, DeliveryCenterName = "北京",
        StoreId = 5, CustomerAddress = Address, Wares = [new CompensationWare { SkuId = 100012, WareName = "水壶", WarePrice = 89.9m, WareNumber = 1 }],
    };

    internal static readonly RegisterReturnFreightRequest Freight = new() { ServiceId = 1, OrderId = 2, FreightMoney = 15.50m };

    [Fact]
    public async Task Reissue_sends_the_audit_core_and_ship_way_id_as_text()
    {
        var (client, handler) = AscKit.With("asc.audit.reissue.success.json");
        await client.AfterSales.ApproveForReissueAsync(Reissue with { ApproveReasonCid2 = 1002, WareNumber = 1, OperateRemark = "备注" });
        AscKit.AssertSent(handler, "jingdong.asc.audit.reissue", "{" + Op + """
            ,"serviceId":1,"orderId":2,"sysVersion":3,"approveNotes":"补发","approveReasonCid1":1001,"approveReasonCid2":1002,
            "operateRemark":"备注","expressCode":"JDVR1","shipWayName":"其他快递","wareNum":1,"shipWayId":"-10"}
            """);
    }

    [Fact]
    public async Task Door_exchange_sends_both_addresses_the_warehouse_and_the_items_as_text()
    {
        var (client, handler) = AscKit.With("asc.audit.doorRenew.success.json");
        await client.AfterSales.ApproveForDoorExchangeAsync(DoorExchange with
        {
            DeliveryCenterName = "北京",
            FreightAmount = 10m,
            Wares = [new ReplacementWare { SkuId = 100012, WareName = "水壶", WareNumber = 1 }, new ReplacementWare { SkuId = 100013, WareName = "滤网", WareNumber = 2 }],
        });
        var sent = AscKit.Sent(handler);
        Assert.Equal("jingdong.asc.audit.doorRenew", AscKit.SentMethod(handler));
        Assert.Equal("100012,100013", (string?)sent["skuId"]);
        Assert.Equal("水壶,滤网", (string?)sent["wareName"]);
        Assert.Equal("1,2", (string?)sent["wareNum"]);
        Assert.Equal("10.00", (string?)sent["freightAmount"]);
        Assert.Equal(6, (int?)sent["deliveryCenterId"]);
        Assert.Equal(5, (int?)sent["storeId"]);
        Assert.Equal("北京", (string?)sent["deliveryCenterName"]);
        Assert.Equal("王五", (string?)sent["pickupContactName"]);
        Assert.Equal("100000", (string?)sent["returnZipcode"]);
        Assert.Equal(2, (int?)sent["returnAddressType"]);
        Assert.Equal("[55501]", sent["applyDetailIdList"]!.ToJsonString());
        Assert.False(sent.ContainsKey("relationSkuId"));
    }

    [Fact]
    public async Task Compensation_sends_the_customer_address_flat_and_four_parallel_lists()
    {
        var (client, handler) = AscKit.With("asc.audit.compensate.success.json");
        await client.AfterSales.ApproveForCompensationAsync(Compensation with
        {
            Wares = [.. Compensation.Wares, new CompensationWare { SkuId = 100099, WareName = "赠品", WarePrice = 0m, WareNumber = 2 }],
        });
        AscKit.AssertSent(handler, "jingdong.asc.audit.compensate", "{" + Op + """
            ,"serviceId":1,"orderId":2,"sysVersion":3,"approveNotes":"补发","approveReasonCid1":1001,"deliveryCenterId":6,"deliveryCenterName":"北京","storeId":5,
            "customerContactName":"王五","customerContactTel":"010-1","customerContactMobile":"13800000000","customerZipcode":"100000",
            "customerProvince":1,"customerCity":72,"customerCounty":2819,"customerDetailAddress":"1号",
            "skuId":"100012,100099","wareName":"水壶,赠品","warePrice":"89.90,0.00","wareNum":"1,2"}
            """);
    }

    [Fact]
    public async Task Remind_freight_and_note_send_no_sys_version()
    {
        var (client, handler) = AscKit.With("asc.receive.delivery.remind.success.json");
        await client.AfterSales.RemindCustomerToShipAsync(new RemindCustomerToShipRequest { ServiceId = 1, OrderId = 2, CustomerMobile = "13800000000", AfterSalesAddress = "北京售后仓" });
        AscKit.AssertSent(handler, "jingdong.asc.receive.delivery.remind", "{" + Op + """
            ,"serviceId":1,"orderId":2,"customerMobile":"13800000000","afsAddress":"北京售后仓"}
            """);

        (client, handler) = AscKit.With("asc.freight.save.success.json");
        await client.AfterSales.RegisterReturnFreightAsync(Freight with { ExpressCode = "SF1", ExpressCompany = "顺丰", ShipWayId = 30 });
        AscKit.AssertSent(handler, "jingdong.asc.freight.save", "{" + Op + """
            ,"serviceId":1,"orderId":2,"freightMoney":15.50,"expressCode":"SF1","expressCompany":"顺丰","shipWayId":30}
            """);

        (client, handler) = AscKit.With("asc.track.save.success.json");
        await client.AfterSales.AddServiceNoteAsync(new AddServiceNoteRequest { ServiceId = 1, Note = "客户来电" });
        AscKit.AssertSent(handler, "jingdong.asc.track.save", "{" + Op + ""","serviceId":1,"operateRemark":"客户来电"}""");
    }

    [Fact]
    public async Task The_reads_send_their_ids_and_pages()
    {
        var (client, handler) = AscKit.With("asc.sameorder.list.success.json");
        await client.AfterSales.ListSameOrderServicesAsync(new ListSameOrderServicesRequest { ServiceId = 1, OrderId = 2, PageSize = 10 });
        AscKit.AssertSent(handler, "jingdong.asc.sameorder.list", "{" + Op + ""","serviceId":1,"orderId":2,"pageNumber":1,"pageSize":10}""");

        (client, handler) = AscKit.With("asc.track.list.success.json");
        await client.AfterSales.ListServiceNotesAsync(new ListServiceNotesRequest { ServiceId = 1, PageNumber = 2 });
        AscKit.AssertSent(handler, "jingdong.asc.track.list", "{" + Op + ""","serviceId":1,"pageNumber":2,"pageSize":50}""");

        (client, handler) = AscKit.With("asc.view.serviceTel.success.json");
        await client.AfterSales.GetCustomerPhoneAsync(new GetCustomerPhoneRequest { ServiceId = 1 });
        AscKit.AssertSent(handler, "jingdong.asc.view.serviceTel", "{" + Op + ""","serviceId":1}""");
    }

    [Fact]
    public async Task Same_order_services_read_jd_names_and_paging_sent_as_text()
    {
        var (client, _) = AscKit.With("asc.sameorder.list.success.json");

        var page = await client.AfterSales.ListSameOrderServicesAsync(new ListSameOrderServicesRequest { ServiceId = 1, OrderId = 2, PageSize = 10 });

        Assert.Equal(1, page.TotalCount);
        var other = Assert.Single(page.Items);
        Assert.Equal(1234567890140, other.ServiceId);
        Assert.Equal(ServiceStatus.Completed, other.Status);
        Assert.Equal(100012345680, other.SkuId);
        Assert.Equal(33, other.ApproveResult);
        Assert.Equal("客户发货", other.ApproveResultName);
        Assert.Equal("功能故障", other.ApproveReasonCid2Name);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1715900000000), other.ApproveTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1716100000000), other.ProcessTime);
        Assert.Equal("客服小王", other.ProcessName);
    }

    [Fact]
    public async Task Notes_and_the_phone_read_jd_shapes_and_the_phone_prints_masked()
    {
        var (client, _) = AscKit.With("asc.track.list.success.json");
        var notes = await client.AfterSales.ListServiceNotesAsync(new ListServiceNotesRequest { ServiceId = 1 });
        Assert.Equal(["客户来电，已说明寄回地址", "仓库确认已收到"], notes.Items.Select(n => n.Text));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1716190000000), notes.Items[0].CreatedAt);
        Assert.Equal("仓库", notes.Items[1].CreateName);

        (client, _) = AscKit.With("asc.view.serviceTel.success.json");
        var phone = await client.AfterSales.GetCustomerPhoneAsync(new GetCustomerPhoneRequest { ServiceId = 1 });
        Assert.NotNull(phone);
        Assert.Equal("18812342724", phone.Number);
        Assert.Equal("188****2724", phone.Masked);
        Assert.Equal("188****2724", phone.ToString());
        Assert.DoesNotContain("1234", $"{phone}", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pending_application_reads_whole_and_each_item_id_prefers_the_long_form()
    {
        var (client, handler) = AscKit.With("asc.audit.detail.success.json");

        var detail = await client.AfterSales.GetPendingAuditAsync(new GetPendingAuditRequest { ApplyId = 531087170 });

        AscKit.AssertSent(handler, "jingdong.asc.audit.detail", "{" + Op + ""","applyId":531087170}""");
        Assert.NotNull(detail);
        Assert.Equal([724578811L, 724578812L], detail.ServiceIds);
        Assert.Equal(CustomerExpectation.Return, detail.CustomerExpectation);
        Assert.Equal(PickwareType.DoorPickup, detail.ExpectedPickwareType);
        Assert.Equal(2, detail.SysVersion);
        Assert.Equal("功能故障", detail.QuestionTypeCid2Name);
        Assert.Equal("188****2724", detail.CustomerInfo!.ContactInfo!.ContactMobile);
        Assert.Equal([5310871701L, 531087171L], detail.Items.Select(i => i.ApplyDetailId!.Value));
        Assert.Equal(9007199254740993, detail.Items[0].SkuId);
        Assert.Equal("u-1", detail.Items[0].SkuUuid);
        Assert.Equal("北京市朝阳区建国路88号", detail.PickupAddress!.DetailAddress);
        Assert.Null(detail.ReceiveAddress);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1578700800000), detail.Appointment!.Begin);
        Assert.Equal("2020-01-11 08:00-14:00", detail.Appointment.Text);
    }

    [Fact]
    public void Requests_and_addresses_print_phones_masked_and_everything_else_whole()
    {
        var remind = new RemindCustomerToShipRequest { ServiceId = 11, OrderId = 22, CustomerMobile = "13812345678", AfterSalesAddress = "北京售后仓" };
        var consignee = AscProcessTests.Consignee with { Tel = "13912345678" };
        var address = Address with { ContactTel = "010-88886666", ContactMobile = "13712345678" };

        var texts = new[] { remind.ToString(), consignee.ToString(), address.ToString(), (AscProcessTests.OriginalBack with { Consignee = consignee }).ToString() };

        Assert.Contains("CustomerMobile = 138****5678", texts[0], StringComparison.Ordinal);
        Assert.Contains("ServiceId = 11", texts[0], StringComparison.Ordinal);
        Assert.Contains("AfterSalesAddress = 北京售后仓", texts[0], StringComparison.Ordinal);
        Assert.Contains("Tel = 139****5678", texts[1], StringComparison.Ordinal);
        Assert.Contains("DetailAddress = 建国路1号", texts[1], StringComparison.Ordinal);
        Assert.Contains("ContactMobile = 137****5678", texts[2], StringComparison.Ordinal);
        Assert.Contains("ContactTel = 010****6666", texts[2], StringComparison.Ordinal);
        foreach (var whole in new[] { "13812345678", "13912345678", "13712345678", "010-88886666" })
        {
            Assert.All(texts, t => Assert.DoesNotContain(whole, t, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_phone_answer_without_data_is_null()
    {
        var handler = StubHandler.Json("""{"jingdong_asc_view_serviceTel_responce":{"code":"0","result":{"success":true,"code":"0","msg":"成功","data":null}}}""");
        var client = TestClients.Create(handler, AscKit.Options());

        Assert.Null(await client.AfterSales.GetCustomerPhoneAsync(new GetCustomerPhoneRequest { ServiceId = 1 }));
    }
}
