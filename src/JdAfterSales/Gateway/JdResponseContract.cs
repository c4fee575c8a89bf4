using System.Text.Json.Serialization.Metadata;

namespace JdAfterSales.Gateway;

/// <summary>
/// How one request type's answer is read: the payload model inside <c>&lt;method&gt;_responce</c> (internal: the
/// wire wrapper) and the step that turns it into the public result. One static instance per request type.
/// </summary>
/// <typeparam name="TResult">The public result.</typeparam>
internal abstract class JdResponseContract<TResult>
{
    private protected JdResponseContract()
    {
    }

    /// <summary>Sends the request through the client with the payload type this contract knows.</summary>
    internal abstract Task<TResult> SendAsync(JdClient client, JdRequest<TResult> request, JdCallOptions? callOptions, CancellationToken cancellationToken);
}

/// <summary>A contract for one payload model.</summary>
/// <typeparam name="TPayload">The payload model (the wire wrapper).</typeparam>
/// <typeparam name="TResult">The public result.</typeparam>
/// <param name="payloadTypeInfo">The source-generated metadata of the payload.</param>
/// <param name="toResult">
/// Turns a payload that passed the business check into the result; throws <see cref="JdContractException"/> when
/// the object the result needs is missing.
/// </param>
internal sealed class JdResponseContract<TPayload, TResult>(
    JsonTypeInfo<TPayload> payloadTypeInfo,
    Func<TPayload, JdRequest<TResult>, TResult> toResult) : JdResponseContract<TResult>
{
    public JsonTypeInfo<TPayload> PayloadTypeInfo { get; } = payloadTypeInfo;

    public TResult ToResult(TPayload payload, JdRequest<TResult> request) => toResult(payload, request);

    internal override Task<TResult> SendAsync(JdClient client, JdRequest<TResult> request, JdCallOptions? callOptions, CancellationToken cancellationToken) =>
        client.SendCoreAsync(request, this, callOptions, cancellationToken);
}
