using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>One JOS method call that passed the protocol checks, as a handler sees it.</summary>
internal sealed class MethodCall(string method, BusinessParameters parameters, DateTimeOffset now, FakeShopData data)
{
    public string Method { get; } = method;

    public BusinessParameters Parameters { get; } = parameters;

    /// <summary>The gateway clock's now, in Beijing time: used for filters, deadlines and stamping writes.</summary>
    public DateTimeOffset Now { get; } = BeijingTime.ToBeijing(now);

    public FakeShopData Data { get; } = data;

    /// <summary>Set by a handler that answered a business failure inside the success envelope.</summary>
    public string? BusinessErrorCode { get; set; }
}

/// <summary>Writes the inner part of a success envelope (after <c>"code":"0"</c>) for one JOS method.</summary>
internal delegate void MethodHandler(MethodCall call, Utf8JsonWriter writer);
