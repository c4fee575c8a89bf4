using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>A POP order's state, as JD's English code. Values the library does not know are kept as sent.</summary>
[JsonConverter(typeof(JdStringEnumConverter<OrderState>))]
public readonly record struct OrderState : IJdOpenEnumeration<OrderState, string>
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["WAIT_SELLER_STOCK_OUT"] = "等待出库",
        ["WAIT_GOODS_RECEIVE_CONFIRM"] = "等待确认收货",
        ["WAIT_SELLER_DELIVERY"] = "等待发货",
        ["PAUSE"] = "暂停",
        ["FINISHED_L"] = "完成",
        ["TRADE_CANCELED"] = "取消",
        ["LOCKED"] = "已锁定",
        ["POP_ORDER_PAUSE"] = "POP暂停",
    };

    /// <summary>Waiting for the shop to ship (等待出库).</summary>
    public static readonly OrderState WaitSellerStockOut = new("WAIT_SELLER_STOCK_OUT");

    /// <summary>Shipped, waiting for the customer to confirm receipt (等待确认收货).</summary>
    public static readonly OrderState WaitGoodsReceiveConfirm = new("WAIT_GOODS_RECEIVE_CONFIRM");

    /// <summary>Waiting for delivery, cross-border orders only (等待发货).</summary>
    public static readonly OrderState WaitSellerDelivery = new("WAIT_SELLER_DELIVERY");

    /// <summary>Paused (暂停).</summary>
    public static readonly OrderState Pause = new("PAUSE");

    /// <summary>Finished (完成).</summary>
    public static readonly OrderState Finished = new("FINISHED_L");

    /// <summary>Cancelled (取消).</summary>
    public static readonly OrderState TradeCanceled = new("TRADE_CANCELED");

    /// <summary>Locked (已锁定).</summary>
    public static readonly OrderState Locked = new("LOCKED");

    /// <summary>Paused by POP (POP暂停).</summary>
    public static readonly OrderState PopOrderPause = new("POP_ORDER_PAUSE");

    /// <summary>Creates a state from JD's code.</summary>
    /// <param name="value">The code.</param>
    public OrderState(string value) => Value = value ?? string.Empty;

    /// <summary>Every state the library knows, for "any state" searches.</summary>
    public static IReadOnlyList<OrderState> All { get; } = Names.Keys.Select(static k => new OrderState(k)).ToArray();

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public bool IsKnown => Names.ContainsKey(Value);

    /// <inheritdoc />
    public string? ChineseName => Names.GetValueOrDefault(Value);

    /// <inheritdoc />
    public static OrderState FromValue(string value) => new(value);

    /// <summary>The code.</summary>
    /// <returns>JD's code.</returns>
    public override string ToString() => Value;
}
