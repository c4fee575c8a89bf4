using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace JdAfterSales.Gateway;

/// <summary>The escape hatch: any JOS method, its business parameters as a JSON object.</summary>
internal sealed class JdRawRequest : IJdRequest<JdRawPayload>
{
    public JdRawRequest(string method, JsonObject? parameters, JdOperationKind operationKind)
    {
        JosMethodName.Validate(method, nameof(method));
        JsonNestingLimit.Validate(parameters, nameof(parameters));
        if (string.IsNullOrWhiteSpace(method))
        {
            throw new JdValidationException(nameof(method), "is required.");
        }

        foreach (var c in method)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '.' and not '_')
            {
                throw new JdValidationException(nameof(method), "may contain only ASCII letters, digits, '.' and '_' (for example jingdong.asc.query.list).");
            }
        }

        if (!Enum.IsDefined(operationKind))
        {
            throw new JdValidationException(nameof(operationKind), "must be Read or Write.");
        }

        Method = method;
        Parameters = parameters;
        OperationKind = operationKind;
    }

    public string Method { get; }

    public JdOperationKind OperationKind { get; }

    public JsonObject? Parameters { get; }

    public JsonTypeInfo<JdRawPayload> ResponseTypeInfo => Serialization.JdJsonContext.Default.JdRawPayload;

    public void WriteParameters(Utf8JsonWriter writer)
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
