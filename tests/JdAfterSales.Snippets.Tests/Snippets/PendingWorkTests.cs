// <snippet MockTheClient>
using JdAfterSales;
using JdAfterSales.AfterSales;
using NSubstitute;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

// <snippet MockTheClient>
public sealed class PendingWorkTests
{
    [Fact]
    public async Task Counts_pending_work_from_a_mocked_client()
    {
        var afterSales = Substitute.For<AfterSalesClient>();
        afterSales.ListServicesAsync(Arg.Any<ListServicesRequest>(), Arg.Any<CancellationToken>()).Returns(new JdPage<ServiceBrief>(
            [JdAfterSalesModelFactory.ServiceBrief(serviceId: 1, status: ServiceStatus.PendingAudit)], pageNumber: 1, pageSize: 1, totalCount: 14));
        var client = Substitute.For<JdClient>();
        client.AfterSales.Returns(afterSales);

        var pending = await new PendingWork(client).CountAsync(CancellationToken.None);   // your code, given the mock

        Assert.Equal(14, pending);
    }
}
// </snippet>
