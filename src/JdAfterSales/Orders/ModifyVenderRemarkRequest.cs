using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>Parameters of <c>jingdong.pop.order.modifyVenderRemark</c>: set the shop's remark and flag on an order.</summary>
public sealed record ModifyVenderRemarkRequest : IJdRequest<ModifyVenderRemarkResponse>
{
    /// <summary>The order (<c>order_id</c>).</summary>
    public required long OrderId { get; init; }

    /// <summary>The remark (<c>remark</c>); required.</summary>
    public required string Remark { get; init; }

    /// <summary>The colour flag (<c>flag</c>).</summary>
    public VenderRemarkColor Flag { get; init; } = VenderRemarkColor.Gray;

    /// <summary><c>jingdong.pop.order.modifyVenderRemark</c>.</summary>
    public string Method => "jingdong.pop.order.modifyVenderRemark";

    /// <summary>Always <see cref="JdOperationKind.Write"/>: never re-sent after it may have reached JD.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Write;

    JsonTypeInfo<ModifyVenderRemarkResponse> IJdRequest<ModifyVenderRemarkResponse>.ResponseTypeInfo => OrdersJsonContext.Default.ModifyVenderRemarkResponse;

    void IJdRequest<ModifyVenderRemarkResponse>.WriteParameters(Utf8JsonWriter writer)
    {
        if (OrderId <= 0)
        {
            throw new JdValidationException("order_id", "must be a positive order id.");
        }

        if (string.IsNullOrWhiteSpace(Remark))
        {
            throw new JdValidationException("remark", "is required.");
        }

        if (!Enum.IsDefined(Flag))
        {
            throw new JdValidationException("flag", "must be 0 (gray) to 5 (purple).");
        }

        writer.WriteStartObject();
        writer.WriteString("order_id", OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteNumber("flag", (int)Flag);
        writer.WriteString("remark", Remark);
        writer.WriteEndObject();
    }
}
