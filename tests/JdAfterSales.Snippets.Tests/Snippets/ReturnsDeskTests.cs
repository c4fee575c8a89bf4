// <snippet FakeGatewayTest>
using System.Globalization;
using JdAfterSales;
using JdAfterSales.AfterSales;
using JdAfterSales.Testing;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

// <snippet FakeGatewayTest>
public sealed class ReturnsDeskTests
{
    [Fact]
    public async Task Approves_a_return_although_the_gateway_fails_twice()
    {
        await using var gateway = FakeJdGateway.Start();          // system clock, free loopback port

        // The fake hands over everything a client needs, with retry delays short enough for tests.
        var s = gateway.ClientSettings;
        var client = new JdClient(new HttpClient(), new JdClientOptions
        {
            Gateway = s.Gateway, AppKey = s.AppKey, AppSecret = s.AppSecret, AccessToken = s.AccessToken,
            VenderId = s.VenderId, OperatorPin = s.OperatorPin, OperatorNick = s.OperatorNick,
            Retry = new JdRetryOptions { BaseDelay = s.RetryBaseDelay, RateLimitedBaseDelay = s.RetryBaseDelay, MaxDelay = s.RetryMaxDelay },
        });

        // Put the case the test is about into the shop, and make JD's backend fail the next two reads of it.
        var seeded = gateway.AddServiceOrder(new FakeServiceOrderSeed { Status = FakeServiceStatus.PendingAudit, ActualPayPrice = 59m });
        gateway.Faults.Enqueue(FakeFault.GatewayError("66"), count: 2, method: JosMethods.AscQueryView);
        var versionRead = seeded.SysVersion;

        await ReturnsDesk.ApproveAsync(client, seeded.ServiceId, seeded.OrderId);

        // Assert on the shop's state and on what reached the gateway (the journal holds no secret, token or sign).
        Assert.Equal(FakeServiceStatus.AwaitingReceipt, gateway.Data.FindServiceOrder(seeded.ServiceId)!.State);
        Assert.Equal(3, gateway.Journal.ForMethod(JosMethods.AscQueryView).Count);
        Assert.Equal(versionRead.ToString(CultureInfo.InvariantCulture), Assert.Single(gateway.Journal.ForMethod(JosMethods.AscAuditSend)).GetBusinessParameter("sysVersion"));
    }
}
// </snippet>

// <snippet FakeGatewayTest>
// The code under test (yours): approve a return the customer ships back.
public static class ReturnsDesk
{
    public static async Task ApproveAsync(JdClient client, long serviceId, long orderId)
    {
        var bill = await client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = serviceId, OrderId = orderId });
        await client.AfterSales.ApproveForReturnShippingAsync(new ApproveForReturnShippingRequest
        {
            ServiceId = serviceId, OrderId = orderId, SysVersion = bill.SysVersion,
            ApproveNotes = "同意退货，请寄回", ApproveReasonCid1 = 1001, ReturnAddressType = 1,
            ReturnAddress = new AscContactAddress
            {
                ContactName = "售后仓", ContactTel = "010-12345678", Zipcode = "100000", Province = 1, City = 72, County = 2819, DetailAddress = "北京市朝阳区",
            },
            ApplyDetailIds = bill.Details.Select(d => d.ServiceDetailId).ToArray(),
        });
    }
}
// </snippet>
