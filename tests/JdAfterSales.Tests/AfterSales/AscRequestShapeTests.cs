using JdAfterSales.AfterSales;
using JdAfterSales.Gateway;
using JdAfterSales.Refunds;

namespace JdAfterSales.Tests.AfterSales;

/// <summary>What each after-sales method puts on the wire: method name and the exact business parameters.</summary>
public sealed class AscRequestShapeTests
{
    private const string Op = """ "buId":"10001234","operatePin":"kefu01","operateNick":"客服小李" """;
    private static readonly DateTimeOffset UtcMorning = new(2024, 5, 20, 1, 0, 0, TimeSpan.Zero);

    private static readonly AscContactAddress ReturnAddress = new()
    {
        ContactName = "售后仓",
        ContactTel = "010-12345678",
        Zipcode = "100000",
        Province = 1,
        City = 72,
        County = 2819,
        DetailAddress = "北京市朝阳区售后仓1号",
    };

    [Fact]
    public async Task Query_list_sends_filters_in_beijing_time_with_the_operator_from_options()
    {
        var (client, handler) = AscKit.With("asc.query.list.success.json");
        await client.AfterSales.ListServicesAsync(new ListServicesRequest
        {
            OrderId = 300000000001,
            Status = ServiceStatus.PendingAudit,
            ApplyTimeBegin = UtcMorning,
            ApplyTimeEnd = UtcMorning.AddDays(1),
            PageNumber = 2,
            PageSize = 20,
        });

        AscKit.AssertSent(handler, "jingdong.asc.query.list", "{" + Op + """
            ,"orderId":300000000001,"serviceStatus":10001,"applyTimeBegin":"2024-05-20 09:00:00",
            "applyTimeEnd":"2024-05-21 09:00:00","pageNumber":2,"pageSize":20}
            """);
    }

    [Fact]
    public async Task A_per_call_operator_overrides_only_the_members_it_sets()
    {
        var (client, handler) = AscKit.With("asc.query.list.success.json");
        await client.AfterSales.ListServicesAsync(new ListServicesRequest { Operator = new AscOperator { OperatePin = "night01", OperateNick = "夜班" } });

        AscKit.AssertSent(handler, "jingdong.asc.query.list",
            """{"buId":"10001234","operatePin":"night01","operateNick":"夜班","pageNumber":1,"pageSize":50}""");
    }

    [Fact]
    public async Task Sync_list_sends_the_update_window()
    {
        var (client, handler) = AscKit.With("asc.query.list.success.json");
        await client.AfterSales.ListChangedServicesAsync(new ListChangedServicesRequest
        {
            UpdateTimeBegin = AscKit.Beijing20240520,
            UpdateTimeEnd = AscKit.Beijing20240520.AddMinutes(10),
            Status = ServiceStatus.AwaitingReceipt,
        });

        AscKit.AssertSent(handler, "jingdong.asc.sync.list", "{" + Op + """
            ,"serviceStatus":10005,"updateTimeBegin":"2024-05-20 13:45:30","updateTimeEnd":"2024-05-20 13:55:30","pageNumber":1,"pageSize":50}
            """);
    }

    [Fact]
    public async Task Query_view_sends_service_and_order()
    {
        var (client, handler) = AscKit.With("asc.query.view.success.json");
        await client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = 1234567890123, OrderId = 300000000001 });
        AscKit.AssertSent(handler, "jingdong.asc.query.view", "{" + Op + ""","serviceId":1234567890123,"orderId":300000000001}""");
    }

    [Fact]
    public async Task Log_list_sends_the_service_and_paging()
    {
        var (client, handler) = AscKit.With("asc.log.list.success.json");
        await client.AfterSales.ListServiceLogsAsync(new ListServiceLogsRequest { ServiceId = 1234567890123, PageSize = 10 });
        AscKit.AssertSent(handler, "jingdong.asc.log.list", "{" + Op + ""","serviceId":1234567890123,"pageNumber":1,"pageSize":10}""");
    }

    [Fact]
    public async Task Service_and_refund_view_needs_only_the_shop()
    {
        var (client, handler) = AscKit.With("asc.serviceAndRefund.view.success.json", AscKit.Options(pin: null, nick: null));
        await client.AfterSales.ListServiceRefundsAsync(new ListServiceRefundsRequest
        {
            OrderId = 300000000001,
            ApproveTimeBegin = AscKit.Beijing20240520,
            ApproveTimeEnd = AscKit.Beijing20240520.AddHours(1),
        });
        AscKit.AssertSent(handler, "jingdong.asc.serviceAndRefund.view", """
            {"buId":"10001234","orderId":300000000001,"approveTimeBegin":"2024-05-20 13:45:30","approveTimeEnd":"2024-05-20 14:45:30","pageNumber":1,"pageSize":50}
            """);
    }

    [Fact]
    public async Task Audit_list_sends_enumerations_as_numbers_and_flags_as_booleans()
    {
        var (client, handler) = AscKit.With("asc.audit.list.success.json");
        await client.AfterSales.ListPendingAuditsAsync(new ListPendingAuditsRequest { CustomerExpectation = CustomerExpectation.Return, TimedOut = true });
        AscKit.AssertSent(handler, "jingdong.asc.audit.list", "{" + Op + ""","customerExpect":10,"timeoutFlag":true,"pageNumber":1,"pageSize":50}""");
    }

    [Fact]
    public async Task Audit_reason_list_sends_the_parent_only_when_given()
    {
        var (client, handler) = AscKit.With("asc.audit.reason.list.success.json");
        await client.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest());
        AscKit.AssertSent(handler, "jingdong.asc.audit.reason.list", "{" + Op + "}");

        // JD's SDK classes declare parentCode a string (setParentCode(String)), and bizType a number.
        (client, handler) = AscKit.With("asc.audit.reason.list.success.json");
        await client.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest
        {
            ParentCode = 1001,
            Tree = AuditReasonTree.JdIntervention,
            Operator = new AscOperator { BuId = "20002000" },
        });
        AscKit.AssertSent(handler, "jingdong.asc.audit.reason.list",
            """{"buId":"20002000","operatePin":"kefu01","operateNick":"客服小李","parentCode":"1001","bizType":2}""");
    }

    [Fact]
    public async Task Audit_refuse_sends_the_audit_core_with_the_version_read()
    {
        var (client, handler) = AscKit.With("asc.audit.refuse.success.json");
        var result = await client.AfterSales.RejectServiceAsync(new RejectServiceRequest
        {
            ServiceId = 1234567890123,
            OrderId = 300000000001,
            SysVersion = 3,
            ApproveNotes = "不符合退货条件",
            ApproveReasonCid1 = 1002,
            ApproveReasonCid2 = 100201,
            OperateRemark = "已电话沟通",
        });
        AscKit.AssertSent(handler, "jingdong.asc.audit.refuse", "{" + Op + """
            ,"serviceId":1234567890123,"orderId":300000000001,"sysVersion":3,"approveNotes":"不符合退货条件",
            "approveReasonCid1":1002,"approveReasonCid2":100201,"operateRemark":"已电话沟通"}
            """);
        Assert.Equal("jingdong.asc.audit.refuse", result.Method);
        Assert.Equal("0", result.Code);
        Assert.Equal("成功", result.Message);
    }

    [Fact]
    public async Task Audit_send_sends_the_return_address_items_and_type()
    {
        var (client, handler) = AscKit.With("asc.audit.send.success.json");
        await client.AfterSales.ApproveForReturnShippingAsync(new ApproveForReturnShippingRequest
        {
            ServiceId = 1234567890123,
            OrderId = 300000000001,
            SysVersion = 3,
            ApproveNotes = "同意退货，请寄回",
            ApproveReasonCid1 = 1001,
            ReturnAddress = ReturnAddress,
            ReturnAddressType = 1,
            ApplyDetailIds = [55501],
            PickPackage = true,
        });
        AscKit.AssertSent(handler, "jingdong.asc.audit.send", "{" + Op + """
            ,"serviceId":1234567890123,"orderId":300000000001,"sysVersion":3,"approveNotes":"同意退货，请寄回","approveReasonCid1":1001,
            "returnAddressType":1,"returnContactName":"售后仓","returnContactTel":"010-12345678","returnZipcode":"100000",
            "returnProvince":1,"returnCity":72,"returnCounty":2819,"returnDetailAddress":"北京市朝阳区售后仓1号",
            "applyDetailIdList":[55501],"pickPackage":true}
            """);
    }

    [Fact]
    public async Task Audit_homepick_sends_pickup_and_return_addresses()
    {
        var (client, handler) = AscKit.With("asc.audit.homepick.success.json");
        await client.AfterSales.ApproveForDoorPickupAsync(new ApproveForDoorPickupRequest
        {
            ServiceId = 1234567890123,
            OrderId = 300000000001,
            SysVersion = 3,
            ApproveNotes = "同意，上门取件",
            ApproveReasonCid1 = 1001,
            PickupAddress = new AscContactAddress
            {
                ContactName = "王五", ContactTel = "13800000000", Province = 1, City = 72, County = 2819, Village = 0, DetailAddress = "某某路1号",
            },
            ReturnAddress = ReturnAddress,
            ReturnAddressType = 2,
            ApplyDetailIds = [55501, 55502],
        });
        AscKit.AssertSent(handler, "jingdong.asc.audit.homepick", "{" + Op + """
            ,"serviceId":1234567890123,"orderId":300000000001,"sysVersion":3,"approveNotes":"同意，上门取件","approveReasonCid1":1001,
            "pickupContactName":"王五","pickupContactTel":"13800000000","pickupProvince":1,"pickupCity":72,"pickupCounty":2819,
            "pickupVillage":0,"pickupDetailAddress":"某某路1号","returnAddressType":2,
            "returnContactName":"售后仓","returnContactTel":"010-12345678","returnZipcode":"100000",
            "returnProvince":1,"returnCity":72,"returnCounty":2819,"returnDetailAddress":"北京市朝阳区售后仓1号",
            "applyDetailIdList":[55501,55502]}
            """);
    }

    [Fact]
    public async Task Audit_delivery_sends_no_return_address_type()
    {
        var (client, handler) = AscKit.With("asc.audit.delivery.success.json");
        await client.AfterSales.ApproveForCustomerDeliveryAsync(new ApproveForCustomerDeliveryRequest
        {
            ServiceId = 1, OrderId = 2, SysVersion = 0, ApproveNotes = "请送至门店", ApproveReasonCid1 = 1001,
            ReturnAddress = ReturnAddress, ApplyDetailIds = [3],
        });
        var sent = AscKit.Sent(handler);
        Assert.Equal("jingdong.asc.audit.delivery", AscKit.SentMethod(handler));
        Assert.False(sent.ContainsKey("returnAddressType"));
        Assert.Equal("售后仓", (string?)sent["returnContactName"]);
        Assert.Equal(0, (int?)sent["sysVersion"]);
    }

    [Fact]
    public async Task Audit_wait_feedback_close_and_cancel_send_their_methods()
    {
        var (client, handler) = AscKit.With("asc.audit.waitFeedback.success.json");
        await client.AfterSales.RequestCustomerFeedbackAsync(new RequestCustomerFeedbackRequest
        {
            ServiceId = 1, OrderId = 2, SysVersion = 4, ApproveNotes = "请补充照片", ApproveReasonCid1 = 1001,
        });
        AscKit.AssertSent(handler, "jingdong.asc.audit.waitFeedback", "{" + Op + """
            ,"serviceId":1,"orderId":2,"sysVersion":4,"approveNotes":"请补充照片","approveReasonCid1":1001}
            """);

        (client, handler) = AscKit.With("asc.process.close.success.json");
        await client.AfterSales.CloseServiceAsync(new CloseServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = 5 });
        AscKit.AssertSent(handler, "jingdong.asc.process.close", "{" + Op + ""","serviceId":1,"orderId":2,"sysVersion":5}""");

        (client, handler) = AscKit.With("asc.common.cancel.success.json");
        await client.AfterSales.CancelServiceAsync(new CancelServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = 6, ApproveNotes = "客户要求取消" });
        AscKit.AssertSent(handler, "jingdong.asc.common.cancel", "{" + Op + ""","serviceId":1,"orderId":2,"sysVersion":6,"approveNotes":"客户要求取消"}""");
    }

    [Fact]
    public async Task Receive_list_sends_its_filters()
    {
        var (client, handler) = AscKit.With("asc.query.list.success.json");
        await client.AfterSales.ListAwaitingReceiptAsync(new ListAwaitingReceiptRequest { ExpressCode = "JDV000123456789", TimedOut = false });
        AscKit.AssertSent(handler, "jingdong.asc.receive.list", "{" + Op + ""","expressCode":"JDV000123456789","timeoutFlag":false,"pageNumber":1,"pageSize":50}""");
    }

    [Fact]
    public async Task Receive_register_sends_documented_defaults_and_the_operator_as_receiver()
    {
        var (client, handler) = AscKit.With("asc.receive.register.success.json");
        await client.AfterSales.RegisterReceiptAsync(new RegisterReceiptRequest { ServiceId = 1234567890124, OrderId = 300000000002, ReceiveRemark = "已收货" });
        AscKit.AssertSent(handler, "jingdong.asc.receive.register", "{" + Op + """
            ,"serviceId":1234567890124,"orderId":300000000002,"receivePin":"kefu01","receiveName":"客服小李",
            "packingState":10,"qualityState":10,"invoiceRecord":10,"judgmentReason":1,"accessoryOrGift":1,"appearanceState":10,
            "receiveRemark":"已收货"}
            """);
    }

    [Fact]
    public async Task Receive_register_states_can_be_overridden()
    {
        var (client, handler) = AscKit.With("asc.receive.register.success.json");
        await client.AfterSales.RegisterReceiptAsync(new RegisterReceiptRequest
        {
            ServiceId = 1, OrderId = 2, ReceiveRemark = "外观破损", AppearanceState = 20, PackingState = 20, ReceivePin = "wh01", ReceiveName = "仓库", WareNumber = 1,
        });
        var sent = AscKit.Sent(handler);
        Assert.Equal(20, (int?)sent["appearanceState"]);
        Assert.Equal(20, (int?)sent["packingState"]);
        Assert.Equal(10, (int?)sent["qualityState"]);
        Assert.Equal("wh01", (string?)sent["receivePin"]);
        Assert.Equal("仓库", (string?)sent["receiveName"]);
        Assert.Equal(1, (int?)sent["wareNum"]);
    }

    [Fact]
    public async Task Receive_view_and_freight_view_send_service_and_order()
    {
        var (client, handler) = AscKit.With("asc.receive.view.success.json");
        await client.AfterSales.GetReceiptAsync(new GetReceiptRequest { ServiceId = 1, OrderId = 2 });
        AscKit.AssertSent(handler, "jingdong.asc.receive.view", "{" + Op + ""","serviceId":1,"orderId":2}""");

        (client, handler) = AscKit.With("asc.freight.view.success.json");
        await client.AfterSales.GetReturnFreightAsync(new GetReturnFreightRequest { ServiceId = 1, OrderId = 2 });
        AscKit.AssertSent(handler, "jingdong.asc.freight.view", "{" + Op + ""","serviceId":1,"orderId":2}""");
    }

    public static TheoryData<object, string, JdOperationKind> RequestKinds() => new()
    {
        { new ListServicesRequest(), "jingdong.asc.query.list", JdOperationKind.Read },
        { new ListChangedServicesRequest(), "jingdong.asc.sync.list", JdOperationKind.Read },
        { new GetServiceRequest { ServiceId = 1, OrderId = 1 }, "jingdong.asc.query.view", JdOperationKind.Read },
        { new ListServiceLogsRequest { ServiceId = 1 }, "jingdong.asc.log.list", JdOperationKind.Read },
        { new ListServiceRefundsRequest(), "jingdong.asc.serviceAndRefund.view", JdOperationKind.Read },
        { new ListPendingAuditsRequest(), "jingdong.asc.audit.list", JdOperationKind.Read },
        { new ListAuditReasonsRequest(), "jingdong.asc.audit.reason.list", JdOperationKind.Read },
        { new ListAwaitingReceiptRequest(), "jingdong.asc.receive.list", JdOperationKind.Read },
        { new GetReceiptRequest { ServiceId = 1, OrderId = 1 }, "jingdong.asc.receive.view", JdOperationKind.Read },
        { new GetReturnFreightRequest { ServiceId = 1, OrderId = 1 }, "jingdong.asc.freight.view", JdOperationKind.Read },
        { new RegisterReceiptRequest { ServiceId = 1, OrderId = 1, ReceiveRemark = "r" }, "jingdong.asc.receive.register", JdOperationKind.Write },
        { new RejectServiceRequest { ServiceId = 1, OrderId = 1, SysVersion = 1, ApproveNotes = "n", ApproveReasonCid1 = 1 }, "jingdong.asc.audit.refuse", JdOperationKind.Write },
        { new RequestCustomerFeedbackRequest { ServiceId = 1, OrderId = 1, SysVersion = 1, ApproveNotes = "n", ApproveReasonCid1 = 1 }, "jingdong.asc.audit.waitFeedback", JdOperationKind.Write },
        { new CloseServiceRequest { ServiceId = 1, OrderId = 1, SysVersion = 1 }, "jingdong.asc.process.close", JdOperationKind.Write },
        { new ListAwaitingProcessingRequest(), "jingdong.asc.process.list", JdOperationKind.Read },
        { new GetPendingAuditRequest { ApplyId = 1 }, "jingdong.asc.audit.detail", JdOperationKind.Read },
        { new CountServicesRequest { Filter = new ListServicesRequest() }, "jingdong.asc.query.count", JdOperationKind.Read },
        { new CountPendingAuditsRequest { Filter = new ListPendingAuditsRequest() }, "jingdong.asc.audit.count", JdOperationKind.Read },
        { new CountAwaitingReceiptRequest { Filter = new ListAwaitingReceiptRequest() }, "jingdong.asc.receive.count", JdOperationKind.Read },
        { new CountAwaitingProcessingRequest { Filter = new ListAwaitingProcessingRequest() }, "jingdong.asc.process.count", JdOperationKind.Read },
        { new ListSameOrderServicesRequest { ServiceId = 1, OrderId = 1 }, "jingdong.asc.sameorder.list", JdOperationKind.Read },
        { new ListServiceNotesRequest { ServiceId = 1 }, "jingdong.asc.track.list", JdOperationKind.Read },
        { new GetCustomerPhoneRequest { ServiceId = 1 }, "jingdong.asc.view.serviceTel", JdOperationKind.Read },
        { new AddServiceNoteRequest { ServiceId = 1, Note = "n" }, "jingdong.asc.track.save", JdOperationKind.Write },
        { new RemindCustomerToShipRequest { ServiceId = 1, OrderId = 1, CustomerMobile = "m", AfterSalesAddress = "a" }, "jingdong.asc.receive.delivery.remind", JdOperationKind.Write },
        { new RegisterReturnFreightRequest { ServiceId = 1, OrderId = 1, FreightMoney = 0m }, "jingdong.asc.freight.save", JdOperationKind.Write },
        { new CancelOriginalBackRequest { ServiceId = 1, OrderId = 1 }, "jingdong.asc.process.return.cancel", JdOperationKind.Write },
        { new CancelOfflineExchangeRequest { ServiceId = 1, OrderId = 1 }, "jingdong.asc.process.offLineChange.cancel", JdOperationKind.Write },
        { new RequestJdInterventionRequest { ServiceId = 1, OrderId = 1, SysVersion = 1, InterveneReasonCid1 = 1, InterveneReasonCid2 = 2, ContactTel = "t" }, "jingdong.asc.process.JdIntervene", JdOperationKind.Write },
        { new CancelServiceRequest { ServiceId = 1, OrderId = 1, SysVersion = 1, ApproveNotes = "n" }, "jingdong.asc.common.cancel", JdOperationKind.Write },
        { new ListRefundsRequest(), "jingdong.pop.afs.soa.refundapply.queryPageList", JdOperationKind.Read },
        { new GetRefundRequest { Id = 1 }, "jingdong.pop.afs.soa.refundapply.queryById", JdOperationKind.Read },
        { new CountPendingRefundsRequest(), "jingdong.pop.afs.soa.refundapply.getWaitRefundNum", JdOperationKind.Read },
        { new ReplyRefundRequest { Id = 1, Status = RefundStatus.Approved }, "jingdong.pop.afs.soa.refundapply.replyRefund", JdOperationKind.Write },
    };

    [Theory]
    [MemberData(nameof(RequestKinds))]
    public void Every_request_declares_its_method_and_whether_it_writes(object request, string method, JdOperationKind kind)
    {
        var type = request.GetType();
        Assert.Equal(method, type.GetProperty("Method")!.GetValue(request));
        Assert.Equal(kind, type.GetProperty("OperationKind")!.GetValue(request));
    }

    [Fact]
    public async Task Process_close_sends_no_operate_remark_and_service_and_refund_view_no_operator()
    {
        // JD declares neither (DOC-PHP AscProcessClose, JAVA-NEW AscServiceAndRefundViewRequest): the types cannot carry them.
        Assert.Null(typeof(CloseServiceRequest).GetProperty("OperateRemark"));
        var (client, handler) = AscKit.With("asc.serviceAndRefund.view.success.json");
        await client.AfterSales.ListServiceRefundsAsync(new ListServiceRefundsRequest { Operator = new AscOperator { OperatePin = "p", OperateNick = "n" } });
        var sent = AscKit.Sent(handler);
        Assert.False(sent.ContainsKey("operatePin"));
        Assert.False(sent.ContainsKey("operateNick"));
    }
}
