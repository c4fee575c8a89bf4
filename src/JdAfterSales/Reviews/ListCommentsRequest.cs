using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Reviews;

/// <summary>
/// Parameters of <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>
/// (<see cref="JosMethods.PopPopCommentJsfServiceGetVenderCommentsForJos"/>): search the shop's comments. Every
/// filter is optional. Sent by <see cref="ReviewsClient.ListCommentsAsync"/>.
/// </summary>
public sealed record ListCommentsRequest : JdRequest<JdPage<Comment>>, IJdPagedRequest
{
    /// <summary>JD's largest page (<c>pageSize</c>).</summary>
    public const int MaxPageSize = 50;

    /// <summary>JD's largest number of orders in one search (<c>orderIds</c>).</summary>
    public const int MaxOrderIds = 50;

    private static readonly JdResponseContract<CommentListPayload, JdPage<Comment>> Contract = new(
        ReviewsJsonContext.Default.CommentListPayload,
        static (payload, request) =>
        {
            if (payload.ResultCode is null)
            {
                throw JdMissingPayload.OfRead(request.Method, "resultCode");
            }

            var asked = (ListCommentsRequest)request;
            return new JdPage<Comment>(payload.Comments, asked.PageNumber, asked.PageSize, payload.TotalItem ?? payload.Comments.Count);
        });

    /// <summary>Only these SKUs (<c>skuids</c>, sent comma-separated).</summary>
    [JsonIgnore]
    public IReadOnlyList<long>? SkuIds { get; init; }

    /// <summary>Only products whose name contains this (<c>wareName</c>).</summary>
    [JsonIgnore]
    public string? WareName { get; init; }

    /// <summary>Written at or after (<c>beginTime</c>).</summary>
    [JsonPropertyName("beginTime")]
    public DateTimeOffset? BeginTime { get; init; }

    /// <summary>Written at or before (<c>endTime</c>).</summary>
    [JsonPropertyName("endTime")]
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>The score band (<c>score</c>); all unless set.</summary>
    [JsonIgnore]
    public CommentScoreFilter Score { get; init; } = CommentScoreFilter.All;

    /// <summary>Only comments containing this keyword (<c>content</c>).</summary>
    [JsonIgnore]
    public string? Keyword { get; init; }

    /// <summary>Only replied (<c>true</c>) or unreplied (<c>false</c>) comments (<c>isVenderReply</c>).</summary>
    [JsonPropertyName("isVenderReply")]
    public bool? Replied { get; init; }

    /// <summary>Only comments on these orders, at most 50 (<c>orderIds</c>, sent comma-separated).</summary>
    [JsonIgnore]
    public IReadOnlyList<long>? OrderIds { get; init; }

    /// <summary>The 1-based page (<c>page</c>); 1 unless set.</summary>
    [JsonPropertyName("page")]
    [JsonPropertyOrder(100)]
    public int PageNumber { get; init; } = 1;

    /// <summary>The page size (<c>pageSize</c>), 1 to 50; 50 unless set.</summary>
    [JsonPropertyName("pageSize")]
    [JsonPropertyOrder(101)]
    public int PageSize { get; init; } = MaxPageSize;

    [JsonInclude]
    [JsonPropertyName("skuids")]
    [JsonPropertyOrder(-2)]
    internal string? SkuIdsOnWire => Join(SkuIds);

    [JsonInclude]
    [JsonPropertyName("wareName")]
    [JsonPropertyOrder(-1)]
    internal string? WareNameOnWire => string.IsNullOrEmpty(WareName) ? null : WareName;

    [JsonInclude]
    [JsonPropertyName("score")]
    internal int ScoreOnWire => (int)Score;

    [JsonInclude]
    [JsonPropertyName("content")]
    internal string? KeywordOnWire => string.IsNullOrEmpty(Keyword) ? null : Keyword;

    [JsonInclude]
    [JsonPropertyName("orderIds")]
    internal string? OrderIdsOnWire => Join(OrderIds);

    internal override JdResponseContract<JdPage<Comment>> Response => Contract;

    private protected override string JosMethod => JosMethods.PopPopCommentJsfServiceGetVenderCommentsForJos;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected override JsonSerializerContext ParametersContext => ReviewsJsonContext.Default;

    internal override void Validate()
    {
        JdRequestRules.RequirePage(PageNumber, "page", int.MaxValue, PageSize, "pageSize");
        if (!Enum.IsDefined(Score))
        {
            throw new JdValidationException("score", "must be 0 (all), 1 (bad), 2 (neutral) or 3 (good).");
        }

        if (OrderIds is { Count: > MaxOrderIds })
        {
            throw new JdValidationException("orderIds", $"may name at most {MaxOrderIds.ToString(CultureInfo.InvariantCulture)} orders.");
        }

        foreach (var id in OrderIds ?? [])
        {
            JdRequestRules.RequirePositive(id, "orderIds");
        }

        foreach (var id in SkuIds ?? [])
        {
            JdRequestRules.RequirePositive(id, "skuids");
        }

        JdRequestRules.RequireOrder(BeginTime, EndTime, "beginTime", "endTime");
    }

    private static string? Join(IReadOnlyList<long>? ids) =>
        ids is { Count: > 0 } ? string.Join(',', ids.Select(static id => id.ToString(CultureInfo.InvariantCulture))) : null;
}
