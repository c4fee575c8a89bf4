using JdAfterSales.AfterSales;
using JdAfterSales.Refunds;
using JdAfterSales.Testing;

namespace JdAfterSales.ContractTests.Client;

/// <summary>One test per method of <c>client.Refunds</c>; expectations come from the fake's data set.</summary>
public sealed class RefundsContractTests : IAsyncLifetime
{
    private ClientFixture _fixture = null!;
    private JdClient _client = null!;

    private FakeShopData Data => _fixture.Gateway.Data;

    public Task InitializeAsync()
    {
        _fixture = ClientFixture.Start(orderCount: 400);
        _client = _fixture.Client();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task ListRefundsAsync_returns_the_first_page_of_the_matching_applications_newest_first()
    {
        var expected = Data.RefundApplications.Where(r => r.Status == 0).OrderByDescending(r => r.ApplyTime).ThenByDescending(r => r.Id).ToList();
        Assert.True(expected.Count > 5, "the data set has pending refund applications");

        var page = await _client.Refunds.ListAsync(new ListRefundsRequest { Status = RefundStatus.Pending, PageSize = 5 });

        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Take(5).Select(r => r.Id), page.Items.Select(r => r.Id));
        Assert.All(page.Items, AssertApplication);
    }

    [Fact]
    public async Task ListAllRefundsAsync_walks_every_application_in_the_window_once()
    {
        var start = Data.RefundApplications.Min(r => r.ApplyTime);
        var end = Data.RefundApplications.Max(r => r.ApplyTime);
        var expected = Data.RefundApplications.Select(r => r.Id).Order().ToList();

        var walked = await _client.Refunds.ListAllAsync(new ListRefundsRequest { ApplyTimeStart = start, ApplyTimeEnd = end, PageSize = 10 }).ToListAsync();

        Assert.Equal(expected, walked.Select(r => r.Id).Order());
        Assert.All(walked, AssertApplication);
    }

    [Fact]
    public async Task GetRefundAsync_returns_the_application_or_null()
    {
        var refund = Data.RefundApplications.First(r => r.Status != 0 && r.CheckTime is not null);

        var found = await _client.Refunds.GetAsync(refund.Id);

        Assert.NotNull(found);
        AssertApplication(found);
        Assert.Null(await _client.Refunds.GetAsync(1));
    }

    [Fact]
    public async Task ApproveRefundAsync_approves_a_pending_application()
    {
        var refund = Data.RefundApplications.First(r => r.Status == 0);

        await _client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(refund.Id, "同意退款"));

        Assert.Equal(1, refund.Status);
        Assert.Equal("同意退款", refund.CheckRemark);
        Assert.Equal("售后客服小王", refund.CheckUserName);
        Assert.Equal(_fixture.Clock.GetUtcNow(), refund.CheckTime);
    }

    [Fact]
    public async Task RejectRefundAsync_rejects_a_pending_application_with_its_type()
    {
        var refund = Data.RefundApplications.First(r => r.Status == 0);

        await _client.Refunds.ReplyAsync(ReplyRefundRequest.Reject(refund.Id, RefundRejectType.BondedCustomsDeclared, "商品已发出"));

        Assert.Equal(2, refund.Status);
        Assert.Equal(3, refund.RejectType);
        Assert.Equal("商品已发出", refund.CheckRemark);
    }

    [Fact]
    public async Task InterceptRefundAsync_approves_and_intercepts()
    {
        var refund = Data.RefundApplications.First(r => r.Status == 0);

        await _client.Refunds.ReplyAsync(ReplyRefundRequest.Intercept(refund.Id, "拦截包裹"));

        Assert.Equal(6, refund.Status);
        Assert.Null(refund.RejectType);
    }

    [Fact]
    public async Task ReplyRefundAsync_sends_any_reply_and_an_explicit_checker()
    {
        var refund = Data.RefundApplications.First(r => r.Status == 0);

        await _client.Refunds.ReplyAsync(new ReplyRefundRequest { Id = refund.Id, Status = RefundStatus.LogisticsFollowUp, Remark = "物流跟进", CheckUserName = "主管老张", OutWareStatus = 1 });

        Assert.Equal(10, refund.Status);
        Assert.Equal("主管老张", refund.CheckUserName);
        Assert.Equal("1", _fixture.Gateway.Journal.Last!.GetBusinessParameter("outWareStatus"));
    }

    [Fact]
    public async Task CountPendingRefundsAsync_counts_the_pending_applications()
    {
        var count = await _client.Refunds.CountPendingAsync();

        Assert.Equal(Data.RefundApplications.Count(r => r.Status == 0), count);
        Assert.True(count > 0);
    }

    private void AssertApplication(RefundApplication item)
    {
        var expected = Data.FindRefundApplication(item.Id);
        Assert.NotNull(expected);
        Assert.Equal(expected.OrderId, item.OrderId);
        Assert.Equal(expected.Status, item.Status.Value);
        Assert.Equal(expected.BuyerId, item.BuyerId);
        Assert.Equal(expected.BuyerName, item.BuyerName);
        Assert.Equal(expected.ApplyTime, item.ApplyTime);
        Assert.Equal(expected.ApplyRefundSum, item.ApplyRefundSum);
        Assert.Equal(expected.Reason, item.Reason);
    }
}
