using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Orders;

/// <summary>
/// Parameters of <c>jingdong.pop.order.modifyVenderRemark</c> (<see cref="JosMethods.PopOrderModifyVenderRemark"/>):
/// set the shop's remark and flag colour on an order. A write. Sent by <see cref="OrdersClient.ModifyVenderRemarkAsync"/>.
/// </summary>
public sealed record ModifyVenderRemarkRequest : JdRequest<JdWriteResult>
{
    private static readonly JdResponseContract<ModifyVenderRemarkPayload, JdWriteResult> Contract = new(
        OrdersJsonContext.Default.ModifyVenderRemarkPayload,
        static (payload, request) =>
        {
            var result = payload.Result ?? throw JdMissingPayload.OfWrite(request.Method, "modifyvenderremark_result");
            return new JdWriteResult(request.Method, result.ErrorCode, result.ChineseError);
        });

    /// <summary>The order (<c>order_id</c>, a number).</summary>
    [JsonPropertyName("order_id")]
    public required long OrderId { get; init; }

    /// <summary>The remark (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public required string Remark { get; init; }

    /// <summary>The flag colour (<c>flag</c>, 0 gray to 5 purple); gray unless set.</summary>
    [JsonIgnore]
    public VenderRemarkColor Flag { get; init; } = VenderRemarkColor.Gray;

    [JsonInclude]
    [JsonPropertyName("flag")]
    internal int FlagOnWire => (int)Flag;

    internal override JdResponseContract<JdWriteResult> Response => Contract;

    private protected override string JosMethod => JosMethods.PopOrderModifyVenderRemark;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Write;

    private protected override JsonSerializerContext ParametersContext => OrdersJsonContext.Default;

    internal override void Validate()
    {
        JdRequestRules.RequirePositive(OrderId, "order_id");
        JdRequestRules.RequireText(Remark, "remark", "the remark");
        if (!Enum.IsDefined(Flag))
        {
            throw new JdValidationException("flag", "must be 0 (gray) to 5 (purple).");
        }
    }
}
