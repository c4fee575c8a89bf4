namespace JdAfterSales.Gateway;

/// <summary>
/// What a client fills into a request that leaves it unset: the shop's vender id (<c>buId</c>) and the operator
/// (<c>operatePin</c>, <c>operateNick</c>). Filled in the pipeline, so a request sent through
/// <see cref="JdClient.SendAsync{TResult}(JdRequest{TResult}, JdCallOptions?, CancellationToken)"/> and through its
/// sub-client method carries the same values.
/// </summary>
/// <param name="VenderId">The shop's vender id.</param>
/// <param name="OperatorPin">The operator's JD account.</param>
/// <param name="OperatorNick">The operator's display name.</param>
internal sealed record JdRequestDefaults(string? VenderId, string? OperatorPin, string? OperatorNick);
