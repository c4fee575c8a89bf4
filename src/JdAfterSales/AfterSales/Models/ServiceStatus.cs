using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The status of an after-sales service order (<c>serviceStatus</c>). Values JD adds later are kept as they are.</summary>
[JsonConverter(typeof(JdIntEnumConverter<ServiceStatus>))]
public readonly record struct ServiceStatus : IJdOpenEnumeration<ServiceStatus, int>
{
    /// <summary>待审核 — Waiting for the merchant's audit.</summary>
    public static readonly ServiceStatus PendingAudit = new(10001);

    /// <summary>待客户反馈 — The merchant asked the customer for more information.</summary>
    public static readonly ServiceStatus WaitingForCustomerFeedback = new(10002);

    /// <summary>客户已反馈 — The customer answered the merchant's question.</summary>
    public static readonly ServiceStatus CustomerReplied = new(10012);

    /// <summary>审核关闭 — Closed at audit (rejected).</summary>
    public static readonly ServiceStatus AuditClosed = new(10004);

    /// <summary>待收货 — Approved; waiting for the returned goods.</summary>
    public static readonly ServiceStatus AwaitingReceipt = new(10005);

    /// <summary>待处理 — Goods received; waiting to be processed.</summary>
    public static readonly ServiceStatus PendingProcessing = new(10007);

    /// <summary>待用户确认 — Waiting for the customer to confirm (for example an exchange shipped).</summary>
    public static readonly ServiceStatus WaitingForCustomerConfirmation = new(10009);

    /// <summary>处理完成 — Processing finished.</summary>
    public static readonly ServiceStatus Completed = new(10010);

    /// <summary>取消 — Cancelled.</summary>
    public static readonly ServiceStatus Cancelled = new(10011);

    /// <summary>原返取消 — Return of the original item cancelled, pending (name unverified).</summary>
    public static readonly ServiceStatus ReturnOriginalCancelled = new(7060);

    /// <summary>换新取消 — Exchange for a new item cancelled (name unverified).</summary>
    public static readonly ServiceStatus RenewCancelled = new(7023);

    /// <summary>线下换新取消 — Offline exchange cancelled (name unverified).</summary>
    public static readonly ServiceStatus OfflineRenewCancelled = new(7090);

    /// <summary>商家催收 — Merchant reminder to the customer (name unverified).</summary>
    public static readonly ServiceStatus MerchantReminder = new(13000);

    private ServiceStatus(int value) => Value = value;

    /// <inheritdoc />
    public int Value { get; }

    /// <inheritdoc />
    public bool IsKnown => ChineseName is not null;

    /// <inheritdoc />
    public string? ChineseName => Value switch
    {
        10001 => "待审核",
        10002 => "待客户反馈",
        10012 => "客户已反馈",
        10004 => "审核关闭",
        10005 => "待收货",
        10007 => "待处理",
        10009 => "待用户确认",
        10010 => "处理完成",
        10011 => "取消",
        7060 => "原返取消",
        7023 => "换新取消",
        7090 => "线下换新取消",
        13000 => "商家催收",
        _ => null,
    };

    /// <inheritdoc />
    public static ServiceStatus FromValue(int value) => new(value);

    /// <summary>The value and, when known, JD's Chinese name, for logs.</summary>
    /// <returns>For example <c>10001 (待审核)</c>.</returns>
    public override string ToString() =>
        ChineseName is null ? Value.ToString(CultureInfo.InvariantCulture) : $"{Value.ToString(CultureInfo.InvariantCulture)} ({ChineseName})";
}
