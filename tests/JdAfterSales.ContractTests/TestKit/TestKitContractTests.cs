using JdAfterSales.AfterSales;
using JdAfterSales.Logistics;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;
using JdAfterSales.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JdAfterSales.ContractTests.TestKit;

/// <summary>What a user's own tests get from JdAfterSales.Testing, used the way its README shows.</summary>
public sealed class TestKitContractTests
{
    [Fact]
    public async Task A_client_from_the_fakes_settings_on_the_system_clock_rides_out_injected_faults()
    {
        await using var gateway = FakeJdGateway.Start();
        var s = gateway.ClientSettings;
        var client = new JdClient(new HttpClient(), new JdClientOptions
        {
            Gateway = s.Gateway, AppKey = s.AppKey, AppSecret = s.AppSecret, AccessToken = s.AccessToken,
            VenderId = s.VenderId, OperatorPin = s.OperatorPin, OperatorNick = s.OperatorNick,
            Retry = new JdRetryOptions { BaseDelay = s.RetryBaseDelay, RateLimitedBaseDelay = s.RetryBaseDelay, MaxDelay = s.RetryMaxDelay },
        });
        gateway.Faults.Enqueue(FakeFault.GatewayError("66"), count: 2, method: JosMethods.AscQueryList);

        var page = await client.AfterSales.ListServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit });

        Assert.Equal(gateway.Data.ServiceOrders.Count(o => o.State == FakeServiceStatus.PendingAudit), page.TotalCount);
        Assert.Equal(3, gateway.Journal.ForMethod(JosMethods.AscQueryList).Count);
    }

    [Fact]
    public async Task The_fakes_settings_bind_through_dependency_injection()
    {
        await using var gateway = FakeJdGateway.Start();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(gateway.ClientSettings.ToConfiguration()).Build();
        await using var services = new ServiceCollection().AddJdAfterSales(configuration).Services.BuildServiceProvider();
        var client = services.GetRequiredService<JdClient>();

        var reasons = await client.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest());

        Assert.Equal(gateway.Data.Reasons.Count(r => r.ParentCode == 0), reasons.Count);
        Assert.DoesNotContain(gateway.AppSecret, gateway.ClientSettings.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> BusinessFailureMethods() =>
    [
        JosMethods.AscQueryList, JosMethods.AscAuditRefuse, JosMethods.PopAfsSoaRefundapplyReplyRefund, JosMethods.PopAfsSoaRefundapplyQueryById,
        JosMethods.PopOrderSearch, JosMethods.PopOrderGet, JosMethods.PopOrderModifyVenderRemark, JosMethods.LdopReceiveTraceGet,
        JosMethods.GetThirdTrace, JosMethods.PopPopCommentJsfServiceGetVenderCommentsForJos, JosMethods.ClubPopCommentreplySave,
    ];

    [Theory]
    [MemberData(nameof(BusinessFailureMethods))]
    public async Task A_business_error_fault_answers_in_the_methods_own_shape(string method)
    {
        await using var gateway = FakeJdGateway.Start();
        var client = Client(gateway);
        gateway.Faults.Enqueue(FakeFault.BusinessError("9527", "测试失败"), method: method);

        var error = await Assert.ThrowsAsync<JdBusinessException>(() => Call(client, gateway, method));

        Assert.Equal(method, error.Method);
        Assert.Equal("9527", error.Code);
        Assert.Equal("测试失败", error.JdMessage);
    }

    [Fact]
    public async Task A_seeded_service_order_and_refund_are_served_like_the_rest()
    {
        await using var gateway = FakeJdGateway.Start();
        var client = Client(gateway);

        var service = gateway.AddServiceOrder(new FakeServiceOrderSeed { Status = FakeServiceStatus.AwaitingReceipt, ActualPayPrice = 123.45m, ReturnSignedFor = true });
        var refund = gateway.AddRefundApplication(new FakeRefundSeed { OrderId = service.OrderId, Amount = 123.45m });

        var listed = Assert.Single((await client.AfterSales.ListAwaitingReceiptAsync(new ListAwaitingReceiptRequest { ServiceId = service.ServiceId })).Items);
        Assert.Equal(123.45m, listed.ActualPayPrice);
        Assert.Equal(ServiceStatus.AwaitingReceipt, listed.Status);
        var trace = await client.Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest { WaybillCode = listed.ExpressCode!, CustomerCode = "c" });
        Assert.True(trace.IsSignedFor);
        var read = await client.Refunds.GetAsync(refund.Id);
        Assert.Equal(RefundStatus.Pending, read!.Status);
        Assert.Equal(service.OrderId, read.OrderId);
    }

    [Fact]
    public void A_seed_naming_an_order_the_shop_does_not_have_is_refused()
    {
        using var gateway = FakeJdGateway.Start();
        Assert.Throws<ArgumentException>(() => gateway.AddServiceOrder(new FakeServiceOrderSeed { OrderId = 1 }));
        Assert.Throws<ArgumentException>(() => gateway.AddRefundApplication(new FakeRefundSeed { Status = (FakeRefundStatus)99 }));
    }

    private static JdClient Client(FakeJdGateway gateway)
    {
        var s = gateway.ClientSettings;
        return new JdClient(new HttpClient(), new JdClientOptions
        {
            Gateway = s.Gateway, AppKey = s.AppKey, AppSecret = s.AppSecret, AccessToken = s.AccessToken,
            VenderId = s.VenderId, OperatorPin = s.OperatorPin, OperatorNick = s.OperatorNick,
            Retry = new JdRetryOptions { MaxRetries = 0 },
        });
    }

    private static Task Call(JdClient client, FakeJdGateway gateway, string method)
    {
        var order = gateway.Data.Orders[0];
        var service = gateway.Data.ServiceOrders.First(s => s.State == FakeServiceStatus.PendingAudit);
        return method switch
        {
            JosMethods.AscQueryList => client.AfterSales.ListServicesAsync(new ListServicesRequest()),
            JosMethods.AscAuditRefuse => client.AfterSales.RejectServiceAsync(new RejectServiceRequest
            {
                ServiceId = service.ServiceId, OrderId = service.OrderId, SysVersion = service.SysVersion, ApproveNotes = "n", ApproveReasonCid1 = 1001,
            }),
            JosMethods.PopAfsSoaRefundapplyReplyRefund => client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(gateway.Data.RefundApplications[0].Id, "同意")),
            JosMethods.PopAfsSoaRefundapplyQueryById => client.Refunds.GetAsync(gateway.Data.RefundApplications[0].Id),
            JosMethods.PopOrderSearch => client.Orders.SearchAsync(new SearchOrdersRequest { States = OrderState.All, StartDate = order.OrderStartTime, EndDate = order.OrderStartTime.AddDays(1) }),
            JosMethods.PopOrderGet => client.Orders.GetAsync(new GetOrderRequest { OrderId = order.OrderId }),
            JosMethods.PopOrderModifyVenderRemark => client.Orders.ModifyVenderRemarkAsync(new ModifyVenderRemarkRequest { OrderId = order.OrderId, Remark = "r" }),
            JosMethods.LdopReceiveTraceGet => client.Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest { WaybillCode = "JDV1", CustomerCode = "c" }),
            JosMethods.GetThirdTrace => client.Logistics.GetThirdPartyTraceAsync(new GetThirdPartyTraceRequest { OrderId = order.OrderId }),
            JosMethods.PopPopCommentJsfServiceGetVenderCommentsForJos => client.Reviews.ListCommentsAsync(new ListCommentsRequest()),
            JosMethods.ClubPopCommentreplySave => client.Reviews.ReplyToCommentAsync(new ReplyToCommentRequest { CommentId = gateway.Data.Comments[0].CommentId, Content = "c" }),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "no call mapped"),
        };
    }
}
