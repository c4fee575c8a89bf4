using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Refunds;

/// <summary>The status of a refund application (<c>status</c>), also the decision sent by <c>replyRefund</c>. Values JD adds later are kept as they are.</summary>
[JsonConverter(typeof(JdIntEnumConverter<RefundStatus>))]
public readonly record struct RefundStatus : IJdOpenEnumeration<RefundStatus, int>
{
    /// <summary>未审核 — Not audited yet.</summary>
    public static readonly RefundStatus Pending = new(0);

    /// <summary>审核通过 — Approved by the merchant.</summary>
    public static readonly RefundStatus Approved = new(1);

    /// <summary>审核不通过 — Rejected by the merchant.</summary>
    public static readonly RefundStatus Rejected = new(2);

    /// <summary>京东财务审核通过 — JD finance approved: the refund succeeded.</summary>
    public static readonly RefundStatus FinanceApproved = new(3);

    /// <summary>京东财务审核不通过 — JD finance rejected: the refund failed.</summary>
    public static readonly RefundStatus FinanceRejected = new(4);

    /// <summary>人工审核通过 — Approved manually.</summary>
    public static readonly RefundStatus ManuallyApproved = new(5);

    /// <summary>拦截并退款 — Approved with JD intercepting the parcel.</summary>
    public static readonly RefundStatus InterceptAndRefund = new(6);

    /// <summary>青龙拦截成功 — JD Logistics intercepted the parcel.</summary>
    public static readonly RefundStatus InterceptSucceeded = new(7);

    /// <summary>青龙拦截失败 — JD Logistics could not intercept the parcel.</summary>
    public static readonly RefundStatus InterceptFailed = new(8);

    /// <summary>强制关单并退款 — The order was force-closed and refunded.</summary>
    public static readonly RefundStatus ForceClosedAndRefunded = new(9);

    /// <summary>物流待跟进 — Waiting for a logistics follow-up (offline interception).</summary>
    public static readonly RefundStatus LogisticsFollowUp = new(10);

    /// <summary>用户撤销 — Withdrawn by the customer.</summary>
    public static readonly RefundStatus CancelledByCustomer = new(11);

    private RefundStatus(int value) => Value = value;

    /// <inheritdoc />
    public int Value { get; }

    /// <inheritdoc />
    public bool IsKnown => ChineseName is not null;

    /// <inheritdoc />
    public string? ChineseName => Value switch
    {
        0 => "未审核",
        1 => "审核通过",
        2 => "审核不通过",
        3 => "京东财务审核通过",
        4 => "京东财务审核不通过",
        5 => "人工审核通过",
        6 => "拦截并退款",
        7 => "青龙拦截成功",
        8 => "青龙拦截失败",
        9 => "强制关单并退款",
        10 => "物流待跟进",
        11 => "用户撤销",
        _ => null,
    };

    /// <inheritdoc />
    public static RefundStatus FromValue(int value) => new(value);

    /// <summary>The value and, when known, JD's Chinese name, for logs.</summary>
    /// <returns>For example <c>0 (未审核)</c>.</returns>
    public override string ToString() =>
        ChineseName is null ? Value.ToString(CultureInfo.InvariantCulture) : $"{Value.ToString(CultureInfo.InvariantCulture)} ({ChineseName})";
}
