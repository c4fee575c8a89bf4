using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Refunds;

/// <summary>
/// Parameters of <c>jingdong.pop.afs.soa.refundapply.replyRefund</c>
/// (<see cref="JosMethods.PopAfsSoaRefundapplyReplyRefund"/>): the merchant's decision on a refund application.
/// <see cref="Status"/> is one of <see cref="RefundStatus.Approved"/> (1), <see cref="RefundStatus.Rejected"/> (2, with
/// <see cref="RejectType"/>), <see cref="RefundStatus.InterceptAndRefund"/> (6),
/// <see cref="RefundStatus.ForceClosedAndRefunded"/> (9) or <see cref="RefundStatus.LogisticsFollowUp"/> (10);
/// <see cref="Approve"/>, <see cref="Reject"/> and <see cref="Intercept"/> build the common ones. Never re-sent
/// automatically; a reply to an application already audited fails with <see cref="JdBusinessException.Kind"/>
/// <see cref="JdBusinessErrorKind.AlreadyProcessed"/>. Sent by <see cref="RefundsClient.ReplyAsync"/>.
/// </summary>
public sealed record ReplyRefundRequest : JdRequest<JdWriteResult>
{
    private static readonly JdResponseContract<RefundReplyPayload, JdWriteResult> Contract = new(
        RefundsJsonContext.Default.RefundReplyPayload,
        static (payload, request) =>
        {
            var result = payload.ReplyResult ?? throw JdMissingPayload.OfWrite(request.Method, "replyResult");
            return new JdWriteResult(request.Method, result.ErrorCode, result.ErrorMessage);
        });

    /// <summary>The application (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public required long Id { get; init; }

    /// <summary>The decision (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public required RefundStatus Status { get; init; }

    /// <summary>Who decides (<c>checkUserName</c>); the client's <see cref="JdClientOptions.OperatorNick"/> unless set.</summary>
    [JsonPropertyName("checkUserName")]
    public string? CheckUserName { get; init; }

    /// <summary>The remark (<c>remark</c>); JD requires it except for a force close (9).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; init; }

    /// <summary>Why it is rejected (<c>rejectType</c>); required with status 2 and only then.</summary>
    [JsonPropertyName("rejectType")]
    public RefundRejectType? RejectType { get; init; }

    /// <summary>Whether the goods left the warehouse (<c>outWareStatus</c>: 1 shipped, 2 not shipped), optional.</summary>
    [JsonPropertyName("outWareStatus")]
    public int? OutWareStatus { get; init; }

    internal override JdResponseContract<JdWriteResult> Response => Contract;

    private protected override string JosMethod => JosMethods.PopAfsSoaRefundapplyReplyRefund;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Write;

    private protected override JsonSerializerContext ParametersContext => RefundsJsonContext.Default;

    /// <summary>Approves a refund application (status 1).</summary>
    /// <param name="id">The application.</param>
    /// <param name="remark">The remark JD keeps with the decision.</param>
    /// <returns>The request.</returns>
    public static ReplyRefundRequest Approve(long id, string remark) => new() { Id = id, Status = RefundStatus.Approved, Remark = remark };

    /// <summary>Rejects a refund application (status 2).</summary>
    /// <param name="id">The application.</param>
    /// <param name="rejectType">Why it is rejected.</param>
    /// <param name="remark">The remark JD keeps with the decision.</param>
    /// <returns>The request.</returns>
    public static ReplyRefundRequest Reject(long id, RefundRejectType rejectType, string remark) =>
        new() { Id = id, Status = RefundStatus.Rejected, RejectType = rejectType, Remark = remark };

    /// <summary>Approves a refund application and has JD intercept the parcel (status 6).</summary>
    /// <param name="id">The application.</param>
    /// <param name="remark">The remark JD keeps with the decision.</param>
    /// <returns>The request.</returns>
    public static ReplyRefundRequest Intercept(long id, string remark) => new() { Id = id, Status = RefundStatus.InterceptAndRefund, Remark = remark };

    internal override JdRequest<JdWriteResult> WithDefaults(JdRequestDefaults defaults) =>
        CheckUserName is null && defaults.OperatorNick is not null ? this with { CheckUserName = defaults.OperatorNick } : this;

    internal override void Validate()
    {
        JdRequestRules.RequirePositive(Id, "id");
        if (Status.Value is not (1 or 2 or 6 or 9 or 10))
        {
            throw new JdValidationException("status", "must be 1 (approve), 2 (reject), 6 (approve and intercept), 9 (force close) or 10 (logistics follow-up).");
        }

        JdRequestRules.RequireText(CheckUserName, "checkUserName", "who decides: set CheckUserName or JdClientOptions.OperatorNick");
        if (Status != RefundStatus.ForceClosedAndRefunded)
        {
            JdRequestRules.RequireText(Remark, "remark", "the reply's remark (JD requires it except for a force close)");
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
    }
}
