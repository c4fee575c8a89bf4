using JdAfterSales.AfterSales;

namespace JdAfterSales.Automation;

/// <summary>Settings shared by the automation jobs.</summary>
public sealed record AutomationOptions
{
    /// <summary>JD's answer window for a pending service order, from its <c>applyTime</c>: 24 hours.</summary>
    public static readonly TimeSpan JdAnswerWindow = TimeSpan.FromHours(24);

    /// <summary>The shop's return address, sent with approvals (<c>return*</c> parameters); approvals are not applied without it.</summary>
    public AscContactAddress? ReturnAddress { get; init; }

    /// <summary>JD's <c>returnAddressType</c> sent with approvals; 1 by default.</summary>
    public int ReturnAddressType { get; init; } = 1;

    /// <summary>The answer window the deadline watch counts down; <see cref="JdAnswerWindow"/> by default.</summary>
    public TimeSpan AnswerWindow { get; init; } = JdAnswerWindow;

    /// <summary>Pending service orders with less time left than this are flagged; 4 hours by default.</summary>
    public TimeSpan DeadlineWarning { get; init; } = TimeSpan.FromHours(4);

    /// <summary>The shop's JD Logistics merchant code (<c>customerCode</c>) for return waybill traces; required by return completion.</summary>
    public string? LogisticsCustomerCode { get; init; }

    /// <summary>The receipt remark written when a signed-for return is registered.</summary>
    public string ReceiveRemark { get; init; } = "退货已签收，自动收货登记";

    /// <summary>The remark written when the refund of a received return is approved.</summary>
    public string RefundRemark { get; init; } = "退货已收到，同意退款";

    /// <summary>How far back return completion looks for pending refunds of returns already received; 60 days by default.</summary>
    public TimeSpan RefundLookback { get; init; } = TimeSpan.FromDays(60);

    /// <summary>How many reads run at once when gathering data; 4 by default.</summary>
    public int MaxConcurrentReads { get; init; } = 4;

    /// <summary>
    /// How long a work-item lease lasts when the jobs are given an <see cref="IJdWorkItemLeases"/>; 2 minutes by
    /// default. It is renewed to this length before every write, so it must outlast one item's reads and one write;
    /// it is also how long an item stays blocked when its holder dies.
    /// </summary>
    public TimeSpan WorkItemLeaseDuration { get; init; } = TimeSpan.FromMinutes(2);
}
