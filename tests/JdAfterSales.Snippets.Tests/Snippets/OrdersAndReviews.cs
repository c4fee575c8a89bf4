// <snippet OrdersAndReviews>
using JdAfterSales;
using JdAfterSales.Orders;
using JdAfterSales.Reviews;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

/// <summary>README: orders and reviews; <see cref="SnippetRunTests"/> runs it on a fake shop.</summary>
internal static class OrdersAndReviews
{
    public static async Task<(int Orders, int BadReviews)> RunAsync(JdClient client)
    {
        var orders = 0;
        var badReviews = 0;

        // <snippet OrdersAndReviews>
        var now = TimeProvider.System.GetLocalNow();
        await foreach (var order in client.Orders.SearchAllAsync(new SearchOrdersRequest
        {
            States = OrderState.All, StartDate = now.AddMonths(-3), EndDate = now,
            Fields = [OrderField.OrderId, OrderField.OrderState, OrderField.OrderPayment],
        }))
        {
            Console.WriteLine($"{order.OrderId} {order.State?.ChineseName} ¥{order.Payment}");
            orders++;
        }

        await foreach (var comment in client.Reviews.ListAllCommentsAsync(new ListCommentsRequest { Score = CommentScoreFilter.Bad, Replied = false }))
        {
            await client.Reviews.ReplyToCommentAsync(new ReplyToCommentRequest { CommentId = comment.CommentId, Content = "很抱歉给您带来不便，客服会尽快联系您。" });
            badReviews++;
        }
        // </snippet>

        return (orders, badReviews);
    }
}
