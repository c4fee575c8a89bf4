// The one place that names the order-search payload model. It is a stand-in defined in this project (StandIn/),
// with JD-API.md §5.3's wire names and the library's converters, until the library's own Orders model lands. To
// switch: point the alias and TypeInfo at the library's model and context, and adjust Inspect to its property names.
global using OrderSearchPayload = JdAfterSales.Benchmarks.StandIn.OrderSearchResponse;

using System.Text.Json.Serialization.Metadata;

namespace JdAfterSales.Benchmarks;

/// <summary>How the benchmarks read a <c>jingdong.pop.order.search</c> payload.</summary>
internal static class OrderSearchModel
{
    /// <summary>Whether the model is the stand-in of this project rather than the library's.</summary>
    public const bool IsStandIn = true;

    public static JsonTypeInfo<OrderSearchPayload> TypeInfo => StandIn.StandInOrdersJsonContext.Default.OrderSearchResponse;

    public static (int Count, long IdSum) Inspect(OrderSearchPayload payload) =>
        (payload.Result!.Orders.Count, payload.Result.Orders.Sum(o => o.OrderId + o.Items.Count));
}
