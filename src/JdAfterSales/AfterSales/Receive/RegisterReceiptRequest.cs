using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.receive.register</c> (<see cref="JosMethods.AscReceiveRegister"/>): confirm that
/// returned goods arrived (拆包登记). The state codes default to the values JD's integrators send for goods in order
/// (10 for packing, quality, invoice and appearance; 1 for the reason and the accessories); set them when the goods
/// are not. The receiver defaults to the operator. Sent by <see cref="AfterSalesClient.RegisterReceiptAsync"/>.
/// </summary>
public sealed record RegisterReceiptRequest : AscServiceWriteRequest
{
    /// <summary>The code JD's integrators send for "as expected" states (packing, quality, invoice, appearance).</summary>
    public const int StateInOrder = 10;

    /// <summary>Who received the goods, JD account (<c>receivePin</c>); the operator's <c>operatePin</c> unless set.</summary>
    [JsonPropertyName("receivePin")]
    public string? ReceivePin { get; init; }

    /// <summary>Who received the goods, name (<c>receiveName</c>); the operator's <c>operateNick</c> unless set.</summary>
    [JsonPropertyName("receiveName")]
    public string? ReceiveName { get; init; }

    /// <summary>The packaging state (<c>packingState</c>); 10 unless set.</summary>
    [JsonPropertyName("packingState")]
    public int PackingState { get; init; } = StateInOrder;

    /// <summary>The main item's function state (<c>qualityState</c>); 10 unless set.</summary>
    [JsonPropertyName("qualityState")]
    public int QualityState { get; init; } = StateInOrder;

    /// <summary>The invoice state (<c>invoiceRecord</c>); 10 unless set.</summary>
    [JsonPropertyName("invoiceRecord")]
    public int InvoiceRecord { get; init; } = StateInOrder;

    /// <summary>The registration reason (<c>judgmentReason</c>); 1 unless set.</summary>
    [JsonPropertyName("judgmentReason")]
    public int JudgmentReason { get; init; } = 1;

    /// <summary>The accessories and gifts state (<c>accessoryOrGift</c>); 1 unless set.</summary>
    [JsonPropertyName("accessoryOrGift")]
    public int AccessoryOrGift { get; init; } = 1;

    /// <summary>The main item's appearance (<c>appearanceState</c>); 10 unless set.</summary>
    [JsonPropertyName("appearanceState")]
    public int AppearanceState { get; init; } = StateInOrder;

    /// <summary>The receipt remark (<c>receiveRemark</c>), which JD requires.</summary>
    [JsonPropertyName("receiveRemark")]
    public required string ReceiveRemark { get; init; }

    /// <summary>The quantity received (<c>wareNum</c>), optional.</summary>
    [JsonPropertyName("wareNum")]
    public int? WareNumber { get; init; }

    private protected override string JosMethod => JosMethods.AscReceiveRegister;

    internal override JdRequest<JdWriteResult> WithDefaults(JdRequestDefaults defaults)
    {
        var resolved = (RegisterReceiptRequest)base.WithDefaults(defaults);
        return resolved.ReceivePin is not null && resolved.ReceiveName is not null
            ? resolved
            : resolved with
            {
                ReceivePin = resolved.ReceivePin ?? resolved.Operator?.OperatePin,
                ReceiveName = resolved.ReceiveName ?? resolved.Operator?.OperateNick,
            };
    }

    private protected override void ValidateWrite()
    {
        JdRequestRules.RequireText(ReceivePin, "receivePin", "who received the goods: set ReceivePin or the operator's pin");
        JdRequestRules.RequireText(ReceiveName, "receiveName", "who received the goods: set ReceiveName or the operator's name");
        JdRequestRules.RequireText(ReceiveRemark, "receiveRemark", "the receipt remark");
        AscShipping.RequireWareNum(WareNumber);
    }
}
