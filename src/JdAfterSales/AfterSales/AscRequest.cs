using System.Text.Json;

namespace JdAfterSales.AfterSales;

/// <summary>
/// The part every <c>jingdong.asc.*</c> request shares: the shop and operator it acts as. The sub-client fills the
/// members of <see cref="Operator"/> that are left <c>null</c> from <see cref="JdClientOptions"/>; a request sent
/// through <see cref="JdClient.SendAsync{TResponse}(Gateway.IJdRequest{TResponse}, JdCallOptions?, CancellationToken)"/>
/// must carry them itself.
/// </summary>
public abstract record AscRequest
{
    private protected AscRequest()
    {
    }

    /// <summary>The shop and operator for this call; <c>null</c> members come from the client's options.</summary>
    public AscOperator? Operator { get; init; }

    /// <summary>Whether JD requires <c>operatePin</c> and <c>operateNick</c> as well as <c>buId</c>.</summary>
    private protected virtual bool RequiresOperatorIdentity => true;

    /// <summary>
    /// Writes <c>buId</c>, <c>operatePin</c> and <c>operateNick</c>, refusing a missing one before anything is sent.
    /// </summary>
    private protected void WriteOperator(Utf8JsonWriter writer)
    {
        var identity = Operator;
        RequestRules.RequireText(identity?.BuId, "buId", "the shop's vender id: set JdClientOptions.VenderId or AscOperator.BuId");
        writer.WriteString("buId", identity!.BuId);
        if (RequiresOperatorIdentity)
        {
            RequestRules.RequireText(identity.OperatePin, "operatePin", "the operator's JD account: set JdClientOptions.OperatorPin or AscOperator.OperatePin");
            RequestRules.RequireText(identity.OperateNick, "operateNick", "the operator's name: set JdClientOptions.OperatorNick or AscOperator.OperateNick");
        }

        RequestRules.WriteText(writer, "operatePin", identity.OperatePin);
        RequestRules.WriteText(writer, "operateNick", identity.OperateNick);
    }
}
