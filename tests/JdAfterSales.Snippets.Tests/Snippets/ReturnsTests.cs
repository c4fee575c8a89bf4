// <snippet FirstTest>
using JdAfterSales;
using JdAfterSales.AfterSales;
using JdAfterSales.Testing;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

// <snippet FirstTest>
public sealed class ReturnsTests
{
    [Fact]
    public async Task Rejects_a_pending_return_on_the_fake_gateway()
    {
        await using var gateway = FakeJdGateway.Start();
        var s = gateway.ClientSettings;
        var client = new JdClient(new HttpClient(), new JdClientOptions
        {
            Gateway = s.Gateway, AppKey = s.AppKey, AppSecret = s.AppSecret, AccessToken = s.AccessToken,
            VenderId = s.VenderId, OperatorPin = s.OperatorPin, OperatorNick = s.OperatorNick,
        });
        var seeded = gateway.AddServiceOrder(new FakeServiceOrderSeed { Status = FakeServiceStatus.PendingAudit });

        var service = await client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = seeded.ServiceId, OrderId = seeded.OrderId });
        await client.AfterSales.RejectServiceAsync(new RejectServiceRequest
        {
            ServiceId = service.ServiceId, OrderId = seeded.OrderId, SysVersion = service.SysVersion,
            ApproveNotes = "超过退货期限", ApproveReasonCid1 = gateway.Data.Reasons[0].Code,
        });

        Assert.Equal(FakeServiceStatus.AuditClosed, gateway.Data.FindServiceOrder(seeded.ServiceId)!.State);
    }
}
// </snippet>
