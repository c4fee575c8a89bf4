using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>
/// Parameters of <c>jingdong.pop.order.search</c>: orders in some states within a window of at most one month.
/// </summary>
public sealed record SearchOrdersRequest : IJdRequest<OrderSearchResponse>
{
    /// <summary>JD's largest page (<c>page_size</c>).</summary>
    public const int MaxPageSize = 100;

    /// <summary>The states to search (<c>order_state</c>); at least one.</summary>
    public required IReadOnlyList<OrderState> States { get; init; }

    /// <summary>The window's start (<c>start_date</c>); may be left out only when searching waiting-to-ship orders alone.</summary>
    public DateTimeOffset? StartDate { get; init; }

    /// <summary>The window's end (<c>end_date</c>); at most one month after the start.</summary>
    public DateTimeOffset? EndDate { get; init; }

    /// <summary>The fields to return (<c>optional_fields</c>); <c>null</c> for every field <see cref="OrderInfo"/> has.</summary>
    public IReadOnlyList<OrderField>? Fields { get; init; }

    /// <summary>Which time the window applies to (<c>dateType</c>).</summary>
    public OrderDateType DateType { get; init; } = OrderDateType.Modified;

    /// <summary>Newest first (<c>sortType=1</c>) rather than oldest first.</summary>
    public bool NewestFirst { get; init; }

    /// <summary>The 1-based page (<c>page</c>).</summary>
    public int Page { get; init; } = 1;

    /// <summary>The page size (<c>page_size</c>), 1 to 100.</summary>
    public int PageSize { get; init; } = MaxPageSize;

    /// <summary><c>jingdong.pop.order.search</c>.</summary>
    public string Method => "jingdong.pop.order.search";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<OrderSearchResponse> IJdRequest<OrderSearchResponse>.ResponseTypeInfo => OrdersJsonContext.Default.OrderSearchResponse;

    void IJdRequest<OrderSearchResponse>.WriteParameters(Utf8JsonWriter writer)
    {
        Validate();
        writer.WriteStartObject();
        if (StartDate is { } start)
        {
            writer.WriteString("start_date", JdChinaTime.Format(start));
        }

        if (EndDate is { } end)
        {
            writer.WriteString("end_date", JdChinaTime.Format(end));
        }

        writer.WriteString("order_state", string.Join(',', States.Select(static s => s.Value)));
        writer.WriteString("optional_fields", OrderField.Join(Fields));
        writer.WriteString("page", Page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("page_size", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (NewestFirst)
        {
            writer.WriteNumber("sortType", 1);
        }

        if (DateType == OrderDateType.Created)
        {
            writer.WriteNumber("dateType", 1);
        }

        writer.WriteEndObject();
    }

    /// <summary>Checks JD's rules before anything is sent.</summary>
    /// <exception cref="JdValidationException">A parameter breaks one of JD's rules.</exception>
    public void Validate()
    {
        if (States is null || States.Count == 0 || States.Any(static s => string.IsNullOrWhiteSpace(s.Value)))
        {
            throw new JdValidationException("order_state", "must name at least one order state.");
        }

        if (Page < 1)
        {
            throw new JdValidationException("page", "must be 1 or more.");
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            throw new JdValidationException("page_size", $"must be between 1 and {MaxPageSize}.");
        }

        if (StartDate is null && !(States.Count == 1 && States[0] == OrderState.WaitSellerStockOut))
        {
            throw new JdValidationException("start_date", "is required unless only WAIT_SELLER_STOCK_OUT orders are searched.");
        }

        if (StartDate is { } start && EndDate is { } end)
        {
            if (end < start)
            {
                throw new JdValidationException("end_date", "must not be before start_date.");
            }

            if (end > start.AddMonths(1))
            {
                throw new JdValidationException("end_date", "must be within one month of start_date; use OrdersClient.SearchAllAsync for longer ranges.");
            }
        }

        OrderField.Join(Fields);
    }
}
