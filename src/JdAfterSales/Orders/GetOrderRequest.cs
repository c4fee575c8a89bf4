using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Orders;

/// <summary>
/// Parameters of <c>jingdong.pop.order.get</c> (<see cref="JosMethods.PopOrderGet"/>): one order. Sent by
/// <see cref="OrdersClient.GetAsync"/>.
/// </summary>
public sealed record GetOrderRequest : JdRequest<OrderInfo>
{
    private static readonly JdResponseContract<OrderDetailPayload, OrderInfo> Contract = new(
        OrdersJsonContext.Default.OrderDetailPayload,
        static (payload, request) =>
        {
            var result = payload.Result ?? throw JdMissingPayload.OfRead(request.Method, "orderDetailInfo");
            if (result.ApiResult is null)
            {
                throw JdMissingPayload.OfRead(request.Method, "orderDetailInfo.apiResult");
            }

            return result.Order ?? throw JdMissingPayload.OfRead(request.Method, "orderDetailInfo.orderInfo");
        });

    /// <summary>The order (<c>order_id</c>, a number).</summary>
    [JsonPropertyName("order_id")]
    public required long OrderId { get; init; }

    /// <summary>The fields to return (<c>optional_fields</c>); <c>null</c> for every field <see cref="OrderInfo"/> has.</summary>
    [JsonIgnore]
    public IReadOnlyList<OrderField>? Fields { get; init; }

    [JsonInclude]
    [JsonPropertyName("optional_fields")]
    internal string FieldsOnWire => OrderField.Join(Fields);

    internal override JdResponseContract<OrderInfo> Response => Contract;

    private protected override string JosMethod => JosMethods.PopOrderGet;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected override JsonSerializerContext ParametersContext => OrdersJsonContext.Default;

    internal override void Validate()
    {
        JdRequestRules.RequirePositive(OrderId, "order_id");
        OrderField.Join(Fields);
    }
}
