namespace JdAfterSales.Testing;

/// <summary>One POP order of the fake shop, served by <c>jingdong.pop.order.search</c> and <c>jingdong.pop.order.get</c>.</summary>
public sealed class FakeOrder
{
    internal FakeOrder()
    {
    }

    /// <summary>Gets the order id (12 digits, from 300000000001).</summary>
    public long OrderId { get; internal init; }

    /// <summary>Gets the order state code, e.g. WAIT_SELLER_STOCK_OUT, WAIT_GOODS_RECEIVE_CONFIRM, FINISHED_L, TRADE_CANCELED.</summary>
    public string OrderState { get; internal set; } = "";

    /// <summary>Gets the Chinese description of the order state.</summary>
    public string OrderStateRemark { get; internal set; } = "";

    /// <summary>Gets the buyer's JD account.</summary>
    public string Pin { get; internal init; } = "";

    /// <summary>Gets when the order was placed.</summary>
    public DateTimeOffset OrderStartTime { get; internal init; }

    /// <summary>Gets when payment was confirmed.</summary>
    public DateTimeOffset PaymentConfirmTime { get; internal init; }

    /// <summary>Gets when the order finished or was cancelled, if it did.</summary>
    public DateTimeOffset? OrderEndTime { get; internal init; }

    /// <summary>Gets when the order last changed.</summary>
    public DateTimeOffset Modified { get; internal set; }

    /// <summary>Gets the total of the items at list price.</summary>
    public decimal OrderTotalPrice { get; internal init; }

    /// <summary>Gets the merchant's price (total minus merchant discount).</summary>
    public decimal OrderSellerPrice { get; internal init; }

    /// <summary>Gets what the buyer paid.</summary>
    public decimal OrderPayment { get; internal init; }

    /// <summary>Gets the freight charged.</summary>
    public decimal FreightPrice { get; internal init; }

    /// <summary>Gets the merchant's discount.</summary>
    public decimal SellerDiscount { get; internal init; }

    /// <summary>Gets the buyer's remark on the order.</summary>
    public string OrderRemark { get; internal init; } = "";

    /// <summary>Gets the merchant's remark, changed by <c>jingdong.pop.order.modifyVenderRemark</c>.</summary>
    public string VenderRemark { get; internal set; } = "";

    /// <summary>Gets the merchant's remark flag (0 gray … 5 purple), or <see langword="null"/> when never set.</summary>
    public int? VenderRemarkFlag { get; internal set; }

    /// <summary>Gets the masked consignee name.</summary>
    public string ConsigneeName { get; internal init; } = "";

    /// <summary>Gets the masked consignee mobile number.</summary>
    public string ConsigneeMobile { get; internal init; } = "";

    /// <summary>Gets the masked consignee address.</summary>
    public string ConsigneeAddress { get; internal init; } = "";

    /// <summary>Gets the consignee's province.</summary>
    public string Province { get; internal init; } = "";

    /// <summary>Gets the consignee's city.</summary>
    public string City { get; internal init; } = "";

    /// <summary>Gets the consignee's county.</summary>
    public string County { get; internal init; } = "";

    /// <summary>Gets the province id.</summary>
    public int ProvinceId { get; internal init; }

    /// <summary>Gets the city id.</summary>
    public int CityId { get; internal init; }

    /// <summary>Gets the outbound waybill code, or <see langword="null"/> before shipping.</summary>
    public string? Waybill { get; internal init; }

    /// <summary>Gets the carrier id (467 = JD Logistics), or <see langword="null"/> before shipping.</summary>
    public string? LogisticsId { get; internal init; }

    /// <summary>Gets the trace of the outbound waybill.</summary>
    public IReadOnlyList<FakeTraceNode> WaybillTrace => WaybillTraceNodes;

    /// <summary>Gets the order lines.</summary>
    public IReadOnlyList<FakeOrderItem> Items => ItemList;

    internal List<FakeTraceNode> WaybillTraceNodes { get; } = [];

    internal List<FakeOrderItem> ItemList { get; } = [];

    /// <inheritdoc />
    public override string ToString() => $"Order {OrderId} ({OrderState}, {OrderPayment:F2})";
}
