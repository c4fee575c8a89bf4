using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using JdAfterSales.Auth;
using JdAfterSales.Diagnostics;
using JdAfterSales.Gateway;
using JdAfterSales.Logistics;
using JdAfterSales.Orders;
using JdAfterSales.Reviews;

namespace JdAfterSales;

/// <summary>
/// The entry point: one client per JD app, safe to share across threads. Every call flows one way — typed request,
/// routerjson parameters, signature, HTTP, envelope, typed response — and fails with a subtype of
/// <see cref="JdException"/>.
/// </summary>
public sealed class JdClient
{
    private static readonly JsonWriterOptions BusinessJsonWriterOptions = new()
    {
        // JD signs the exact bytes it receives; raw UTF-8 keeps Chinese text readable and the body small.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly RouterJsonTransport _transport;
    private readonly IJdAccessTokenProvider _accessTokenProvider;

    /// <summary>Creates a client that uses <see cref="JdClientOptions.AccessToken"/> for every call.</summary>
    /// <param name="httpClient">The HTTP client to send with (from <c>IHttpClientFactory</c>, or your own).</param>
    /// <param name="options">The app's settings; validated and copied.</param>
    /// <exception cref="JdValidationException">An option is missing or malformed.</exception>
    public JdClient(HttpClient httpClient, JdClientOptions options)
        : this(httpClient, options, accessTokenProvider: null, timeProvider: null)
    {
    }

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The HTTP client to send with (from <c>IHttpClientFactory</c>, or your own).</param>
    /// <param name="options">The app's settings; validated and copied.</param>
    /// <param name="accessTokenProvider">Supplies shops' access tokens; <c>null</c> to use <see cref="JdClientOptions.AccessToken"/>.</param>
    /// <param name="timeProvider">The clock for timestamps and timeouts; <c>null</c> for the system clock.</param>
    /// <exception cref="JdValidationException">An option is missing or malformed.</exception>
    public JdClient(HttpClient httpClient, JdClientOptions options, IJdAccessTokenProvider? accessTokenProvider, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        var frozen = options.Clone();
        frozen.Validate();
        Options = frozen;
        TimeProvider = timeProvider ?? TimeProvider.System;
        _accessTokenProvider = accessTokenProvider ?? new JdFixedAccessTokenProvider(frozen.AccessToken);
        Redactor = new JdRedactor([frozen.AppSecret, frozen.AccessToken]);
        _transport = new RouterJsonTransport(httpClient, frozen, TimeProvider, Redactor);
        Orders = new OrdersClient(this);
        Logistics = new LogisticsClient(this);
        Reviews = new ReviewsClient(this);
    }

    /// <summary>POP orders (<c>jingdong.pop.order.*</c>).</summary>
    public OrdersClient Orders { get; }

    /// <summary>Waybill and third-party carrier traces.</summary>
    public LogisticsClient Logistics { get; }

    /// <summary>Buyer reviews and the shop's replies.</summary>
    public ReviewsClient Reviews { get; }

    /// <summary>The gateway this client calls.</summary>
    public Uri Gateway => Options.Gateway;

    /// <summary>The app key this client signs for.</summary>
    public string AppKey => Options.AppKey;

    /// <summary>The validated copy of the options; changing the original has no effect.</summary>
    internal JdClientOptions Options { get; }

    internal TimeProvider TimeProvider { get; }

    internal JdRedactor Redactor { get; }

    /// <summary>Executes any typed JOS request for the client's default shop.</summary>
    /// <typeparam name="TResponse">The payload model.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task<TResponse> SendAsync<TResponse>(IJdRequest<TResponse> request, CancellationToken cancellationToken) =>
        SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Executes any typed JOS request.</summary>
    /// <typeparam name="TResponse">The payload model.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="callOptions">Per-call settings such as the shop; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<TResponse> SendAsync<TResponse>(IJdRequest<TResponse> request, JdCallOptions? callOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.Method;
        using var businessJson = SerializeParameters(request);
        var shopId = callOptions?.ShopId;
        var accessToken = await _accessTokenProvider.GetAccessTokenAsync(shopId, cancellationToken).ConfigureAwait(false);
        TResponse payload;
        try
        {
            payload = await _transport
                .SendAttemptAsync(method, businessJson.WrittenMemory, accessToken, request.ResponseTypeInfo, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (JdAuthenticationException rejected) when (
            rejected.Code == JdGatewayErrorCodes.InvalidAccessToken
            && accessToken is not null
            && _accessTokenProvider is IJdAccessTokenInvalidation invalidation)
        {
            // Code 19 comes from the gateway's token check, before JD routes the call to the API, so even a write
            // has not run: refreshing once and sending once more cannot apply it twice. A second 19 surfaces.
            await invalidation.InvalidateAsync(shopId, accessToken, cancellationToken).ConfigureAwait(false);
            accessToken = await _accessTokenProvider.GetAccessTokenAsync(shopId, cancellationToken).ConfigureAwait(false);
            payload = await _transport
                .SendAttemptAsync(method, businessJson.WrittenMemory, accessToken, request.ResponseTypeInfo, cancellationToken)
                .ConfigureAwait(false);
        }

        if (payload is IJdBusinessOutcome outcome && outcome.GetBusinessError() is { } error)
        {
            throw BusinessFailure(error, method, request as IJdVersionedRequest);
        }

        return payload;
    }

    /// <summary>
    /// Calls any JOS method the library has no typed request for, and returns the payload inside
    /// <c>&lt;method&gt;_responce</c> as JSON. Gateway errors and business failures (<c>success: false</c> on the
    /// payload or on an object up to two levels below it) are raised as for typed calls.
    /// </summary>
    /// <param name="method">The JOS method name, for example <c>jingdong.asc.audit.count</c>.</param>
    /// <param name="parameters">The business parameters, or <c>null</c> for none (sent as <c>{}</c>).</param>
    /// <param name="operationKind">Whether the method writes: a write is never re-sent after it may have reached JD.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The unwrapped payload.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<JsonElement> InvokeRawAsync(string method, JsonObject? parameters, JdOperationKind operationKind, CancellationToken cancellationToken = default)
    {
        var payload = await SendAsync(new JdRawRequest(method, parameters, operationKind), callOptions: null, cancellationToken).ConfigureAwait(false);
        return payload.Element;
    }

    private static PooledByteBufferWriter SerializeParameters<TResponse>(IJdRequest<TResponse> request)
    {
        var buffer = new PooledByteBufferWriter(512);
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, BusinessJsonWriterOptions))
            {
                request.WriteParameters(writer);
            }

            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private JdBusinessException BusinessFailure(JdBusinessError error, string method, IJdVersionedRequest? versioned)
    {
        var code = error.Code is null ? string.Empty : $" (code {Redactor.Redact(error.Code)})";
        var safeError = error with { Message = Redactor.Redact(error.Message) };
        return error.Kind == JdBusinessErrorKind.StaleVersion
            ? new JdConcurrencyException(
                $"JD refused {method}{code}: the service order changed since sysVersion {versioned?.SysVersion} was read; read it again before writing.",
                safeError,
                versioned?.ServiceId)
            { Method = method }
            : new JdBusinessException($"JD reported a business failure for {method}{code}.", safeError) { Method = method };
    }
}
