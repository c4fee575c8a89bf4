using JdAfterSales.AfterSales;
using JdAfterSales.Logistics;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;

namespace JdAfterSales.Automation;

/// <summary>Everything a customer-service agent needs about one order, gathered in one call.</summary>
public sealed record CaseView
{
    /// <summary>The order.</summary>
    public required long OrderId { get; init; }

    /// <summary>The order's details; <c>null</c> when JD has no such order.</summary>
    public OrderInfo? Order { get; init; }

    /// <summary>The outbound parcel's trace; <c>null</c> when the order has no JD Logistics waybill.</summary>
    public WaybillTrace? Trace { get; init; }

    /// <summary>The order's after-sales service orders.</summary>
    public IReadOnlyList<ServiceBrief> Services { get; init; } = [];

    /// <summary>The order's refund applications.</summary>
    public IReadOnlyList<RefundApplication> Refunds { get; init; } = [];

    /// <summary>The buyer's reviews of the order.</summary>
    public IReadOnlyList<Comment> Reviews { get; init; } = [];
}
