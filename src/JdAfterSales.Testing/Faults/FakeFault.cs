using System.Globalization;

namespace JdAfterSales.Testing;

/// <summary>
/// A fault the gateway injects instead of (or around) its normal answer. Create one with the factory methods and queue it
/// with <see cref="FakeFaultController.Enqueue(FakeFault, int, string?)"/>.
/// </summary>
public sealed class FakeFault
{
    private FakeFault(FakeFaultKind kind)
    {
        Kind = kind;
    }

    /// <summary>Gets what the fault does.</summary>
    public FakeFaultKind Kind { get; }

    /// <summary>Gets the gateway error code, for <see cref="FakeFaultKind.GatewayError"/>.</summary>
    public string? ErrorCode { get; private init; }

    /// <summary>Gets the business message of a <see cref="FakeFaultKind.BusinessError"/>.</summary>
    public string? Message { get; private init; }

    /// <summary>Gets the HTTP status answered, for <see cref="FakeFaultKind.HttpStatus"/> and <see cref="FakeFaultKind.HtmlErrorPage"/>.</summary>
    public int StatusCode { get; private init; } = 200;

    /// <summary>Gets the <c>Retry-After</c> value sent with an HTTP status fault, if any.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    /// <summary>Gets how long a <see cref="FakeFaultKind.Delay"/> fault waits.</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>Gets the body size of an <see cref="FakeFaultKind.OversizedBody"/> fault.</summary>
    public int BodyBytes { get; private init; }

    /// <summary>
    /// Gets a value indicating whether the request is processed (a write takes effect) before the fault hits. True for
    /// <see cref="FakeFaultKind.Delay"/>, <see cref="FakeFaultKind.TruncatedBody"/> and, when asked,
    /// <see cref="FakeFaultKind.DropConnection"/>: the cases where the request reached JD but the answer was lost.
    /// </summary>
    public bool ProcessesRequest { get; private init; }

    /// <summary>Answers with JD's <c>error_response</c> for the given code (e.g. "2" call limited, "66" backend unavailable).</summary>
    /// <param name="code">The gateway error code.</param>
    /// <returns>The fault.</returns>
    public static FakeFault GatewayError(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return new(FakeFaultKind.GatewayError) { ErrorCode = code };
    }

    /// <summary>Answers the given gateway error code.</summary>
    /// <param name="code">The gateway error code.</param>
    /// <returns>The fault.</returns>
    public static FakeFault GatewayError(int code) => GatewayError(code.ToString(CultureInfo.InvariantCulture));

    /// <summary>Answers an HTTP error status with a short plain-text body.</summary>
    /// <param name="statusCode">The status, e.g. 500, 502 or 503.</param>
    /// <param name="retryAfter">A <c>Retry-After</c> to send (whole seconds), or <see langword="null"/> for none.</param>
    /// <returns>The fault.</returns>
    public static FakeFault HttpStatus(int statusCode, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return new(FakeFaultKind.HttpStatus) { StatusCode = statusCode, RetryAfter = retryAfter };
    }

    /// <summary>Waits, in real time on the server, before processing and answering normally.</summary>
    /// <param name="delay">How long to wait.</param>
    /// <returns>The fault.</returns>
    public static FakeFault Delayed(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new(FakeFaultKind.Delay) { Delay = delay, ProcessesRequest = true };
    }

    /// <summary>Closes the connection without answering.</summary>
    /// <param name="afterProcessing">Process the request first, so a write takes effect although the caller sees a failure.</param>
    /// <returns>The fault.</returns>
    public static FakeFault DropConnection(bool afterProcessing = false) =>
        new(FakeFaultKind.DropConnection) { ProcessesRequest = afterProcessing };

    /// <summary>Answers HTTP 200, <c>application/json</c>, with a body that is not valid JSON.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault MalformedJson() => new(FakeFaultKind.MalformedJson);

    /// <summary>
    /// Answers with the method's own success envelope reporting a business failure, in the shape that method's family
    /// uses (<c>pageResult</c>/<c>result</c> for <c>jingdong.asc.*</c>, <c>queryResult</c>/<c>replyResult</c> for refunds,
    /// <c>apiResult</c> for orders, <c>resultCode</c> for comments…). The request is not processed.
    /// </summary>
    /// <param name="code">JD's business code, for example <c>ASC_STATUS_ERROR</c> or <c>E_STATUS</c>.</param>
    /// <param name="message">JD's message, usually Chinese.</param>
    /// <returns>The fault.</returns>
    public static FakeFault BusinessError(string code, string message = "业务处理失败")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(message);
        return new(FakeFaultKind.BusinessError) { ErrorCode = code, Message = message };
    }

    /// <summary>Processes the request, then sends half of the answer under the full <c>Content-Length</c> and closes.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault TruncatedBody() => new(FakeFaultKind.TruncatedBody) { ProcessesRequest = true };

    /// <summary>Answers an HTML error page, as an nginx or load balancer in front of JD would.</summary>
    /// <param name="statusCode">The status, 200 or 502 typically.</param>
    /// <returns>The fault.</returns>
    public static FakeFault HtmlErrorPage(int statusCode = 502) => new(FakeFaultKind.HtmlErrorPage) { StatusCode = statusCode };

    /// <summary>Answers a valid JSON success envelope padded with whitespace to exactly <paramref name="bytes"/> bytes.</summary>
    /// <param name="bytes">The body size, at least 256.</param>
    /// <returns>The fault.</returns>
    public static FakeFault OversizedBody(int bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 256);
        return new(FakeFaultKind.OversizedBody) { BodyBytes = bytes };
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        FakeFaultKind.GatewayError => $"GatewayError({ErrorCode})",
        FakeFaultKind.HttpStatus => RetryAfter is { } r ? $"HttpStatus({StatusCode}, Retry-After {r.TotalSeconds:0}s)" : $"HttpStatus({StatusCode})",
        FakeFaultKind.Delay => $"Delay({Delay.TotalMilliseconds:0} ms)",
        FakeFaultKind.DropConnection => ProcessesRequest ? "DropConnection(after processing)" : "DropConnection",
        FakeFaultKind.HtmlErrorPage => $"HtmlErrorPage({StatusCode})",
        FakeFaultKind.OversizedBody => $"OversizedBody({BodyBytes} bytes)",
        _ => Kind.ToString(),
    };
}
