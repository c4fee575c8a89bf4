using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Diagnostics;

namespace JdAfterSales.Gateway;

/// <summary>
/// Reads a routerjson answer: a JSON object with exactly one property, either the success payload
/// (<c>&lt;method&gt;_responce</c>, JD's spelling, or <c>_response</c>) or <c>error_response</c>. The body is read
/// once, with no intermediate document: the payload is deserialized straight from the reader.
/// </summary>
internal static class JdEnvelopeReader
{
    private const int DefaultMaxDepth = 64;

    /// <summary>JD's gateway codes and request ids are short; anything longer is cut before it reaches a message or a log.</summary>
    private const int MaxCodeLength = 64;

    /// <summary>Payload metadata whose options carry a caller's depth limit, made once per type and limit.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(JsonTypeInfo TypeInfo, int MaxDepth), JsonTypeInfo> DepthLimitedTypeInfos = new();

    /// <summary>Reads the payload of a successful answer, or throws the error the answer carries.</summary>
    /// <typeparam name="TPayload">The payload's model.</typeparam>
    /// <param name="utf8Body">The whole response body.</param>
    /// <param name="method">The JOS method that was called (for errors).</param>
    /// <param name="payloadTypeInfo">Source-generated metadata of the payload.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="JdGatewayException">The answer is an <c>error_response</c> (or a subtype for auth and rate limits).</exception>
    /// <exception cref="JdContractException">The body is not a routerjson envelope, or the payload does not fit the model.</exception>
    public static TPayload ReadPayload<TPayload>(ReadOnlySpan<byte> utf8Body, string method, JsonTypeInfo<TPayload> payloadTypeInfo) =>
        ReadPayload(utf8Body, method, payloadTypeInfo, new EnvelopeContext(null, JdRedactor.NameBased, DefaultMaxDepth));

    internal static TPayload ReadPayload<TPayload>(ReadOnlySpan<byte> utf8Body, string method, JsonTypeInfo<TPayload> payloadTypeInfo, in EnvelopeContext context)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(payloadTypeInfo);
        if (utf8Body.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw Contract("JD answered with an empty body.", utf8Body, method, context, null);
        }

        var reader = new Utf8JsonReader(utf8Body, new JsonReaderOptions { MaxDepth = context.MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Contract("JD's answer is not a JSON object.", utf8Body, method, context, null);
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
            {
                throw Contract("JD's answer is an empty JSON object.", utf8Body, method, context, null);
            }

            Exception? error = null;
            TPayload? payload = default;
            var key = ClassifyKey(ref reader);
            if (key == EnvelopeKey.Error)
            {
                var errorPayload = JsonSerializer.Deserialize(ref reader, Serialization.JdJsonContext.Default.JdErrorPayload);
                error = GatewayError(errorPayload, utf8Body, method, context);
            }
            else if (key == EnvelopeKey.Success)
            {
                if (TryReadPayloadInOnePass(utf8Body, reader.BytesConsumed, payloadTypeInfo, context.MaxDepth, out var fast))
                {
                    return fast;
                }

                payload = JsonSerializer.Deserialize(ref reader, payloadTypeInfo);
            }
            else
            {
                // The name itself is not quoted: a hostile answer may put anything there; the excerpt shows it, redacted.
                throw Contract(
                    key == EnvelopeKey.Unreadable
                        ? "JD's answer has a top-level property name that is not valid UTF-8 or UTF-16 text."
                        : "JD's answer has a top-level property that is neither '<method>_responce' nor 'error_response'.",
                    utf8Body,
                    method,
                    context,
                    null);
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject)
            {
                throw Contract("JD's answer has more than one top-level property.", utf8Body, method, context, null);
            }

            if (reader.Read())
            {
                throw Contract("JD's answer has content after the JSON object.", utf8Body, method, context, null);
            }

            if (error is not null)
            {
                throw error;
            }

            return payload ?? throw Contract("JD's answer has a null payload.", utf8Body, method, context, null);
        }
        catch (JsonException ex)
        {
            throw Contract(Describe(ex, utf8Body), utf8Body, method, context, ex);
        }
    }

    /// <summary>
    /// Reads a well-formed success envelope's payload in one pass. Deserializing from a positioned reader makes
    /// System.Text.Json skip over the whole value first to find its end, a second full pass over the payload; here
    /// the payload is the bytes between the property name and the envelope's closing brace, read directly with the
    /// same depth limit. Any failure returns false, and the caller's exact path reports it as before.
    /// </summary>
    private static bool TryReadPayloadInOnePass<TPayload>(
        ReadOnlySpan<byte> body,
        long afterName,
        JsonTypeInfo<TPayload> payloadTypeInfo,
        int maxDepth,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TPayload? payload)
    {
        payload = default;
        // The name's colon: already consumed by the reader, or the next token; anything else is left to the exact path.
        var rest = body[(int)afterName..].TrimStart(" \t\r\n"u8);
        if (!rest.IsEmpty && rest[0] == (byte)':')
        {
            rest = rest[1..];
        }
        else if (body[..(int)afterName].TrimEnd(" \t\r\n"u8) is not [.., (byte)':'])
        {
            return false;
        }

        rest = rest.TrimEnd(" \t\r\n"u8);
        if (rest.IsEmpty || rest[^1] != (byte)'}' || maxDepth < 2)
        {
            return false;
        }

        try
        {
            // The payload sits one level inside the envelope, so it may nest one level less than the whole body.
            payload = JsonSerializer.Deserialize(rest[..^1], PayloadTypeInfo(payloadTypeInfo, maxDepth - 1));
            return payload is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static JsonTypeInfo<TPayload> PayloadTypeInfo<TPayload>(JsonTypeInfo<TPayload> typeInfo, int maxDepth)
    {
        if (typeInfo.Options.MaxDepth == maxDepth)
        {
            return typeInfo;
        }

        return (JsonTypeInfo<TPayload>)DepthLimitedTypeInfos.GetOrAdd(
            (typeInfo, maxDepth),
            static key => new JsonSerializerOptions(key.TypeInfo.Options) { MaxDepth = key.MaxDepth }.GetTypeInfo(key.TypeInfo.Type));
    }

    /// <summary>
    /// Which envelope property the reader is on. Escaped names are unescaped to compare them, which throws
    /// <see cref="InvalidOperationException"/> (outside any <see cref="JsonException"/>) for an escaped lone surrogate
    /// such as <c>\ud800</c>: that is an unreadable name, reported as a contract error like any other bad name.
    /// Unescaped bytes are compared as they are, so invalid UTF-8 there simply matches nothing.
    /// </summary>
    private static EnvelopeKey ClassifyKey(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var span = reader.ValueSpan;
            return span.SequenceEqual("error_response"u8) ? EnvelopeKey.Error
                : span.EndsWith("_responce"u8) || span.EndsWith("_response"u8) ? EnvelopeKey.Success
                : EnvelopeKey.Other;
        }

        string name;
        try
        {
            name = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return EnvelopeKey.Unreadable;
        }

        return name == "error_response" ? EnvelopeKey.Error
            : name.EndsWith("_responce", StringComparison.Ordinal) || name.EndsWith("_response", StringComparison.Ordinal) ? EnvelopeKey.Success
            : EnvelopeKey.Other;
    }

    private static JdGatewayException GatewayError(JdErrorPayload? payload, ReadOnlySpan<byte> body, string method, in EnvelopeContext context)
    {
        if (payload?.Code is not { Length: > 0 } wireCode)
        {
            throw Contract("JD's error_response carries no code.", body, method, context, null);
        }

        // Every wire string is redacted before it is stored or quoted: a hostile server may reflect the app secret, the
        // access token or the sign in any of them, code included. JD's real codes are short numbers and pass unchanged.
        var code = context.Redactor.Redact(JdRedactor.Shorten(wireCode, MaxCodeLength));
        var description = context.Redactor.Redact(payload.EnglishDescription ?? JdGatewayErrorCodes.Describe(wireCode) ?? "unknown gateway error");
        var message = $"JD gateway error {code} calling {method}: {description}.";
        var exception = JdGatewayErrorCodes.IsAuthenticationFailure(wireCode) ? new JdAuthenticationException(message, code)
            : JdGatewayErrorCodes.IsRateLimit(wireCode) ? new JdRateLimitException(message, code)
            : new JdGatewayException(message, code);
        exception.ChineseDescription = context.Redactor.Redact(payload.ChineseDescription);
        exception.EnglishDescription = context.Redactor.Redact(payload.EnglishDescription);
        exception.HttpStatusCode = context.HttpStatusCode;
        exception.Method = method;
        exception.RequestId = context.Redactor.Redact(JdRedactor.Shorten(payload.RequestId, MaxCodeLength));
        return exception;
    }

    private static string Describe(JsonException ex, ReadOnlySpan<byte> body)
    {
        var first = body.TrimStart(" \t\r\n"u8);
        if (!first.IsEmpty && first[0] == (byte)'<')
        {
            return "JD's answer is an HTML or XML page, not JSON.";
        }

        // JsonException messages say what was expected, never the body's values; the library's converters add no
        // position, so say where (the JSON path is made of the answer's names and is redacted with the message).
        var where = ex.Path is { } path && !ex.Message.Contains("Path:", StringComparison.Ordinal)
            ? $" (at {JdRedactor.Shorten(path, 200)}, line {ex.LineNumber}, byte {ex.BytePositionInLine})"
            : string.Empty;
        return $"JD's answer could not be read: {ex.Message}{where}";
    }

    private static JdContractException Contract(string message, ReadOnlySpan<byte> body, string method, in EnvelopeContext context, Exception? inner)
    {
        var safeMessage = context.Redactor.Redact(message);

        // The cause stays attached for its stack trace unless its own text had something to mask.
        var safeInner = inner is not null && context.Redactor.Redact(inner.Message) != inner.Message
            ? new JsonException(context.Redactor.Redact(inner.Message))
            : inner;
        return new(safeMessage, context.Redactor.Excerpt(body), safeInner) { Method = method, HttpStatusCode = context.HttpStatusCode };
    }

    /// <summary>Where the envelope's one property points.</summary>
    private enum EnvelopeKey
    {
        Other,
        Error,
        Success,
        Unreadable,
    }

    /// <summary>What the reader knows about the exchange beyond the body.</summary>
    internal readonly record struct EnvelopeContext(int? HttpStatusCode, JdRedactor Redactor, int MaxDepth);
}
