using System.Globalization;
using System.Text.Json;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>The filter of a review list (<c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>).</summary>
public sealed class ReviewQuery
{
    /// <summary>The largest page JD serves (<c>pageSize</c>).</summary>
    public const int MaxPageSize = 50;

    /// <summary>The most order ids one query may name (<c>orderIds</c>).</summary>
    public const int MaxOrderIds = 50;

    /// <summary>Only reviews of these SKUs (<c>skuids</c>, sent as a comma list); empty for all.</summary>
    public IReadOnlyCollection<long> SkuIds { get; init; } = [];

    /// <summary>Only reviews of these orders (<c>orderIds</c>, at most 50); empty for all.</summary>
    public IReadOnlyCollection<long> OrderIds { get; init; } = [];

    /// <summary>Only reviews created at or after this time (<c>beginTime</c>).</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>Only reviews created at or before this time (<c>endTime</c>).</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Only reviews with this rating (<c>score</c>); every rating unless set.</summary>
    public ReviewScoreFilter Score { get; init; } = ReviewScoreFilter.All;

    /// <summary>Only reviews whose text contains this keyword (<c>content</c>).</summary>
    public string? Keyword { get; init; }

    /// <summary>Only reviews the shop has (<c>true</c>) or has not (<c>false</c>) replied to (<c>isVenderReply</c>); <c>null</c> for both.</summary>
    public bool? Replied { get; init; }

    /// <summary>The 1-based page (<c>page</c>); <see cref="ReviewsClient.ListAllAsync"/> requires 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>The page size (<c>pageSize</c>), 1 to <see cref="MaxPageSize"/>; 50 unless set.</summary>
    public int PageSize { get; init; } = MaxPageSize;

    internal void Validate(bool walking)
    {
        if (Page < 1)
        {
            throw new JdValidationException("page", "must be 1 or more.");
        }

        if (walking && Page != 1)
        {
            throw new JdValidationException("page", "must be 1 for ListAllAsync, which walks every page itself.");
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            throw new JdValidationException("pageSize", $"must be between 1 and {MaxPageSize}.");
        }

        if (!Enum.IsDefined(Score))
        {
            throw new JdValidationException("score", "must be a ReviewScoreFilter value (0 all, 1 bad, 2 neutral, 3 good).");
        }

        if (OrderIds is null || OrderIds.Count > MaxOrderIds)
        {
            throw new JdValidationException("orderIds", $"must name at most {MaxOrderIds} orders.");
        }

        if (OrderIds.Any(static id => id <= 0))
        {
            throw new JdValidationException("orderIds", "must contain positive order ids only.");
        }

        if (SkuIds is null || SkuIds.Any(static id => id <= 0))
        {
            throw new JdValidationException("skuids", "must contain positive SKU ids only.");
        }

        if (Start is { } start && End is { } end && end < start)
        {
            throw new JdValidationException("endTime", "must not be before beginTime.");
        }
    }

    internal void Write(Utf8JsonWriter writer, int page)
    {
        writer.WriteStartObject();
        if (SkuIds.Count > 0)
        {
            writer.WriteString("skuids", string.Join(',', SkuIds.Select(static id => id.ToString(CultureInfo.InvariantCulture))));
        }

        if (Start is { } start)
        {
            writer.WriteString("beginTime", JdChinaTime.Format(start));
        }

        if (End is { } end)
        {
            writer.WriteString("endTime", JdChinaTime.Format(end));
        }

        writer.WriteNumber("score", (int)Score);
        if (!string.IsNullOrEmpty(Keyword))
        {
            writer.WriteString("content", Keyword);
        }

        if (Replied is { } replied)
        {
            writer.WriteBoolean("isVenderReply", replied);
        }

        if (OrderIds.Count > 0)
        {
            writer.WriteString("orderIds", string.Join(',', OrderIds.Select(static id => id.ToString(CultureInfo.InvariantCulture))));
        }

        writer.WriteNumber("page", page);
        writer.WriteNumber("pageSize", PageSize);
        writer.WriteEndObject();
    }
}
