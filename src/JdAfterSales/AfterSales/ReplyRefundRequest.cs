using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.pop.afs.soa.refundapply.replyRefund</c>: the merchant's decision on a refund
/// application. <see cref="Status"/> is one of <see cref="RefundStatus.Approved"/> (1),
/// <see cref="RefundStatus.Rejected"/> (2, with <see cref="RejectType"/>), <see cref="RefundStatus.InterceptAndRefund"/>
/// (6), <see cref="RefundStatus.ForceClosedAndRefunded"/> (9) or <see cref="RefundStatus.LogisticsFollowUp"/> (10).
/// Never re-sent automatically; a reply to an application already audited fails with
/// <see cref="JdBusinessException.Kind"/> <see cref="JdBusinessErrorKind.AlreadyProcessed"/>.
/// </summary>
public sealed record ReplyRefundRequest : IJdRequest<RefundReplyResponse>
{
    /// <summary>The application (<c>id</c>).</summary>
    public required long Id { get; init; }

    /// <summary>The decision (<c>status</c>).</summary>
    public required RefundStatus Status { get; init; }

    /// <summary>
    /// Who decides (<c>checkUserName</c>); <see cref="JdClientOptions.OperatorNick"/> when sent through
    /// <see cref="RefundsClient"/> and left <c>null</c>.
    /// </summary>
    public string? CheckUserName { get; init; }

    /// <summary>The remark (<c>remark</c>); JD requires it except for a force close (9).</summary>
    public string? Remark { get; init; }

    /// <summary>Why it is rejected (<c>rejectType</c>); required with status 2 and only then.</summary>
    public RefundRejectType? RejectType { get; init; }

    /// <summary>Whether the goods left the warehouse (<c>outWareStatus</c>: 1 shipped, 2 not shipped), optional.</summary>
    public int? OutWareStatus { get; init; }

    /// <summary><c>jingdong.pop.afs.soa.refundapply.replyRefund</c>.</summary>
    public string Method => "jingdong.pop.afs.soa.refundapply.replyRefund";

    /// <summary>Always <see cref="JdOperationKind.Write"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Write;

    JsonTypeInfo<RefundReplyResponse> IJdRequest<RefundReplyResponse>.ResponseTypeInfo => AfterSalesJsonContext.Default.RefundReplyResponse;

    void IJdRequest<RefundReplyResponse>.WriteParameters(Utf8JsonWriter writer)
    {
        RequestRules.RequirePositive(Id, "id");
        if (Status.Value is not (1 or 2 or 6 or 9 or 10))
        {
            throw new JdValidationException("status", "must be 1 (approve), 2 (reject), 6 (approve and intercept), 9 (force close) or 10 (logistics follow-up).");
        }

        RequestRules.RequireText(CheckUserName, "checkUserName", "who decides: set CheckUserName or JdClientOptions.OperatorNick");
        if (Status != RefundStatus.ForceClosedAndRefunded)
        {
            RequestRules.RequireText(Remark, "remark", "the reply's remark (JD requires it except for a force close)");
        }

        if (Status == RefundStatus.Rejected && RejectType is null)
        {
            throw new JdValidationException("rejectType", "is required when rejecting (status 2).");
        }

        if (Status != RefundStatus.Rejected && RejectType is not null)
        {
            throw new JdValidationException("rejectType", "may be given only when rejecting (status 2).");
        }

        if (OutWareStatus is not (null or 1 or 2))
        {
            throw new JdValidationException("outWareStatus", "must be 1 (shipped) or 2 (not shipped).");
        }

        writer.WriteStartObject();
        writer.WriteNumber("id", Id);
        writer.WriteNumber("status", Status.Value);
        writer.WriteString("checkUserName", CheckUserName);
        RequestRules.WriteText(writer, "remark", Remark);
        RequestRules.WriteNumber(writer, "rejectType", RejectType?.Value);
        RequestRules.WriteNumber(writer, "outWareStatus", OutWareStatus);
        writer.WriteEndObject();
    }
}
