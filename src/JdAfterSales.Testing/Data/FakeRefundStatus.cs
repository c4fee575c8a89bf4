namespace JdAfterSales.Testing;

/// <summary>The statuses of the fake's refund applications (JD's refund <c>status</c> codes).</summary>
public enum FakeRefundStatus
{
    /// <summary>0 未审核: waiting for the merchant's answer.</summary>
    Pending = 0,

    /// <summary>1 审核通过: approved.</summary>
    Approved = 1,

    /// <summary>2 审核不通过: rejected.</summary>
    Rejected = 2,

    /// <summary>3 京东财务审核通过: refunded.</summary>
    FinanceApproved = 3,

    /// <summary>4 京东财务审核不通过: the refund failed.</summary>
    FinanceRejected = 4,

    /// <summary>5 人工审核通过: approved by hand.</summary>
    ManuallyApproved = 5,

    /// <summary>6 拦截并退款: approved, the parcel intercepted.</summary>
    InterceptAndRefund = 6,

    /// <summary>7 青龙拦截成功: the interception succeeded.</summary>
    InterceptSucceeded = 7,

    /// <summary>8 青龙拦截失败: the interception failed.</summary>
    InterceptFailed = 8,

    /// <summary>9 强制关单并退款: force-closed and refunded.</summary>
    ForceClosedAndRefunded = 9,

    /// <summary>10 物流待跟进: logistics follow-up.</summary>
    LogisticsFollowUp = 10,

    /// <summary>11 用户撤销: cancelled by the customer.</summary>
    CancelledByCustomer = 11,
}
