using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using JdAfterSales.Gateway;

namespace JdAfterSales.Automation;

/// <summary>
/// Reads orders from JD with <c>jingdong.pop.order.search</c> and <c>jingdong.pop.order.get</c> through
/// <see cref="JdClient.InvokeRawAsync"/>, reading only the fields the automation needs. A period longer than JD's
/// one-month search window is walked window by window, 100 orders a page.
/// </summary>
public sealed class JosOrderSource : IOrderSource
{
    /// <summary>Every order state, so a period's orders are all counted.</summary>
    public const string AllStates = "WAIT_SELLER_STOCK_OUT,WAIT_GOODS_RECEIVE_CONFIRM,WAIT_SELLER_DELIVERY,PAUSE,FINISHED_L,TRADE_CANCELED,LOCKED,POP_ORDER_PAUSE";

    private const string Fields = "orderId,orderState,orderStateRemark,orderStartTime,orderPayment,pin,waybill,logisticsId,itemInfoList";
    private const int PageSize = 100;
    private static readonly TimeSpan Window = TimeSpan.FromDays(28);

    private readonly JdClient _client;

    /// <summary>Creates the source.</summary>
    /// <param name="client">The JD client.</param>
    public JosOrderSource(JdClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <inheritdoc />
    public async Task<OrderSnapshot?> GetOrderAsync(long orderId, CancellationToken cancellationToken = default)
    {
        try
        {
            var payload = await _client.InvokeRawAsync(
                "jingdong.pop.order.get",
                new JsonObject { ["order_id"] = orderId, ["optional_fields"] = Fields },
                JdOperationKind.Read,
                cancellationToken).ConfigureAwait(false);
            return payload.Child("orderDetailInfo")?.Child("orderInfo") is { ValueKind: JsonValueKind.Object } info ? Read(info) : null;
        }
        catch (JdBusinessException e) when (e.Code == "10100005")
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<OrderSnapshot> ListOrdersAsync(DateTimeOffset periodStart, DateTimeOffset periodEnd, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<long>();
        for (var windowStart = periodStart; windowStart <= periodEnd; windowStart += Window)
        {
            var windowEnd = windowStart + Window - TimeSpan.FromSeconds(1) < periodEnd ? windowStart + Window - TimeSpan.FromSeconds(1) : periodEnd;
            for (var page = 1; ; page++)
            {
                var payload = await _client.InvokeRawAsync(
                    "jingdong.pop.order.search",
                    new JsonObject
                    {
                        ["start_date"] = RawJson.Format(windowStart), ["end_date"] = RawJson.Format(windowEnd), ["order_state"] = AllStates,
                        ["optional_fields"] = Fields, ["page"] = page, ["page_size"] = PageSize, ["dateType"] = 1,
                    },
                    JdOperationKind.Read,
                    cancellationToken).ConfigureAwait(false);
                var result = payload.Child("searchorderinfo_result") ?? payload;
                var items = result.Items("orderInfoList").ToList();
                foreach (var item in items)
                {
                    if (Read(item) is { } order && seen.Add(order.OrderId))
                    {
                        yield return order;
                    }
                }

                var total = result.Long("orderTotal") ?? 0;
                if (items.Count < PageSize || page * PageSize >= total)
                {
                    break;
                }
            }
        }
    }

    private static OrderSnapshot? Read(JsonElement info) =>
        info.Long("orderId") is { } id
            ? new OrderSnapshot
            {
                OrderId = id,
                State = info.Text("orderState"),
                StateRemark = info.Text("orderStateRemark"),
                PlacedAt = info.Time("orderStartTime"),
                Payment = info.Decimal("orderPayment"),
                CustomerPin = info.Text("pin"),
                Waybill = info.Text("waybill"),
                LogisticsId = info.Text("logisticsId"),
                Items = info.Items("itemInfoList").Select(i => i.Text("skuName")).OfType<string>().ToArray(),
            }
            : null;
}
