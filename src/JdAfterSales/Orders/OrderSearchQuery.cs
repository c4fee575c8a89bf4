using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>
/// The filter of an order search (<c>jingdong.pop.order.search</c>). JD answers one time window of at most one
/// month; <see cref="OrdersClient.SearchAllAsync"/> splits any longer range into such windows.
/// </summary>
public sealed class OrderSearchQuery
{
    /// <summary>The largest page JD serves (<c>page_size</c>).</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// The start of the window (<c>start_date</c>, sent in Beijing time, inclusive). Required unless the only state
    /// asked for is <see cref="OrderState.WaitSellerStockOut"/> (JD then searches the last month).
    /// </summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>
    /// The end of the window (<c>end_date</c>, inclusive), at most one calendar month (Beijing time) after
    /// <see cref="Start"/>. For <see cref="OrdersClient.SearchAllAsync"/>, <c>null</c> means now.
    /// </summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>The states to search (<c>order_state</c>, sent as a comma list); at least one.</summary>
    public IReadOnlyCollection<OrderState> States { get; init; } = [];

    /// <summary>The fields JD should return (<c>optional_fields</c>); every field of <see cref="OrderInfo"/> unless set.</summary>
    public OrderFields Fields { get; init; } = OrderFields.All;

    /// <summary>Which time the window applies to (<c>dateType</c>); the modification time unless set.</summary>
    public OrderDateType DateType { get; init; } = OrderDateType.Modified;

    /// <summary>The order of the results (<c>sortType</c>); oldest first unless set.</summary>
    public OrderSortOrder SortOrder { get; init; } = OrderSortOrder.Ascending;

    /// <summary>The 1-based page (<c>page</c>). <see cref="OrdersClient.SearchAllAsync"/> walks every page and requires 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>The page size (<c>page_size</c>), 1 to <see cref="MaxPageSize"/>; 100 unless set.</summary>
    public int PageSize { get; init; } = MaxPageSize;

    /// <summary>The latest end JD accepts for a window starting at <paramref name="start"/>: one calendar month later in Beijing time.</summary>
    internal static DateTimeOffset OneMonthAfter(DateTimeOffset start) => JdChinaTime.ToChinaTime(start).AddMonths(1);

    internal void Validate(bool walking)
    {
        if (States is null || States.Count == 0)
        {
            throw new JdValidationException("order_state", "must name at least one OrderState; JD requires it.");
        }

        foreach (var state in States)
        {
            if (string.IsNullOrWhiteSpace(state.Value) || state.Value.Contains(',', StringComparison.Ordinal))
            {
                throw new JdValidationException("order_state", "contains an empty state or one with a comma.");
            }
        }

        OrderFieldNames.ToWire(Fields);
        if (!Enum.IsDefined(DateType))
        {
            throw new JdValidationException("dateType", "must be OrderDateType.Modified or OrderDateType.Created.");
        }

        if (!Enum.IsDefined(SortOrder))
        {
            throw new JdValidationException("sortType", "must be OrderSortOrder.Ascending or OrderSortOrder.Descending.");
        }

        if (Page < 1)
        {
            throw new JdValidationException("page", "must be 1 or more.");
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            throw new JdValidationException("page_size", $"must be between 1 and {MaxPageSize}.");
        }

        if (Start is { } start && End is { } end)
        {
            if (end < start)
            {
                throw new JdValidationException("end_date", "must not be before start_date.");
            }

            if (!walking && end > OneMonthAfter(start))
            {
                throw new JdValidationException("end_date", "must be at most one month after start_date (JD refuses longer windows; SearchAllAsync splits any range into months).");
            }
        }

        if (walking)
        {
            if (Start is null)
            {
                throw new JdValidationException("start_date", "is required by SearchAllAsync: it walks the range from start_date to end_date (or now).");
            }

            if (Page != 1)
            {
                throw new JdValidationException("page", "must be 1 for SearchAllAsync, which walks every page itself.");
            }

            if ((Fields & OrderFields.OrderId) == 0)
            {
                throw new JdValidationException("optional_fields", "must include OrderFields.OrderId for SearchAllAsync, which yields each order once by its id.");
            }
        }
        else if (Start is null && (End is not null || States.Any(static s => s != OrderState.WaitSellerStockOut)))
        {
            throw new JdValidationException("start_date", "is required unless the only state is WAIT_SELLER_STOCK_OUT and end_date is unset.");
        }
    }
}
