using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Orders;

/// <summary>
/// Parameters of <c>jingdong.pop.order.search</c> (<see cref="JosMethods.PopOrderSearch"/>): orders in some states
/// within a window of at most one month. Sent by <see cref="OrdersClient.SearchAsync"/>;
/// <see cref="OrdersClient.SearchAllAsync"/> walks any range in one-month windows.
/// </summary>
public sealed record SearchOrdersRequest : JdRequest<JdPage<OrderInfo>>, IJdPagedRequest
{
    /// <summary>JD's largest page (<c>page_size</c>).</summary>
    public const int MaxPageSize = 100;

    private static readonly JdResponseContract<OrderSearchPayload, JdPage<OrderInfo>> Contract = new(
        OrdersJsonContext.Default.OrderSearchPayload,
        static (payload, request) =>
        {
            var result = payload.Result ?? throw JdMissingPayload.OfRead(request.Method, "searchorderinfo_result");
            if (result.ApiResult is null)
            {
                throw JdMissingPayload.OfRead(request.Method, "searchorderinfo_result.apiResult");
            }

            var asked = (SearchOrdersRequest)request;
            return new JdPage<OrderInfo>(result.Orders, asked.PageNumber, asked.PageSize, result.OrderTotal ?? result.Orders.Count);
        });

    /// <summary>The states to search (<c>order_state</c>, sent comma-separated); at least one.</summary>
    [JsonIgnore]
    public required IReadOnlyList<OrderState> States { get; init; }

    /// <summary>The window's start (<c>start_date</c>); may be left out only when searching waiting-to-ship orders alone.</summary>
    [JsonPropertyName("start_date")]
    public DateTimeOffset? StartDate { get; init; }

    /// <summary>The window's end (<c>end_date</c>); at most one month after the start.</summary>
    [JsonPropertyName("end_date")]
    public DateTimeOffset? EndDate { get; init; }

    /// <summary>The fields to return (<c>optional_fields</c>); <c>null</c> for every field <see cref="OrderInfo"/> has.</summary>
    [JsonIgnore]
    public IReadOnlyList<OrderField>? Fields { get; init; }

    /// <summary>Which time the window applies to (<c>dateType</c>); the last change unless set.</summary>
    [JsonIgnore]
    public OrderDateType DateType { get; init; } = OrderDateType.Modified;

    /// <summary>Newest first (<c>sortType=1</c>) rather than oldest first.</summary>
    [JsonIgnore]
    public bool NewestFirst { get; init; }

    /// <summary>The 1-based page (<c>page</c>); 1 unless set.</summary>
    [JsonIgnore]
    public int PageNumber { get; init; } = 1;

    /// <summary>The page size (<c>page_size</c>), 1 to 100; 100 unless set.</summary>
    [JsonIgnore]
    public int PageSize { get; init; } = MaxPageSize;

    [JsonInclude]
    [JsonPropertyName("order_state")]
    internal string StatesOnWire => States is null ? string.Empty : string.Join(',', States.Select(static s => s.Value));

    [JsonInclude]
    [JsonPropertyName("optional_fields")]
    internal string FieldsOnWire => OrderField.Join(Fields);

    [JsonInclude]
    [JsonPropertyName("page")]
    internal string PageOnWire => PageNumber.ToString(CultureInfo.InvariantCulture);

    [JsonInclude]
    [JsonPropertyName("page_size")]
    internal string PageSizeOnWire => PageSize.ToString(CultureInfo.InvariantCulture);

    [JsonInclude]
    [JsonPropertyName("sortType")]
    internal int? SortTypeOnWire => NewestFirst ? 1 : null;

    [JsonInclude]
    [JsonPropertyName("dateType")]
    internal int? DateTypeOnWire => DateType == OrderDateType.Created ? 1 : null;

    internal override JdResponseContract<JdPage<OrderInfo>> Response => Contract;

    private protected override string JosMethod => JosMethods.PopOrderSearch;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected override JsonSerializerContext ParametersContext => OrdersJsonContext.Default;

    internal override void Validate()
    {
        if (States is null || States.Count == 0 || States.Any(static s => string.IsNullOrWhiteSpace(s.Value)))
        {
            throw new JdValidationException("order_state", "must name at least one order state.");
        }

        JdRequestRules.RequirePage(PageNumber, "page", int.MaxValue, PageSize, "page_size", MaxPageSize);
        if (!Enum.IsDefined(DateType))
        {
            throw new JdValidationException("dateType", "must be Modified or Created.");
        }

        if (StartDate is null && !(States.Count == 1 && States[0] == OrderState.WaitSellerStockOut))
        {
            throw new JdValidationException("start_date", "is required unless only WAIT_SELLER_STOCK_OUT orders are searched.");
        }

        JdRequestRules.RequireOrder(StartDate, EndDate, "start_date", "end_date");
        if (StartDate is { } start && EndDate is { } end && end > start.AddMonths(1))
        {
            throw new JdValidationException("end_date", "must be within one month of start_date; use OrdersClient.SearchAllAsync for longer ranges.");
        }

        OrderField.Join(Fields);
    }
}
