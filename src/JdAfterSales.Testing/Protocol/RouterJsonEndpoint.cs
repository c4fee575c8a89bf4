using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>
/// <c>/routerjson</c>: the protocol checks in JD's order (app key, method, timestamp, version, signature, token, JSON),
/// each answered with HTTP 200 and <c>error_response</c>, then the method's handler under one lock, so the data set
/// changes one call at a time.
/// </summary>
internal sealed class RouterJsonEndpoint
{
    /// <summary>Every handler, by JOS method: stateless functions of the call, so one table serves every gateway.</summary>
    private static readonly Dictionary<string, MethodHandler> Handlers = BuildHandlers();

    private readonly FakeJdGatewayOptions _options;
    private readonly FakeShopData _data;
    private readonly AccessTokenRegistry _tokens;
    private readonly object _sync = new();

    public RouterJsonEndpoint(FakeJdGatewayOptions options, FakeShopData data, AccessTokenRegistry tokens)
    {
        _options = options;
        _data = data;
        _tokens = tokens;
    }

    public static IReadOnlyList<string> Methods { get; } = [.. Handlers.Keys.Order(StringComparer.Ordinal)];

    private static Dictionary<string, MethodHandler> BuildHandlers()
    {
        var handlers = new Dictionary<string, MethodHandler>(StringComparer.Ordinal);
        AscReadHandlers.Register(handlers);
        AscWriteHandlers.Register(handlers);
        AscProcessHandlers.Register(handlers);
        AscServiceOrderHandlers.Register(handlers);
        RefundHandlers.Register(handlers);
        OrderHandlers.Register(handlers);
        LogisticsHandlers.Register(handlers);
        CommentHandlers.Register(handlers);
        return handlers;
    }

    /// <summary>Runs <paramref name="action"/> under the lock that serializes calls, for helpers that change the data set.</summary>
    public T Locked<T>(Func<T> action)
    {
        lock (_sync)
        {
            return action();
        }
    }

    public GatewayReply Handle(IReadOnlyDictionary<string, string> parameters, DateTimeOffset now)
    {
        string? Get(string name) => parameters.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        var appKey = Get("app_key");
        if (appKey is null)
        {
            return Error("20");
        }

        if (!string.Equals(appKey, _options.AppKey, StringComparison.Ordinal))
        {
            return Error("21");
        }

        var method = Get("method");
        if (method is null)
        {
            return Error("14");
        }

        if (!Handlers.TryGetValue(method, out var handler))
        {
            return Error("15");
        }

        var timestamp = Get("timestamp");
        if (timestamp is null)
        {
            return Error("7");
        }

        if (!BeijingTime.TryParseTimestamp(timestamp, out var sentAt) || (sentAt - now).Duration() > _options.AllowedClockSkew)
        {
            return Error("8");
        }

        var version = Get("v");
        if (version is null)
        {
            return Error("4");
        }

        if (version is not ("2.0" or "1.0"))
        {
            return Error("5");
        }

        var sign = Get("sign");
        if (sign is null)
        {
            return Error("11");
        }

        if (!SignatureVerifier.IsKnownSignMethod(Get("sign_method")) || !SignatureVerifier.Verify(parameters, _options.AppSecret, sign))
        {
            return Error("12");
        }

        var token = Get("access_token");
        if (token is null)
        {
            return Error("18");
        }

        if (!_tokens.IsValid(token, now))
        {
            return Error("19");
        }

        if (!TryParseObject(Get("360buy_param_json") ?? "{}", out var root))
        {
            return Error("63");
        }

        var call = new MethodCall(method, new BusinessParameters(root), now, _data);
        try
        {
            byte[] body;
            lock (_sync)
            {
                body = JsonBodies.Envelope(method, w => handler(call, w));
            }

            return new GatewayReply { Body = body, BusinessErrorCode = call.BusinessErrorCode };
        }
        catch (GatewayErrorException error)
        {
            return new GatewayReply { Body = JsonBodies.ErrorResponse(error.Code, error.ZhDesc, error.EnDesc), ErrorCode = error.Code };
        }
    }

    public static GatewayReply Error(string code) => new() { Body = JsonBodies.ErrorResponse(code), ErrorCode = code };

    /// <summary>Parses <c>360buy_param_json</c>: it must be one JSON object.</summary>
    public static bool TryParseObject(string json, out JsonElement root)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            root = default;
            return false;
        }
    }
}
