global using OrderSearchPayload = JdAfterSales.Orders.OrderSearchResponse;

using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Serialization;

namespace JdAfterSales.Benchmarks;

/// <summary>How the benchmarks read a <c>jingdong.pop.order.search</c> payload: the library's own model and context.</summary>
internal static class OrderSearchModel
{
    public static JsonTypeInfo<OrderSearchPayload> TypeInfo => OrdersJsonContext.Default.OrderSearchResponse;

    public static (int Count, long IdSum) Inspect(OrderSearchPayload payload) =>
        (payload.Result!.Orders.Count, payload.Result.Orders.Sum(o => o.OrderId + o.Items.Count));
}
