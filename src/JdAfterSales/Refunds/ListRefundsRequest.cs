using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Refunds;

/// <summary>
/// Parameters of <c>jingdong.pop.afs.soa.refundapply.queryPageList</c>
/// (<see cref="JosMethods.PopAfsSoaRefundapplyQueryPageList"/>): search refund applications. JD serves at most
/// page 100 of 50 for one filter; <see cref="RefundsClient.ListAllAsync"/> slices a time range to stay under it.
/// Sent by <see cref="RefundsClient.ListAsync"/>.
/// </summary>
public sealed record ListRefundsRequest : JdRequest<JdPage<RefundApplication>>, IJdPagedRequest
{
    private static readonly JdResponseContract<RefundQueryPayload, JdPage<RefundApplication>> Contract = new(
        RefundsJsonContext.Default.RefundQueryPayload,
        static (payload, request) =>
        {
            var result = payload.QueryResult ?? throw JdMissingPayload.OfRead(request.Method, "queryResult");
            var asked = (ListRefundsRequest)request;
            return new JdPage<RefundApplication>(result.Result, asked.PageNumber, asked.PageSize, result.TotalCount ?? result.Result.Count);
        });

    /// <summary>Only these applications (<c>ids</c>, sent comma-separated); at most <see cref="PageSize"/> of them.</summary>
    [JsonIgnore]
    public IReadOnlyList<long>? Ids { get; init; }

    /// <summary>Only applications in this status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public RefundStatus? Status { get; init; }

    /// <summary>Only applications of this order (<c>orderId</c>, sent as a string).</summary>
    [JsonIgnore]
    public long? OrderId { get; init; }

    /// <summary>Only this customer's JD account (<c>buyerId</c>).</summary>
    [JsonPropertyName("buyerId")]
    public string? BuyerId { get; init; }

    /// <summary>Only this customer's name (<c>buyerName</c>).</summary>
    [JsonPropertyName("buyerName")]
    public string? BuyerName { get; init; }

    /// <summary>Applied at or after (<c>applyTimeStart</c>).</summary>
    [JsonPropertyName("applyTimeStart")]
    public DateTimeOffset? ApplyTimeStart { get; init; }

    /// <summary>Applied at or before (<c>applyTimeEnd</c>).</summary>
    [JsonPropertyName("applyTimeEnd")]
    public DateTimeOffset? ApplyTimeEnd { get; init; }

    /// <summary>Audited at or after (<c>checkTimeStart</c>).</summary>
    [JsonPropertyName("checkTimeStart")]
    public DateTimeOffset? CheckTimeStart { get; init; }

    /// <summary>Audited at or before (<c>checkTimeEnd</c>).</summary>
    [JsonPropertyName("checkTimeEnd")]
    public DateTimeOffset? CheckTimeEnd { get; init; }

    /// <summary>The 1-based page (<c>pageIndex</c>), 1 to 100; 1 unless set.</summary>
    [JsonPropertyName("pageIndex")]
    [JsonPropertyOrder(100)]
    public int PageNumber { get; init; } = 1;

    /// <summary>The page size (<c>pageSize</c>), 1 to 50; 50 unless set.</summary>
    [JsonPropertyName("pageSize")]
    [JsonPropertyOrder(101)]
    public int PageSize { get; init; } = JdRequestRules.MaxPageSize;

    [JsonInclude]
    [JsonPropertyName("ids")]
    [JsonPropertyOrder(-2)]
    internal string? IdsOnWire => Ids is null ? null : string.Join(',', Ids.Select(static id => id.ToString(CultureInfo.InvariantCulture)));

    [JsonInclude]
    [JsonPropertyName("orderId")]
    internal string? OrderIdOnWire => OrderId?.ToString(CultureInfo.InvariantCulture);

    internal override JdResponseContract<JdPage<RefundApplication>> Response => Contract;

    private protected override string JosMethod => JosMethods.PopAfsSoaRefundapplyQueryPageList;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected override JsonSerializerContext ParametersContext => RefundsJsonContext.Default;

    internal override void Validate()
    {
        JdRequestRules.RequirePage(PageNumber, "pageIndex", JdRequestRules.MaxRefundPageIndex, PageSize, "pageSize");
        if (Ids is { } ids)
        {
            if (ids.Count == 0)
            {
                throw new JdValidationException("ids", "must name at least one application when given; leave it null for all.");
            }

            if (ids.Count > PageSize)
            {
                throw new JdValidationException("ids", $"may name at most pageSize ({PageSize.ToString(CultureInfo.InvariantCulture)}) applications.");
            }

            foreach (var id in ids)
            {
                JdRequestRules.RequirePositive(id, "ids");
            }
        }

        JdRequestRules.RequirePositive(OrderId, "orderId");
        JdRequestRules.RequireOrder(ApplyTimeStart, ApplyTimeEnd, "applyTimeStart", "applyTimeEnd");
        JdRequestRules.RequireOrder(CheckTimeStart, CheckTimeEnd, "checkTimeStart", "checkTimeEnd");
    }
}
