using JdAfterSales.AfterSales;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.AfterSales;

/// <summary>
/// Processing (<c>jingdong.asc.process.*</c>): each request's exact wire body (names, JSON types, JD's text lists),
/// the input JD would refuse, and the list item read from JD's <c>WaitProcessResult</c> shape.
/// </summary>
public sealed class AscProcessTests
{
    private const string Op = """ "buId":"10001234","operatePin":"kefu01","operateNick":"客服小李" """;

    private const string ConsigneeJson = """
        "consigneeName":"李四","consigneeTel":"13800000000","provinceCode":1,"cityCode":72,"countyCode":2819,"villageCode":0,"detailAddress":"建国路1号"
        """;

    internal static readonly ConsigneeAddress Consignee = new()
    {
        Name = "李四", Tel = "13800000000", ProvinceCode = 1, CityCode = 72, CountyCode = 2819, VillageCode = 0, DetailAddress = "建国路1号",
    };

    internal static readonly ShipReplacementRequest Replacement = new()
    {
        ServiceId = 1, OrderId = 2, SysVersion = 3, Consignee = Consignee, ApplyDescription = "换新", DeliveryCenterId = 6,
        DeliveryCenterName = "北京", StoreId = 5, CollectFreight = false,
    };

    internal static readonly ReplacementWare Ware = new() { SkuId = 100012, WareName = "水壶", WareNumber = 1 };

    internal static readonly ShipOriginalBackRequest OriginalBack = new()
    {
        ServiceId = 1, OrderId = 2, SysVersion = 3, Consignee = Consignee, ShipWayId = 10, ShipWayName = "京东快递",
    };

    internal static readonly RegisterOfflineExchangeRequest OfflineExchange = new()
    {
        ServiceId = 1, OrderId = 2, SysVersion = 3, Outcome = OfflineExchangeOutcome.Exchanged, ShipWayId = 30, ShipWayName = "顺丰", ExpressCode = "SF1",
    };

    [Fact]
    public async Task The_list_sends_its_filters_with_jd_names_and_beijing_times()
    {
        var (client, handler) = AscKit.With("asc.process.list.success.json");
        await client.AfterSales.ListAwaitingProcessingAsync(new ListAwaitingProcessingRequest
        {
            ServiceId = 11, OrderId = 12, SkuId = 13, ExpressCode = "JDV1", Status = ServiceStatus.PendingProcessing,
            CustomerExpectation = CustomerExpectation.Exchange, ApplyTimeBegin = AscKit.Beijing20240520, ApplyTimeEnd = AscKit.Beijing20240520.AddDays(1),
            ApproveTimeBegin = AscKit.Beijing20240520, ApproveTimeEnd = AscKit.Beijing20240520.AddHours(1), JdIntervened = false, TimedOut = true,
            CustomerPin = "jd_buyer02", PageNumber = 2, PageSize = 20,
        });
        AscKit.AssertSent(handler, "jingdong.asc.process.list", "{" + Op + """
            ,"serviceId":11,"orderId":12,"skuId":13,"expressCode":"JDV1","serviceStatus":10007,"customerExpect":20,
            "applyTimeBegin":"2024-05-20 13:45:30","applyTimeEnd":"2024-05-21 13:45:30","approveTimeBegin":"2024-05-20 13:45:30",
            "approveTimeEnd":"2024-05-20 14:45:30","jdInterveneFlag":false,"timeoutFlag":true,"customerPin":"jd_buyer02","pageNumber":2,"pageSize":20}
            """);
    }

    [Fact]
    public async Task Ship_original_back_sends_the_consignee_flat_and_the_carrier()
    {
        var (client, handler) = AscKit.With("asc.process.back.success.json");
        var result = await client.AfterSales.ShipOriginalBackAsync(OriginalBack with
        {
            ExpressCode = "JDVB1",
            RepairState = 1,
            ApplyRemark = "已维修",
            PartCodes = "P1 P2",
            WareNumber = 1,
            OperateRemark = "内部备注",
        });
        Assert.Equal("jingdong.asc.process.back", result.Method);
        AscKit.AssertSent(handler, "jingdong.asc.process.back", "{" + Op + """
            ,"serviceId":1,"orderId":2,"sysVersion":3,"operateRemark":"内部备注",
            """ + ConsigneeJson + """
            ,"shipWayId":10,"shipWayName":"京东快递","expressCode":"JDVB1","repairState":1,"applyRemark":"已维修","partCodes":"P1 P2","wareNum":1}
            """);
    }

    [Fact]
    public async Task Ship_replacement_joins_the_item_lists_with_commas_as_jd_sdk_classes_declare_text()
    {
        var (client, handler) = AscKit.With("asc.process.renew.success.json");
        await client.AfterSales.ShipReplacementAsync(Replacement with
        {
            CollectFreight = true,
            FreightAmount = 12.5m,
            Wares = [Ware with { RelationSkuId = 900, RelationWareType = 1 }, new ReplacementWare { SkuId = 100013, WareName = "滤网", WareNumber = 2, RelationSkuId = 100012, RelationWareType = 2 }],
        });
        AscKit.AssertSent(handler, "jingdong.asc.process.renew", "{" + Op + """
            ,"serviceId":1,"orderId":2,"sysVersion":3,
            """ + ConsigneeJson + """
            ,"applyDescription":"换新","deliveryCenterId":6,"deliveryCenterName":"北京","storeId":5,"collectFreightFlag":true,
            "freightAmount":"12.50","skuId":"100012,100013","wareName":"水壶,滤网","wareNum":"1,2","relationSkuId":"900,100012","relationWareType":"1,2"}
            """);
    }

    [Fact]
    public async Task Ship_replacement_without_items_or_freight_sends_neither()
    {
        var (client, handler) = AscKit.With("asc.process.renew.success.json");
        await client.AfterSales.ShipReplacementAsync(Replacement);
        var sent = AscKit.Sent(handler);
        foreach (var absent in new[] { "freightAmount", "skuId", "wareName", "wareNum", "relationSkuId", "relationWareType", "operateRemark" })
        {
            Assert.False(sent.ContainsKey(absent), absent);
        }

        Assert.False((bool?)sent["collectFreightFlag"]);
    }

    [Fact]
    public async Task Register_offline_exchange_sends_the_outcome_as_op_flag_and_ware_type_as_text()
    {
        var (client, handler) = AscKit.With("asc.process.offline.change.success.json");
        await client.AfterSales.RegisterOfflineExchangeAsync(OfflineExchange with { PartExpressId = 77, RelationBillId = "WMS-1", PartSource = 10, WareNumber = 1 });
        AscKit.AssertSent(handler, "jingdong.asc.process.offline.change", "{" + Op + """
            ,"serviceId":1,"orderId":2,"sysVersion":3,"opFlag":1,"shipWayId":30,"shipWayName":"顺丰","expressCode":"SF1","partExpressId":77,
            "relationBillId":"WMS-1","partSrc":10,"wareNum":1,"wareType":"10"}
            """);
    }

    [Fact]
    public async Task The_cancellations_send_no_sys_version_and_the_intervention_its_reasons()
    {
        var (client, handler) = AscKit.With("asc.process.return.cancel.success.json");
        await client.AfterSales.CancelOriginalBackAsync(new CancelOriginalBackRequest { ServiceId = 1, OrderId = 2 });
        AscKit.AssertSent(handler, "jingdong.asc.process.return.cancel", "{" + Op + ""","serviceId":1,"orderId":2}""");

        (client, handler) = AscKit.With("asc.process.offLineChange.cancel.success.json");
        await client.AfterSales.CancelOfflineExchangeAsync(new CancelOfflineExchangeRequest { ServiceId = 1, OrderId = 2 });
        AscKit.AssertSent(handler, "jingdong.asc.process.offLineChange.cancel", "{" + Op + ""","serviceId":1,"orderId":2}""");

        (client, handler) = AscKit.With("asc.process.JdIntervene.success.json");
        await client.AfterSales.RequestJdInterventionAsync(new RequestJdInterventionRequest
        {
            ServiceId = 1, OrderId = 2, SysVersion = 3, InterveneReasonCid1 = 2001, InterveneReasonCid2 = 2002, ContactTel = "010-88886666",
        });
        AscKit.AssertSent(handler, "jingdong.asc.process.JdIntervene", "{" + Op + """
            ,"serviceId":1,"orderId":2,"sysVersion":3,"interveneReasonCid1":2001,"interveneReasonCid2":2002,"contactTel":"010-88886666"}
            """);
    }

    [Fact]
    public void Every_processing_write_is_a_write_and_only_the_cancellations_lack_a_version()
    {
        JdRequest<JdWriteResult>[] writes = [OriginalBack, Replacement, OfflineExchange, new CancelOriginalBackRequest { ServiceId = 1, OrderId = 2 }, new CancelOfflineExchangeRequest { ServiceId = 1, OrderId = 2 }];
        Assert.All(writes, w => Assert.Equal(JdOperationKind.Write, w.OperationKind));
        Assert.Equal(2, writes.Count(w => w is AscServiceWriteRequest and not AscWriteRequest));
        Assert.Null(typeof(AscServiceWriteRequest).GetProperty("SysVersion"));
        Assert.Null(typeof(CancelOfflineExchangeRequest).GetProperty("SysVersion"));
    }

    [Fact]
    public async Task The_counts_send_their_list_filters_and_only_query_count_its_paging()
    {
        var (client, handler) = AscKit.With("asc.query.count.success.json");
        var count = await client.AfterSales.CountServicesAsync(new CountServicesRequest { Filter = new ListServicesRequest { Status = ServiceStatus.PendingAudit } });
        Assert.Equal(37, count);
        AscKit.AssertSent(handler, "jingdong.asc.query.count", "{" + Op + ""","serviceStatus":10001,"pageNumber":1,"pageSize":50}""");

        (client, handler) = AscKit.With("asc.process.count.success.json");
        count = await client.AfterSales.CountAwaitingProcessingAsync(new CountAwaitingProcessingRequest
        {
            Filter = new ListAwaitingProcessingRequest { CustomerExpectation = CustomerExpectation.Exchange, JdIntervened = false, PageSize = 5 },
        });
        Assert.Equal(12, count);
        AscKit.AssertSent(handler, "jingdong.asc.process.count", "{" + Op + ""","customerExpect":20,"jdInterveneFlag":false}""");

        (client, handler) = AscKit.With("asc.audit.count.success.json");
        Assert.Equal(4, await client.AfterSales.CountPendingAuditsAsync(new CountPendingAuditsRequest { Filter = new ListPendingAuditsRequest { TimedOut = true } }));
        AscKit.AssertSent(handler, "jingdong.asc.audit.count", "{" + Op + ""","timeoutFlag":true}""");

        (client, handler) = AscKit.With("asc.receive.count.success.json");
        Assert.Equal(9, await client.AfterSales.CountAwaitingReceiptAsync(new CountAwaitingReceiptRequest { Filter = new ListAwaitingReceiptRequest { ExpressCode = "JDV1" } }));
        AscKit.AssertSent(handler, "jingdong.asc.receive.count", "{" + Op + ""","expressCode":"JDV1"}""");
    }

    [Fact]
    public async Task A_count_takes_the_operator_of_its_filter_and_refuses_what_the_list_refuses()
    {
        var (client, handler) = AscKit.With("asc.query.count.success.json");
        await client.AfterSales.CountServicesAsync(new CountServicesRequest
        {
            Filter = new ListServicesRequest { Operator = new AscOperator { OperateNick = "夜班" } },
        });
        Assert.Equal("夜班", (string?)AscKit.Sent(handler)["operateNick"]);

        var stub = StubHandler.Json("{}");
        var refused = TestClients.Create(stub, AscKit.Options());
        var error = await Assert.ThrowsAsync<JdValidationException>(() => refused.AfterSales.CountServicesAsync(new CountServicesRequest { Filter = new ListServicesRequest { ServiceId = -1 } }));
        Assert.Equal("serviceId", error.Field);
        error = await Assert.ThrowsAsync<JdValidationException>(() => refused.AfterSales.CountAwaitingProcessingAsync(new CountAwaitingProcessingRequest { Filter = null! }));
        Assert.Equal("filter", error.Field);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task The_list_reads_jd_wait_process_result_items()
    {
        var (client, _) = AscKit.With("asc.process.list.success.json");

        var page = await client.AfterSales.ListAwaitingProcessingAsync(new ListAwaitingProcessingRequest());

        Assert.Equal(2, page.TotalCount);
        var first = page.Items[0];
        Assert.Equal(1234567890131, first.ServiceId);
        Assert.Equal(CustomerExpectation.Exchange, first.CustomerExpectation);
        Assert.Equal("换货", first.CustomerExpectationName);
        Assert.Equal(ServiceStatus.PendingProcessing, first.Status);
        Assert.Equal(300000000009, first.OrderId);
        Assert.Equal(9007199254740993, first.SkuId);
        Assert.Equal("188****2724", first.CustomerMobile);
        Assert.Equal(4, first.SkuType);
        Assert.Equal("套装中的单品", first.SkuTypeName);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1716280000000), first.DeliveryDate);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1716366400000), first.RemindDate);
        Assert.Equal(1, first.RemindCount);
        Assert.Equal("催处理", first.RemindTypeName);
        Assert.Equal("O2f1x9cKq", first.Oaid);
        Assert.Contains("APPLYREASON", first.ExtJson, StringComparison.Ordinal);
        var second = page.Items[1];
        Assert.Equal(ServiceStatus.ReturnOriginalCancelled, second.Status);
        Assert.Null(second.RemindDate);
        Assert.Null(second.PickwareAddress);
    }

    [Fact]
    public async Task The_customer_of_a_service_bill_with_the_whole_number_is_the_receiver()
    {
        var (client, _) = AscKit.With("asc.query.view.success.json");
        var bill = await client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = 1, OrderId = 2 });
        var phone = JdAfterSalesModelFactory.CustomerPhone("13812340000", "138****0000");

        var customer = ConsigneeAddress.FromCustomerOf(bill, phone);

        Assert.Equal(
            new ConsigneeAddress { Name = "王五", Tel = "13812340000", ProvinceCode = 1, CityCode = 72, CountyCode = 2819, VillageCode = 0, DetailAddress = "北京市朝阳区某某路1号" },
            customer);

        // The bill's own phone is masked: without the whole number there is no receiver a carrier can call.
        Assert.Null(ConsigneeAddress.FromCustomerOf(bill, null));
        Assert.Null(ConsigneeAddress.FromCustomerOf(bill, JdAfterSalesModelFactory.CustomerPhone(null, "138****0000")));
        Assert.Null(ConsigneeAddress.FromCustomerOf(bill, JdAfterSalesModelFactory.CustomerPhone("138****0000", "138****0000")));
        (client, _) = AscKit.With("asc.query.view.closed-null-version.json");
        var closed = await client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = 1, OrderId = 2 });
        Assert.Null(ConsigneeAddress.FromCustomerOf(closed, phone));
        Assert.Throws<ArgumentNullException>(() => ConsigneeAddress.FromCustomerOf(null!, phone));
    }

    [Fact]
    public void A_blank_contact_name_falls_back_to_the_customer_name()
    {
        var bill = JdAfterSalesModelFactory.ServiceBill(
            customerInfo: JdAfterSalesModelFactory.AscCustomerInfo(name: "赵六", contactInfo: JdAfterSalesModelFactory.AscContactInfo(contactName: " ")),
            pickwareAddress: JdAfterSalesModelFactory.AscAddress(provinceCode: 1, cityCode: 72, countyCode: 2819, detailAddress: "建国路88号"));

        var customer = ConsigneeAddress.FromCustomerOf(bill, JdAfterSalesModelFactory.CustomerPhone("18812342724", null));

        Assert.Equal("赵六", customer?.Name);
        Assert.Null(customer?.VillageCode);
    }

    [Fact]
    public async Task A_write_jd_refuses_for_the_status_is_a_business_error_naming_jd_code()
    {
        var (client, _) = AscKit.With("asc.process.renew.other-status.json");

        var error = await Assert.ThrowsAsync<JdBusinessException>(() => client.AfterSales.ShipReplacementAsync(Replacement));

        Assert.Equal("ASC_STATUS_ERROR", error.Code);
        Assert.Equal("jingdong.asc.process.renew", error.Method);
    }
}
