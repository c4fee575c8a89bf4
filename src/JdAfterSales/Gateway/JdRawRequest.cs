using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace JdAfterSales.Gateway;

/// <summary>A call of any JOS method with hand-made parameters; the payload comes back as JSON.</summary>
internal sealed record JdRawRequest : JdRequest<JsonElement>
{
    private static readonly JdResponseContract<JdRawPayload, JsonElement> Contract =
        new(Serialization.JdJsonContext.Default.JdRawPayload, static (payload, _) => payload.Element);

    private readonly string _method;
    private readonly JdOperationKind _operationKind;

    public JdRawRequest(string method, JsonObject? parameters, JdOperationKind operationKind)
    {
        JosMethodName.Validate(method, nameof(method));
        JsonNestingLimit.Validate(parameters, nameof(parameters));
        if (!Enum.IsDefined(operationKind))
        {
            throw new JdValidationException(nameof(operationKind), "must be Read or Write.");
        }

        _method = method;
        Parameters = parameters;
        _operationKind = operationKind;
    }

    public JsonObject? Parameters { get; }

    internal override JdResponseContract<JsonElement> Response => Contract;

    private protected override string JosMethod => _method;

    private protected override JdOperationKind JosOperationKind => _operationKind;

    private protected override JsonSerializerContext ParametersContext => Serialization.JdJsonContext.Default;

    internal override void Validate()
    {
    }

    internal override void WriteParameters(Utf8JsonWriter writer)
    {
        if (Parameters is null)
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
            return;
        }

        Parameters.WriteTo(writer);
    }
}
