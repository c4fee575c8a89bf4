using JdAfterSales.Orders;
using JdAfterSales.Reviews;

namespace JdAfterSales.ContractTests.Client;

public sealed class OrdersAndReviewsContractTests
{
    [Fact]
    public async Task Searching_a_month_by_modification_time_returns_the_data_sets_orders()
    {
        await using var fixture = ClientFixture.Start(orderCount: 200);
        var end = fixture.Clock.GetUtcNow();
        var start = end.AddMonths(-1);

        var orders = await fixture.Client().Orders.SearchAllAsync(new SearchOrdersRequest { States = OrderState.All, StartDate = start, EndDate = end }).ToListAsync();

        var expected = fixture.Gateway.Data.Orders.Where(o => o.Modified >= start && o.Modified <= end).Select(o => o.OrderId).Order();
        Assert.Equal(expected, orders.Select(o => o.OrderId).Order());
        var sample = fixture.Gateway.Data.Orders.Single(o => o.OrderId == orders[0].OrderId);
        Assert.Equal(sample.OrderPayment, orders[0].Payment);
        Assert.Equal(sample.OrderState, orders[0].State!.Value.Value);
    }

    [Fact]
    public async Task Three_months_are_walked_in_one_month_windows_each_order_once()
    {
        await using var fixture = ClientFixture.Start(orderCount: 300);
        var end = fixture.Clock.GetUtcNow();
        var start = end.AddMonths(-3);

        var orders = await fixture.Client().Orders
            .SearchAllAsync(new SearchOrdersRequest { States = OrderState.All, StartDate = start, EndDate = end, DateType = OrderDateType.Created, PageSize = 40 })
            .ToListAsync();

        var expected = fixture.Gateway.Data.Orders.Where(o => o.OrderStartTime >= start && o.OrderStartTime <= end).Select(o => o.OrderId).Order().ToList();
        Assert.True(expected.Count > 100);
        Assert.Equal(expected, orders.Select(o => o.OrderId).Order());
        Assert.All(fixture.Gateway.Journal.ForMethod("jingdong.pop.order.search"), r => Assert.True(r.Succeeded));
    }

    [Fact]
    public async Task Get_reads_one_order_and_asks_only_for_the_chosen_fields()
    {
        await using var fixture = ClientFixture.Start(orderCount: 40);
        var expected = fixture.Gateway.Data.Orders[5];

        var order = await fixture.Client().Orders.GetAsync(new GetOrderRequest { OrderId = expected.OrderId, Fields = [OrderField.OrderId, OrderField.OrderPayment, OrderField.ItemInfoList] });

        Assert.Equal(expected.OrderPayment, order!.Payment);
        Assert.Equal(expected.Items.Count, order.Items.Count);
        Assert.Null(order.State);
        Assert.Equal("orderId,orderPayment,itemInfoList", fixture.Gateway.Journal.Last!.GetBusinessParameter("optional_fields"));
    }

    [Fact]
    public async Task The_vender_remark_changes_the_order()
    {
        await using var fixture = ClientFixture.Start(orderCount: 40);
        var order = fixture.Gateway.Data.Orders[3];
        await fixture.Client().Orders.ModifyVenderRemarkAsync(new ModifyVenderRemarkRequest { OrderId = order.OrderId, Remark = "客户要求开发票", Flag = VenderRemarkColor.Blue });
        Assert.Equal("客户要求开发票", fixture.Gateway.Data.Orders[3].VenderRemark);
    }

    [Fact]
    public async Task Bad_comments_are_listed_across_pages_and_a_reply_lands()
    {
        await using var fixture = ClientFixture.Start(orderCount: 300);
        var client = fixture.Client();

        var bad = await client.Reviews.ListAllCommentsAsync(new ListCommentsRequest { Score = CommentScoreFilter.Bad, PageSize = 5 }).ToListAsync();

        var expected = fixture.Gateway.Data.Comments.Where(c => c.Score == 1).Select(c => c.CommentId).Order(StringComparer.Ordinal);
        Assert.Equal(expected, bad.Select(c => c.CommentId).Order(StringComparer.Ordinal));

        var target = bad.First(c => c.IsVenderReply != true);
        await client.Reviews.ReplyToCommentAsync(new ReplyToCommentRequest { CommentId = target.CommentId, Content = "非常抱歉，已安排客服联系您处理退货" });
        var after = await client.Reviews.ListCommentsAsync(new ListCommentsRequest { OrderIds = [target.OrderId!.Value], Score = CommentScoreFilter.Bad });
        Assert.Contains(after.Items.Single(c => c.CommentId == target.CommentId).Replies, r => r.Content == "非常抱歉，已安排客服联系您处理退货");
    }
}
