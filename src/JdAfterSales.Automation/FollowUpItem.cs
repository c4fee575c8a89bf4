using System.Globalization;

namespace JdAfterSales.Automation;

/// <summary>
/// One customer and order to call back: what finished (service orders completed, refunds approved), for how much,
/// and whether the customer reviewed the order since. <see cref="ToString"/> never shows the phone number.
/// </summary>
public sealed class FollowUpItem
{
    internal FollowUpItem()
    {
    }

    /// <summary>The customer's JD account (<c>customerPin</c> of a service order, <c>buyerId</c> of a refund).</summary>
    public string? CustomerPin { get; internal init; }

    /// <summary>The customer's name.</summary>
    public string? CustomerName { get; internal init; }

    /// <summary>The order.</summary>
    public long OrderId { get; internal init; }

    /// <summary>The product of the first service order, else the order's first line (when the order is in the data).</summary>
    public string? WareName { get; internal init; }

    /// <summary>The service orders of the customer and order completed in the window.</summary>
    public IReadOnlyList<long> ServiceIds { get; internal init; } = [];

    /// <summary>The refund applications of the customer and order approved in the window.</summary>
    public IReadOnlyList<long> RefundIds { get; internal init; } = [];

    /// <summary>What happened, in JD's words: for example <c>退货 处理完成; 退款 审核通过</c>.</summary>
    public string Outcome { get; internal init; } = "";

    /// <summary>The amount approved for refund; without an approved refund, what was paid for the serviced items; <c>null</c> when unknown.</summary>
    public decimal? Amount { get; internal init; }

    /// <summary>The last completion or approval.</summary>
    public DateTimeOffset FinishedAt { get; internal init; }

    /// <summary>The score of the latest review of the order written at or after <see cref="FinishedAt"/>; <c>null</c> when none.</summary>
    public int? ReviewScore { get; internal init; }

    /// <summary>Whether the customer reviewed the order at or after <see cref="FinishedAt"/>.</summary>
    public bool HasReviewSince { get; internal init; }

    /// <summary>The customer's phone number as JD masks it; <c>null</c> unless <see cref="FollowUpOptions.IncludePhoneNumbers"/> was set.</summary>
    public string? Phone { get; internal init; }

    /// <summary>The row without the phone number, so it may be logged.</summary>
    /// <returns>For example <c>order 300000000283 (jd_1a2b): 退货 处理完成, 219.00, no review since</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"order {OrderId} ({CustomerPin}): {Outcome}, {Amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "?"}, {(HasReviewSince ? $"reviewed {ReviewScore}★ since" : "no review since")}");
}
