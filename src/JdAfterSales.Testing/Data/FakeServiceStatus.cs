namespace JdAfterSales.Testing;

/// <summary>The after-sales statuses the fake's service orders move through (JD's <c>serviceStatus</c> codes).</summary>
public enum FakeServiceStatus
{
    /// <summary>10001 待审核: waiting for the merchant's audit.</summary>
    PendingAudit = 10001,

    /// <summary>10002 待客户反馈: waiting for the customer's feedback.</summary>
    WaitingForCustomerFeedback = 10002,

    /// <summary>10004 审核关闭: rejected at audit.</summary>
    AuditClosed = 10004,

    /// <summary>10005 待收货: approved, the goods are on their way back.</summary>
    AwaitingReceipt = 10005,

    /// <summary>10007 待处理: received, waiting for processing.</summary>
    PendingProcessing = 10007,

    /// <summary>10009 待用户确认: an exchange shipped, waiting for the customer.</summary>
    WaitingForCustomerConfirmation = 10009,

    /// <summary>10010 已完成: completed.</summary>
    Completed = 10010,

    /// <summary>10011 已取消: cancelled.</summary>
    Cancelled = 10011,

    /// <summary>10012 客户已回复: the customer answered a feedback request.</summary>
    CustomerReplied = 10012,

    /// <summary>7060 原返取消: shipping the original item back was cancelled; waiting for processing again.</summary>
    OriginalBackCancelled = 7060,

    /// <summary>7090 线下换新取消: an offline exchange was cancelled; waiting for processing again.</summary>
    OfflineExchangeCancelled = 7090,
}
