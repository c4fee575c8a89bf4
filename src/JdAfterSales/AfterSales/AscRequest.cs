using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// What every <c>jingdong.asc.*</c> request shares: the shop and operator it acts as. The members of
/// <see cref="Operator"/> left <c>null</c> are filled from the client's <see cref="JdClientOptions.VenderId"/>,
/// <see cref="JdClientOptions.OperatorPin"/> and <see cref="JdClientOptions.OperatorNick"/> (or the shop of
/// <see cref="JdClient.ForShop"/>) when the request is sent.
/// </summary>
/// <typeparam name="TResult">What the call returns.</typeparam>
public abstract record AscRequest<TResult> : JdRequest<TResult>
{
    private protected AscRequest()
    {
    }

    /// <summary>The shop and operator for this call; <c>null</c> members come from the client.</summary>
    [JsonIgnore]
    public AscOperator? Operator { get; init; }

    [JsonInclude]
    [JsonPropertyName("buId")]
    [JsonPropertyOrder(-3)]
    internal string? BuIdOnWire => Operator?.BuId;

    [JsonInclude]
    [JsonPropertyName("operatePin")]
    [JsonPropertyOrder(-2)]
    internal string? OperatePinOnWire => SendsOperatorIdentity ? Operator?.OperatePin : null;

    [JsonInclude]
    [JsonPropertyName("operateNick")]
    [JsonPropertyOrder(-1)]
    internal string? OperateNickOnWire => SendsOperatorIdentity ? Operator?.OperateNick : null;

    private protected sealed override JsonSerializerContext ParametersContext => AfterSalesJsonContext.Default;

    /// <summary>Whether JD declares <c>operatePin</c> and <c>operateNick</c> for the method (nearly all do).</summary>
    private protected virtual bool SendsOperatorIdentity => true;

    internal override JdRequest<TResult> WithDefaults(JdRequestDefaults defaults)
    {
        var resolved = (Operator ?? new AscOperator()).OrElse(defaults);
        return resolved == Operator ? this : this with { Operator = resolved };
    }

    internal sealed override void Validate()
    {
        var identity = Operator;
        JdRequestRules.RequireText(identity?.BuId, "buId", "the shop's vender id: set JdClientOptions.VenderId or AscOperator.BuId");
        if (SendsOperatorIdentity)
        {
            JdRequestRules.RequireText(identity!.OperatePin, "operatePin", "the operator's JD account: set JdClientOptions.OperatorPin or AscOperator.OperatePin");
            JdRequestRules.RequireText(identity.OperateNick, "operateNick", "the operator's name: set JdClientOptions.OperatorNick or AscOperator.OperateNick");
            JdRequestRules.RequireMaxLength(identity.OperatePin, "operatePin", AscOperator.MaxLength);
            JdRequestRules.RequireMaxLength(identity.OperateNick, "operateNick", AscOperator.MaxLength);
        }

        ValidateParameters();
    }

    /// <summary>Refuses the method's own parameters JD would refuse.</summary>
    private protected abstract void ValidateParameters();
}
