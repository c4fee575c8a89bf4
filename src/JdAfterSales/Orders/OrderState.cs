using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>
/// A POP order state (<c>order_state</c>, <c>orderState</c>): an open enumeration of JD's English codes, so a state
/// the library does not know is kept as JD sent it.
/// </summary>
[JsonConverter(typeof(JdStringEnumConverter<OrderState>))]
public readonly record struct OrderState : IJdOpenEnumeration<OrderState, string>
{
    /// <summary>Paid, waiting for the seller to ship (等待出库).</summary>
    public static readonly OrderState WaitSellerStockOut = new("WAIT_SELLER_STOCK_OUT");

    /// <summary>Shipped, waiting for the buyer to confirm receipt (等待确认收货).</summary>
    public static readonly OrderState WaitGoodsReceiveConfirm = new("WAIT_GOODS_RECEIVE_CONFIRM");

    /// <summary>Waiting for domestic shipment; cross-border shops only (等待发货).</summary>
    public static readonly OrderState WaitSellerDelivery = new("WAIT_SELLER_DELIVERY");

    /// <summary>Paused (暂停).</summary>
    public static readonly OrderState Pause = new("PAUSE");

    /// <summary>Finished (完成).</summary>
    public static readonly OrderState Finished = new("FINISHED_L");

    /// <summary>Cancelled (取消).</summary>
    public static readonly OrderState TradeCanceled = new("TRADE_CANCELED");

    /// <summary>Locked (已锁定).</summary>
    public static readonly OrderState Locked = new("LOCKED");

    /// <summary>Paused by the POP business (POP暂停).</summary>
    public static readonly OrderState PopOrderPause = new("POP_ORDER_PAUSE");

    /// <summary>Every state the library knows, in JD's documented order.</summary>
    public static IReadOnlyList<OrderState> Known { get; } =
        [WaitSellerStockOut, WaitGoodsReceiveConfirm, WaitSellerDelivery, Pause, Finished, TradeCanceled, Locked, PopOrderPause];

    private OrderState(string value) => Value = value;

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public bool IsKnown => ChineseName is not null;

    /// <inheritdoc />
    public string? ChineseName => Value switch
    {
        "WAIT_SELLER_STOCK_OUT" => "等待出库",
        "WAIT_GOODS_RECEIVE_CONFIRM" => "等待确认收货",
        "WAIT_SELLER_DELIVERY" => "等待发货",
        "PAUSE" => "暂停",
        "FINISHED_L" => "完成",
        "TRADE_CANCELED" => "取消",
        "LOCKED" => "已锁定",
        "POP_ORDER_PAUSE" => "POP暂停",
        _ => null,
    };

    /// <inheritdoc />
    public static OrderState FromValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new OrderState(value);
    }

    /// <summary>Returns JD's code.</summary>
    /// <returns>The code, for example <c>WAIT_SELLER_STOCK_OUT</c>.</returns>
    public override string ToString() => Value ?? string.Empty;
}
