namespace JdAfterSales.Testing;

/// <summary>
/// The fake shop's data set: orders, service orders, refund applications, comments and the reason tree. It is generated
/// from the options' seed, order count and anchor, and writes through the gateway change it in place. It holds a planted
/// batch problem: in the 7 days before the anchor, one SKU gets up to six quality returns (无法开机, 功能故障) on top
/// of its usual ones, on its orders of the five weeks before (the default shop: 罗技无线鼠标 M330, 9 in the week against
/// 0.25 a week in the eight before).
/// </summary>
public sealed class FakeShopData
{
    internal FakeShopData(string venderId, DateTimeOffset anchor)
    {
        VenderId = venderId;
        Anchor = anchor;
    }

    /// <summary>Gets the shop's vender id (the <c>buId</c> of every after-sales call).</summary>
    public string VenderId { get; }

    /// <summary>Gets the "now" the data set was generated around.</summary>
    public DateTimeOffset Anchor { get; }

    /// <summary>Gets the orders, oldest first.</summary>
    public IReadOnlyList<FakeOrder> Orders => OrderList;

    /// <summary>Gets the after-sales service orders, in creation order.</summary>
    public IReadOnlyList<FakeServiceOrder> ServiceOrders => ServiceOrderList;

    /// <summary>Gets the refund applications, in creation order.</summary>
    public IReadOnlyList<FakeRefundApplication> RefundApplications => RefundList;

    /// <summary>Gets the comments, in creation order.</summary>
    public IReadOnlyList<FakeComment> Comments => CommentList;

    /// <summary>Gets the two-level reason tree: level-1 nodes (parent 0) first, then their children.</summary>
    public IReadOnlyList<FakeQuestionReason> Reasons => ReasonList;

    internal List<FakeOrder> OrderList { get; } = [];

    internal List<FakeServiceOrder> ServiceOrderList { get; } = [];

    internal List<FakeRefundApplication> RefundList { get; } = [];

    internal List<FakeComment> CommentList { get; } = [];

    internal List<FakeQuestionReason> ReasonList { get; } = [];

    /// <summary>The last log id handed out; log ids keep growing as writes append entries.</summary>
    internal long LastLogId { get; set; }

    /// <summary>The last comment reply id handed out.</summary>
    internal long LastReplyId { get; set; }

    internal long NextLogId() => ++LastLogId;

    internal long NextReplyId() => ++LastReplyId;

    /// <summary>Finds an order by id.</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The order, or <see langword="null"/> when the shop has none with that id.</returns>
    public FakeOrder? FindOrder(long orderId) => OrderList.Find(o => o.OrderId == orderId);

    /// <summary>Finds a service order by id.</summary>
    /// <param name="serviceId">The service order id.</param>
    /// <returns>The service order, or <see langword="null"/> when the shop has none with that id.</returns>
    public FakeServiceOrder? FindServiceOrder(long serviceId) => ServiceOrderList.Find(s => s.ServiceId == serviceId);

    /// <summary>Finds a refund application by id.</summary>
    /// <param name="id">The application id.</param>
    /// <returns>The application, or <see langword="null"/> when the shop has none with that id.</returns>
    public FakeRefundApplication? FindRefundApplication(long id) => RefundList.Find(r => r.Id == id);

    /// <summary>Finds a comment by id.</summary>
    /// <param name="commentId">The comment id.</param>
    /// <returns>The comment, or <see langword="null"/> when the shop has none with that id.</returns>
    public FakeComment? FindComment(string commentId) => CommentList.Find(c => c.CommentId == commentId);

    /// <inheritdoc />
    public override string ToString() =>
        $"Shop {VenderId}: {OrderList.Count} orders, {ServiceOrderList.Count} service orders, {RefundList.Count} refunds, {CommentList.Count} comments";
}
