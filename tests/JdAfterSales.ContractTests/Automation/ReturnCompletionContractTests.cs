using JdAfterSales.Automation;
using JdAfterSales.ContractTests.Client;
using JdAfterSales.Testing;

namespace JdAfterSales.ContractTests.Automation;

/// <summary>
/// Return completion against the fake gateway, interrupted half-way and resumed: never a second receipt, never a
/// second refund reply, whatever happened in between.
/// </summary>
public sealed class ReturnCompletionContractTests
{
    private const string Register = "jingdong.asc.receive.register";
    private const string Reply = "jingdong.pop.afs.soa.refundapply.replyRefund";
    private static readonly AutomationOptions Options = new() { LogisticsCustomerCode = "010K0000001" };

    private static (FakeServiceOrder Service, FakeRefundApplication Refund) SignedReturnWithPendingRefund(FakeJdGateway gateway)
    {
        var service = gateway.Data.ServiceOrders.First(s =>
            s.ServiceStatus == 10005 && s.CustomerExpect == 10 && s.ExpressCode is not null
            && gateway.Data.RefundApplications.Count(r => r.OrderId == s.OrderId && r.Status == 0) == 1
            && gateway.Data.RefundApplications.Any(r => r.ServiceId == s.ServiceId && r.Status == 0));
        gateway.SignForReturn(service.ServiceId);
        return (service, gateway.Data.RefundApplications.Single(r => r.ServiceId == service.ServiceId));
    }

    private static int Sent(FakeJdGateway gateway, string method, string parameter, long id) =>
        gateway.Journal.ForMethod(method).Count(r => r.GetBusinessParameter(parameter) == id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static int Accepted(FakeJdGateway gateway, string method, string parameter, long id) =>
        gateway.Journal.ForMethod(method).Count(r => r.Succeeded && r.GetBusinessParameter(parameter) == id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_failed_refund_reply_after_the_receipt_is_finished_by_the_next_run_without_a_second_receipt()
    {
        await using var fixture = ClientFixture.Start();
        var gateway = fixture.Gateway;
        var (service, refund) = SignedReturnWithPendingRefund(gateway);
        var job = new ReturnCompletion(fixture.Client(), Options, fixture.Clock);
        gateway.Faults.Enqueue(FakeFault.GatewayError("66"), count: 50, method: Reply);

        var first = (await job.RunAsync()).Single(i => i.ServiceId == service.ServiceId);

        Assert.Equal(ReturnCompletionOutcome.Failed, first.Outcome);
        Assert.True(first.RegisteredReceipt);
        Assert.Equal(10007, service.ServiceStatus);
        Assert.Equal(0, refund.Status);

        // The shop restarts; the gateway is healthy again.
        gateway.Faults.Clear();
        var second = (await new ReturnCompletion(fixture.Client(), Options, fixture.Clock).RunAsync()).Single(i => i.ServiceId == service.ServiceId);

        Assert.Equal(ReturnCompletionOutcome.Completed, second.Outcome);
        Assert.False(second.RegisteredReceipt);
        Assert.True(second.ApprovedRefund);
        Assert.Equal(refund.Id, second.RefundId);
        Assert.Equal(1, refund.Status);

        // A third run finds nothing to do for it.
        await new ReturnCompletion(fixture.Client(), Options, fixture.Clock).RunAsync();
        Assert.Equal(1, Sent(gateway, Register, "serviceId", service.ServiceId));
        Assert.Equal(1, Accepted(gateway, Reply, "id", refund.Id));
        Assert.Equal(1, refund.Status);
    }

    [Fact]
    public async Task A_refund_reply_whose_answer_was_lost_is_read_back_as_done_and_never_sent_again()
    {
        await using var fixture = ClientFixture.Start();
        var gateway = fixture.Gateway;
        var (service, refund) = SignedReturnWithPendingRefund(gateway);
        gateway.Faults.Enqueue(FakeFault.DropConnection(afterProcessing: true), method: Reply);

        var first = (await new ReturnCompletion(fixture.Client(), Options, fixture.Clock).RunAsync()).Single(i => i.ServiceId == service.ServiceId);
        var repliesAfterFirst = Sent(gateway, Reply, "id", refund.Id);
        var second = (await new ReturnCompletion(fixture.Client(), Options, fixture.Clock).RunAsync()).SingleOrDefault(i => i.ServiceId == service.ServiceId);

        Assert.Equal(ReturnCompletionOutcome.Completed, first.Outcome);
        Assert.False(first.ApprovedRefund);
        Assert.Equal(1, refund.Status);
        Assert.Null(second);
        Assert.Equal(1, repliesAfterFirst);
        Assert.Equal(1, Sent(gateway, Reply, "id", refund.Id));
        Assert.Equal(1, Sent(gateway, Register, "serviceId", service.ServiceId));
    }

    [Fact]
    public async Task A_receipt_whose_answer_was_lost_is_read_back_and_the_refund_still_follows_once()
    {
        await using var fixture = ClientFixture.Start();
        var gateway = fixture.Gateway;
        var (service, refund) = SignedReturnWithPendingRefund(gateway);
        gateway.Faults.Enqueue(FakeFault.DropConnection(afterProcessing: true), method: Register);

        var first = (await new ReturnCompletion(fixture.Client(), Options, fixture.Clock).RunAsync()).First(i => i.ServiceId == service.ServiceId);

        Assert.Equal(ReturnCompletionOutcome.Completed, first.Outcome);
        Assert.False(first.RegisteredReceipt);
        Assert.True(first.ApprovedRefund);
        Assert.Equal((10007, 1), (service.ServiceStatus, refund.Status));
        Assert.Equal(1, Sent(gateway, Register, "serviceId", service.ServiceId));
        Assert.Equal(1, Sent(gateway, Reply, "id", refund.Id));
    }

    [Fact]
    public async Task A_run_cancelled_between_the_two_writes_resumes_with_only_the_refund()
    {
        await using var fixture = ClientFixture.Start();
        var gateway = fixture.Gateway;
        var (service, refund) = SignedReturnWithPendingRefund(gateway);
        using var cancel = new CancellationTokenSource();

        // The operator stops the job the moment JD has answered the receipt: the next call never starts.
        using var http = new HttpClient(new CancelAfterHandler(Register, cancel) { InnerHandler = new HttpClientHandler() });
        var job = new ReturnCompletion(fixture.Client(http), Options, fixture.Clock);
        var brief = JdAfterSalesModelFactory.ServiceBrief(serviceId: service.ServiceId, orderId: service.OrderId);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => job.CompleteAsync(brief, cancel.Token));

        Assert.Equal((10007, 0), (service.ServiceStatus, refund.Status));
        var resumed = (await new ReturnCompletion(fixture.Client(), Options, fixture.Clock).RunAsync()).Single(i => i.ServiceId == service.ServiceId);
        Assert.Equal(ReturnCompletionOutcome.Completed, resumed.Outcome);
        Assert.False(resumed.RegisteredReceipt);
        Assert.Equal(1, Sent(gateway, Register, "serviceId", service.ServiceId));
        Assert.Equal(1, Sent(gateway, Reply, "id", refund.Id));
        Assert.Equal(1, refund.Status);
    }

    [Fact]
    public async Task Returns_not_signed_for_are_left_alone()
    {
        await using var fixture = ClientFixture.Start();
        var gateway = fixture.Gateway;
        var unsigned = gateway.Data.ServiceOrders.Where(s => s.ServiceStatus == 10005 && !s.IsReturnSignedFor).Select(s => s.ServiceId).ToHashSet();

        var items = await new ReturnCompletion(fixture.Client(), Options, fixture.Clock).RunAsync();

        Assert.NotEmpty(unsigned);
        Assert.All(items.Where(i => unsigned.Contains(i.ServiceId)), i => Assert.Equal(ReturnCompletionOutcome.NotSignedFor, i.Outcome));
        Assert.All(unsigned, id => Assert.Equal(0, Sent(gateway, Register, "serviceId", id)));
        Assert.All(unsigned, id => Assert.Equal(10005, gateway.Data.FindServiceOrder(id)!.ServiceStatus));
    }

    private sealed class CancelAfterHandler(string method, CancellationTokenSource cancel) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            if (body.Contains("method=" + Uri.EscapeDataString(method), StringComparison.Ordinal))
            {
                await cancel.CancelAsync();
            }

            return response;
        }
    }
}
