using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.receive.register</c>: confirm that returned goods arrived (拆包登记). The state
/// codes default to "all in order" the way JD's integrators send them (packing, quality, invoice and appearance 10;
/// judgment reason 1; accessories and gifts 1); set them when the goods are not. JD takes no <c>sysVersion</c> on
/// this method, so it is not version-guarded.
/// </summary>
public sealed record RegisterReceiptRequest : AscRequest, IJdRequest<AscResultResponse<AscResult>>
{
    /// <summary>The code JD's integrators send for "as expected" states (packing, quality, invoice, appearance).</summary>
    public const int StateInOrder = 10;

    /// <summary>The service order (<c>serviceId</c>).</summary>
    public required long ServiceId { get; init; }

    /// <summary>The order the service order is for (<c>orderId</c>).</summary>
    public required long OrderId { get; init; }

    /// <summary>Who received the goods, JD account (<c>receivePin</c>); the operator's <c>operatePin</c> unless set.</summary>
    public string? ReceivePin { get; init; }

    /// <summary>Who received the goods, name (<c>receiveName</c>); the operator's <c>operateNick</c> unless set.</summary>
    public string? ReceiveName { get; init; }

    /// <summary>The packaging state (<c>packingState</c>); 10 unless set.</summary>
    public int PackingState { get; init; } = StateInOrder;

    /// <summary>The main item's function state (<c>qualityState</c>); 10 unless set.</summary>
    public int QualityState { get; init; } = StateInOrder;

    /// <summary>The invoice state (<c>invoiceRecord</c>); 10 unless set.</summary>
    public int InvoiceRecord { get; init; } = StateInOrder;

    /// <summary>The main item's appearance (<c>appearanceState</c>); 10 unless set.</summary>
    public int AppearanceState { get; init; } = StateInOrder;

    /// <summary>The registration reason (<c>judgmentReason</c>); 1 unless set.</summary>
    public int JudgmentReason { get; init; } = 1;

    /// <summary>The accessories and gifts state (<c>accessoryOrGift</c>); 1 unless set.</summary>
    public int AccessoryOrGift { get; init; } = 1;

    /// <summary>The receipt remark (<c>receiveRemark</c>), which JD requires.</summary>
    public required string ReceiveRemark { get; init; }

    /// <summary>The quantity received (<c>wareNum</c>), optional.</summary>
    public int? WareNumber { get; init; }

    /// <summary><c>jingdong.asc.receive.register</c>.</summary>
    public string Method => "jingdong.asc.receive.register";

    /// <summary>Always <see cref="JdOperationKind.Write"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Write;

    JsonTypeInfo<AscResultResponse<AscResult>> IJdRequest<AscResultResponse<AscResult>>.ResponseTypeInfo =>
        AfterSalesJsonContext.Default.AscResultResponseAscResult;

    void IJdRequest<AscResultResponse<AscResult>>.WriteParameters(Utf8JsonWriter writer)
    {
        RequestRules.RequirePositive(ServiceId, "serviceId");
        RequestRules.RequirePositive(OrderId, "orderId");
        RequestRules.RequireText(ReceiveRemark, "receiveRemark", "the receipt remark");
        if (WareNumber is < 1)
        {
            throw new JdValidationException("wareNum", "must be 1 or more.");
        }

        var receivePin = ReceivePin ?? Operator?.OperatePin;
        var receiveName = ReceiveName ?? Operator?.OperateNick;
        writer.WriteStartObject();
        WriteOperator(writer);
        RequestRules.RequireText(receivePin, "receivePin", "who received the goods: set ReceivePin or the operator's pin");
        RequestRules.RequireText(receiveName, "receiveName", "who received the goods: set ReceiveName or the operator's name");
        writer.WriteNumber("serviceId", ServiceId);
        writer.WriteNumber("orderId", OrderId);
        writer.WriteString("receivePin", receivePin);
        writer.WriteString("receiveName", receiveName);
        writer.WriteNumber("packingState", PackingState);
        writer.WriteNumber("qualityState", QualityState);
        writer.WriteNumber("invoiceRecord", InvoiceRecord);
        writer.WriteNumber("judgmentReason", JudgmentReason);
        writer.WriteNumber("accessoryOrGift", AccessoryOrGift);
        writer.WriteNumber("appearanceState", AppearanceState);
        writer.WriteString("receiveRemark", ReceiveRemark);
        RequestRules.WriteNumber(writer, "wareNum", WareNumber);
        writer.WriteEndObject();
    }
}
