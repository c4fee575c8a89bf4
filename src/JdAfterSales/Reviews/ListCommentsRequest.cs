using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>Parameters of <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>: search the shop's comments.</summary>
public sealed record ListCommentsRequest : IJdRequest<CommentListResponse>
{
    /// <summary>JD's largest page (<c>pageSize</c>).</summary>
    public const int MaxPageSize = 50;

    /// <summary>JD's largest number of orders in one search (<c>orderIds</c>).</summary>
    public const int MaxOrderIds = 50;

    /// <summary>Only these SKUs (<c>skuids</c>).</summary>
    public IReadOnlyList<long>? SkuIds { get; init; }

    /// <summary>Only products whose name contains this (<c>wareName</c>).</summary>
    public string? WareName { get; init; }

    /// <summary>Written at or after (<c>beginTime</c>).</summary>
    public DateTimeOffset? BeginTime { get; init; }

    /// <summary>Written at or before (<c>endTime</c>).</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>The score band (<c>score</c>).</summary>
    public CommentScoreFilter Score { get; init; } = CommentScoreFilter.All;

    /// <summary>Only comments containing this keyword (<c>content</c>).</summary>
    public string? Keyword { get; init; }

    /// <summary>Only replied (<c>true</c>) or unreplied (<c>false</c>) comments (<c>isVenderReply</c>).</summary>
    public bool? Replied { get; init; }

    /// <summary>Only comments on these orders, at most 50 (<c>orderIds</c>).</summary>
    public IReadOnlyList<long>? OrderIds { get; init; }

    /// <summary>The 1-based page (<c>page</c>).</summary>
    public int Page { get; init; } = 1;

    /// <summary>The page size (<c>pageSize</c>), 1 to 50.</summary>
    public int PageSize { get; init; } = MaxPageSize;

    /// <summary><c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>.</summary>
    public string Method => "jingdong.pop.PopCommentJsfService.getVenderCommentsForJos";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<CommentListResponse> IJdRequest<CommentListResponse>.ResponseTypeInfo => ReviewsJsonContext.Default.CommentListResponse;

    void IJdRequest<CommentListResponse>.WriteParameters(Utf8JsonWriter writer)
    {
        Validate();
        writer.WriteStartObject();
        WriteIds(writer, "skuids", SkuIds);
        WriteText(writer, "wareName", WareName);
        if (BeginTime is { } begin)
        {
            writer.WriteString("beginTime", JdChinaTime.Format(begin));
        }

        if (EndTime is { } end)
        {
            writer.WriteString("endTime", JdChinaTime.Format(end));
        }

        writer.WriteNumber("score", (int)Score);
        WriteText(writer, "content", Keyword);
        if (Replied is { } replied)
        {
            writer.WriteBoolean("isVenderReply", replied);
        }

        WriteIds(writer, "orderIds", OrderIds);
        writer.WriteNumber("page", Page);
        writer.WriteNumber("pageSize", PageSize);
        writer.WriteEndObject();
    }

    /// <summary>Checks JD's rules before anything is sent.</summary>
    /// <exception cref="JdValidationException">A parameter breaks one of JD's rules.</exception>
    public void Validate()
    {
        if (Page < 1)
        {
            throw new JdValidationException("page", "must be 1 or more.");
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            throw new JdValidationException("pageSize", $"must be between 1 and {MaxPageSize}.");
        }

        if (!Enum.IsDefined(Score))
        {
            throw new JdValidationException("score", "must be 0 (all), 1 (bad), 2 (neutral) or 3 (good).");
        }

        if (OrderIds is { Count: > MaxOrderIds })
        {
            throw new JdValidationException("orderIds", $"may name at most {MaxOrderIds} orders.");
        }

        if (OrderIds?.Any(static id => id <= 0) == true || SkuIds?.Any(static id => id <= 0) == true)
        {
            throw new JdValidationException(OrderIds?.Any(static id => id <= 0) == true ? "orderIds" : "skuids", "must hold positive ids only.");
        }

        if (BeginTime is { } begin && EndTime is { } end && end < begin)
        {
            throw new JdValidationException("endTime", "must not be before beginTime.");
        }
    }

    private static void WriteIds(Utf8JsonWriter writer, string name, IReadOnlyList<long>? ids)
    {
        if (ids is { Count: > 0 })
        {
            writer.WriteString(name, string.Join(',', ids.Select(static id => id.ToString(CultureInfo.InvariantCulture))));
        }
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }
}
