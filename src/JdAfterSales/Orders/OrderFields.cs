namespace JdAfterSales.Orders;

/// <summary>
/// The <see cref="OrderInfo"/> fields to ask JD for (<c>optional_fields</c>). Combine with <c>|</c>;
/// <see cref="All"/> asks for every field the model has. An empty selection is refused before sending.
/// </summary>
[Flags]
public enum OrderFields : long
{
    /// <summary>No field; refused by every call.</summary>
    None = 0,

    /// <summary><c>orderId</c>.</summary>
    OrderId = 1L << 0,

    /// <summary><c>venderId</c>.</summary>
    VenderId = 1L << 1,

    /// <summary><c>orderType</c>.</summary>
    OrderType = 1L << 2,

    /// <summary><c>payType</c>.</summary>
    PayType = 1L << 3,

    /// <summary><c>orderTotalPrice</c>.</summary>
    OrderTotalPrice = 1L << 4,

    /// <summary><c>orderSellerPrice</c>.</summary>
    OrderSellerPrice = 1L << 5,

    /// <summary><c>orderPayment</c>.</summary>
    OrderPayment = 1L << 6,

    /// <summary><c>freightPrice</c>.</summary>
    FreightPrice = 1L << 7,

    /// <summary><c>sellerDiscount</c>.</summary>
    SellerDiscount = 1L << 8,

    /// <summary><c>orderState</c>.</summary>
    OrderState = 1L << 9,

    /// <summary><c>orderStateRemark</c>.</summary>
    OrderStateRemark = 1L << 10,

    /// <summary><c>deliveryType</c>.</summary>
    DeliveryType = 1L << 11,

    /// <summary><c>invoiceInfo</c>.</summary>
    InvoiceInfo = 1L << 12,

    /// <summary><c>invoiceCode</c>.</summary>
    InvoiceCode = 1L << 13,

    /// <summary><c>orderRemark</c> (the buyer's remark).</summary>
    OrderRemark = 1L << 14,

    /// <summary><c>orderStartTime</c>.</summary>
    OrderStartTime = 1L << 15,

    /// <summary><c>orderEndTime</c>.</summary>
    OrderEndTime = 1L << 16,

    /// <summary><c>paymentConfirmTime</c>.</summary>
    PaymentConfirmTime = 1L << 17,

    /// <summary><c>modified</c>.</summary>
    Modified = 1L << 18,

    /// <summary><c>consigneeInfo</c>.</summary>
    ConsigneeInfo = 1L << 19,

    /// <summary><c>itemInfoList</c>.</summary>
    ItemInfoList = 1L << 20,

    /// <summary><c>venderRemark</c> (the seller's remark).</summary>
    VenderRemark = 1L << 21,

    /// <summary><c>balanceUsed</c>.</summary>
    BalanceUsed = 1L << 22,

    /// <summary><c>pin</c>.</summary>
    Pin = 1L << 23,

    /// <summary><c>returnOrder</c>.</summary>
    ReturnOrder = 1L << 24,

    /// <summary><c>waybill</c>.</summary>
    Waybill = 1L << 25,

    /// <summary><c>logisticsId</c>.</summary>
    LogisticsId = 1L << 26,

    /// <summary><c>parentOrderId</c>.</summary>
    ParentOrderId = 1L << 27,

    /// <summary><c>directParentOrderId</c>.</summary>
    DirectParentOrderId = 1L << 28,

    /// <summary><c>orderSource</c>.</summary>
    OrderSource = 1L << 29,

    /// <summary><c>storeOrder</c>.</summary>
    StoreOrder = 1L << 30,

    /// <summary><c>storeId</c>.</summary>
    StoreId = 1L << 31,

    /// <summary><c>serviceFee</c>.</summary>
    ServiceFee = 1L << 32,

    /// <summary><c>taxFee</c>.</summary>
    TaxFee = 1L << 33,

    /// <summary><c>open_id_buyer</c>.</summary>
    OpenIdBuyer = 1L << 34,

    /// <summary><c>xid_buyer</c>.</summary>
    XidBuyer = 1L << 35,

    /// <summary>Every field of <see cref="OrderInfo"/>.</summary>
    All = (1L << 36) - 1,
}
