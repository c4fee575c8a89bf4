using JdAfterSales.AfterSales;
using JdAfterSales.ContractTests.Support;
using JdAfterSales.Refunds;

namespace JdAfterSales.ContractTests.Client;

/// <summary>Bad input is refused by the client before anything is sent: the gateway's journal stays empty.</summary>
public sealed class ValidationContractTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "negative service id", "serviceId" },
        { "negative order id", "orderId" },
        { "negative refund id", "id" },
        { "empty reject reason", "approveNotes" },
        { "blank refund reject remark", "remark" },
        { "end before start", "applyTimeEnd" },
        { "refund window end before start", "applyTimeEnd" },
        { "page size 51", "pageSize" },
        { "refund page size 51", "pageSize" },
        { "empty receipt remark", "receiveRemark" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_before_sending(string @case, string field)
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var client = fixture.Client(o => o.Retry = new JdRetryOptions { MaxRetries = 3 });
        var service = fixture.Gateway.Data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        var start = ClientFixture.Anchor.AddDays(-1);
        Func<Task> call = @case switch
        {
            "negative service id" => () => client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = -service.ServiceId, OrderId = service.OrderId }),
            "negative order id" => () => client.AfterSales.CloseServiceAsync(Requests.Close(service) with { OrderId = -1 }),
            "negative refund id" => () => client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(-7, "同意")),
            "empty reject reason" => () => client.AfterSales.RejectServiceAsync(Requests.Reject(service) with { ApproveNotes = "" }),
            "blank refund reject remark" => () => client.Refunds.ReplyAsync(ReplyRefundRequest.Reject(7_788_000_001, RefundRejectType.Other, "  ")),
            "end before start" => () => client.AfterSales.ListServicesAsync(new ListServicesRequest { ApplyTimeBegin = start, ApplyTimeEnd = start.AddSeconds(-1) }),
            "refund window end before start" => () => client.Refunds.ListAllAsync(new ListRefundsRequest { ApplyTimeStart = start, ApplyTimeEnd = start.AddHours(-1) }).ToListAsync().AsTask(),
            "page size 51" => () => client.AfterSales.ListServicesAsync(new ListServicesRequest { PageSize = 51 }),
            "refund page size 51" => () => client.Refunds.ListAsync(new ListRefundsRequest { PageSize = 51 }),
            "empty receipt remark" => () => client.AfterSales.RegisterReceiptAsync(Requests.RegisterReceipt(service) with { ReceiveRemark = "" }),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var error = await Assert.ThrowsAsync<JdValidationException>(call);

        Assert.Equal(field, error.Field);
        Assert.Equal(0, fixture.Gateway.Journal.Count);
    }
}
