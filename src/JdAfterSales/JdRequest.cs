using System.Text.Json;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales;

/// <summary>
/// One call of one JOS method: the method (<see cref="Method"/>, one of <see cref="JosMethods"/>), whether it reads
/// or writes, its business parameters and the result it produces. Every JOS method the library types has exactly one
/// request type, named <c>&lt;Verb&gt;&lt;Noun&gt;Request</c>, and one sub-client method of the same stem (for
/// example <see cref="AfterSales.ListServicesRequest"/> and
/// <see cref="AfterSales.AfterSalesClient.ListServicesAsync(AfterSales.ListServicesRequest, CancellationToken)"/>).
/// Passing a request to <see cref="JdClient.SendAsync{TResult}(JdRequest{TResult}, JdCallOptions?, CancellationToken)"/>
/// or to its sub-client method sends the same bytes and returns the same result.
/// </summary>
/// <typeparam name="TResult">What the call returns.</typeparam>
public abstract record JdRequest<TResult>
{
    private protected JdRequest()
    {
    }

    /// <summary>The JOS method this request calls, for example <c>jingdong.asc.query.list</c>.</summary>
    [JsonIgnore]
    public string Method => JosMethod;

    /// <summary>
    /// Whether the method reads or changes state at JD. A write is never re-sent after it may have reached JD.
    /// </summary>
    [JsonIgnore]
    public JdOperationKind OperationKind => JosOperationKind;

    /// <summary>The JOS method, declared by each request type.</summary>
    private protected abstract string JosMethod { get; }

    /// <summary>Read or write, declared by each request type.</summary>
    private protected abstract JdOperationKind JosOperationKind { get; }

    /// <summary>The source-generated context of the request's area, which writes its business parameters.</summary>
    private protected abstract JsonSerializerContext ParametersContext { get; }

    /// <summary>How the payload is read and turned into the result.</summary>
    internal abstract JdResponseContract<TResult> Response { get; }

    /// <summary>For a write under JD's optimistic lock: the service order and the <c>sysVersion</c> it carries.</summary>
    internal virtual JdVersionedTarget? VersionedTarget => null;

    /// <summary>This request with the client's shop and operator filled in where it leaves them unset.</summary>
    /// <param name="defaults">The client's defaults.</param>
    /// <returns>The request to send.</returns>
    internal virtual JdRequest<TResult> WithDefaults(JdRequestDefaults defaults) => this;

    /// <summary>Refuses what JD would refuse, naming the wire parameter, before anything is sent.</summary>
    /// <exception cref="JdValidationException">A parameter is missing or out of range.</exception>
    internal abstract void Validate();

    /// <summary>Writes the business parameters (the value of <c>360buy_param_json</c>) through the context.</summary>
    /// <param name="writer">The writer; null members are left out.</param>
    internal virtual void WriteParameters(Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, this, JdRequestJson.TypeInfo(ParametersContext, GetType()));
}
