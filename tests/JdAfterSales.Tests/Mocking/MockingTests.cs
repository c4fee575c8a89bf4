using JdAfterSales.AfterSales;
using JdAfterSales.Refunds;
using NSubstitute;

namespace JdAfterSales.Tests.Mocking;

/// <summary>
/// A user's own code tested with a mocking library, no gateway at all: the clients have protected constructors and
/// virtual members, and <see cref="JdAfterSalesModelFactory"/> builds the results.
/// </summary>
public sealed class MockingTests
{
    [Fact]
    public async Task A_mocked_client_drives_the_users_code_and_records_the_calls()
    {
        var afterSales = Substitute.For<AfterSalesClient>();
        afterSales.ListServicesAsync(Arg.Is<ListServicesRequest>(r => r.Status == ServiceStatus.PendingAudit), Arg.Any<CancellationToken>())
            .Returns(new JdPage<ServiceBrief>(
                [
                    JdAfterSalesModelFactory.ServiceBrief(serviceId: 1, orderId: 11, status: ServiceStatus.PendingAudit),
                    JdAfterSalesModelFactory.ServiceBrief(serviceId: 2, orderId: 12, status: ServiceStatus.PendingAudit),
                ],
                pageNumber: 1,
                pageSize: 50,
                totalCount: 2));
        var refunds = Substitute.For<RefundsClient>();
        refunds.CountPendingAsync(Arg.Any<CancellationToken>()).Returns(7L);
        var client = Substitute.For<JdClient>();
        client.AfterSales.Returns(afterSales);
        client.Refunds.Returns(refunds);

        var summary = await DeskSummary.ReadAsync(client, CancellationToken.None);

        Assert.Equal("2 service orders and 7 refunds wait for an answer", summary);
        await afterSales.Received(1).ListServicesAsync(Arg.Any<ListServicesRequest>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_mocked_failure_is_the_typed_exception_the_users_code_handles()
    {
        var refunds = Substitute.For<RefundsClient>();
        refunds.CountPendingAsync(Arg.Any<CancellationToken>())
            .Returns<Task<long>>(_ => throw new JdBusinessException("JD reported a business failure.", new JdBusinessError("E_SYSTEM", "系统繁忙", JdBusinessErrorKind.General)));
        var client = Substitute.For<JdClient>();
        client.Refunds.Returns(refunds);
        client.AfterSales.Returns(Substitute.For<AfterSalesClient>());

        var summary = await DeskSummary.ReadAsync(client, CancellationToken.None);

        Assert.Equal("JD could not count refunds (E_SYSTEM)", summary);
    }

    /// <summary>Code a user might write on top of the client.</summary>
    private static class DeskSummary
    {
        public static async Task<string> ReadAsync(JdClient client, CancellationToken cancellationToken)
        {
            try
            {
                var pending = await client.AfterSales.ListServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit }, cancellationToken);
                var refunds = await client.Refunds.CountPendingAsync(cancellationToken);
                return $"{pending?.TotalCount ?? 0} service orders and {refunds} refunds wait for an answer";
            }
            catch (JdBusinessException ex)
            {
                return $"JD could not count refunds ({ex.Code})";
            }
        }
    }
}
