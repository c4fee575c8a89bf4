using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace JdAfterSales.Gateway;

/// <summary>
/// One typed JOS call: the method name, whether it reads or writes, its business parameters and how its payload
/// is read. <see cref="JdClient.SendAsync{TResponse}(IJdRequest{TResponse}, System.Threading.CancellationToken)"/>
/// executes any implementation.
/// </summary>
/// <typeparam name="TResponse">
/// The model of the payload inside <c>&lt;method&gt;_responce</c>. When it implements
/// <see cref="IJdBusinessOutcome"/>, a business failure reported inside a successful envelope becomes a
/// <see cref="JdBusinessException"/>.
/// </typeparam>
public interface IJdRequest<TResponse>
{
    /// <summary>The JOS method name, for example <c>jingdong.asc.query.list</c>.</summary>
    string Method { get; }

    /// <summary>Whether the method reads or changes state at JD.</summary>
    JdOperationKind OperationKind { get; }

    /// <summary>
    /// Writes the business parameters as one JSON object (the value of <c>360buy_param_json</c>). Called once per
    /// call, before anything is sent; the bytes written are both signed and sent. Members that are <c>null</c>
    /// must be left out. Throw <see cref="JdValidationException"/> for a value JD would refuse.
    /// </summary>
    /// <param name="writer">The writer; it escapes only what JSON requires, so Chinese text stays raw UTF-8.</param>
    void WriteParameters(Utf8JsonWriter writer);

    /// <summary>The metadata used to read the payload, from a source-generated <c>JsonSerializerContext</c>.</summary>
    JsonTypeInfo<TResponse> ResponseTypeInfo { get; }
}
