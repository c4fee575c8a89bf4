using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using JdAfterSales.AfterSales;
using JdAfterSales.Auth;
using JdAfterSales.Diagnostics;
using JdAfterSales.Gateway;
using JdAfterSales.Logistics;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace JdAfterSales;

/// <summary>
/// The entry point: one client per JD app, safe to share across threads. Every call flows one way — typed request,
/// routerjson parameters, signature, HTTP, envelope, typed result — and fails with a subtype of
/// <see cref="JdException"/>. Reads are retried after transient failures; writes are never re-sent after they may
/// have reached JD. Members are virtual so a test can substitute the client (see <see cref="JdClient()"/>).
/// </summary>
public class JdClient
{
    private static readonly JsonWriterOptions BusinessJsonWriterOptions = new()
    {
        // JD signs the exact bytes it receives; raw UTF-8 keeps Chinese text readable and the body small.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    [ThreadStatic]
    private static Utf8JsonWriter? _threadBusinessJsonWriter;

    private readonly JdAttemptPipeline _attempts = null!;
    private readonly IJdRateLimiter? _rateLimiter;
    private readonly IJdAccessTokenProvider _accessTokenProvider = null!;
    private readonly ILogger _logger = NullLogger.Instance;
    private readonly string? _shopId;

    /// <summary>Creates a client that uses <see cref="JdClientOptions.AccessToken"/> for every call.</summary>
    /// <param name="httpClient">The HTTP client to send with (from <c>IHttpClientFactory</c>, or your own).</param>
    /// <param name="options">The app's settings; validated and copied.</param>
    /// <exception cref="JdValidationException">An option is missing or malformed.</exception>
    public JdClient(HttpClient httpClient, JdClientOptions options)
        : this(httpClient, options, accessTokenProvider: null)
    {
    }

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The HTTP client to send with (from <c>IHttpClientFactory</c>, or your own).</param>
    /// <param name="options">The app's settings; validated and copied.</param>
    /// <param name="accessTokenProvider">Supplies shops' access tokens; <c>null</c> to use <see cref="JdClientOptions.AccessToken"/>.</param>
    /// <param name="timeProvider">The clock for timestamps, timeouts and back-off; <c>null</c> for the system clock.</param>
    /// <param name="loggerFactory">Where the client logs; <c>null</c> for no logging.</param>
    /// <param name="rateLimiter">
    /// Decides when each call may go (for example a limiter shared by several instances); <c>null</c> for a
    /// <see cref="JdLocalRateLimiter"/> when <see cref="JdRateLimitOptions.Enabled"/> is set, and no limit otherwise.
    /// A limiter given here is used whatever <see cref="JdRateLimitOptions.Enabled"/> says.
    /// </param>
    /// <exception cref="JdValidationException">An option is missing or malformed.</exception>
    public JdClient(
        HttpClient httpClient,
        JdClientOptions options,
        IJdAccessTokenProvider? accessTokenProvider = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        IJdRateLimiter? rateLimiter = null)
        : this(Checked(httpClient), options, accessTokenProvider, timeProvider, loggerFactory, random: null, rateLimiter)
    {
    }

    /// <summary>
    /// For substitutes in tests (a mocking library's proxy, or a subclass): a client with no pipeline, whose
    /// members a test overrides. Calling a member it does not override fails.
    /// </summary>
    protected JdClient()
    {
        Options = new JdClientOptions();
        Defaults = new JdRequestDefaults(null, null, null);
        TimeProvider = TimeProvider.System;
        Redactor = JdRedactor.NameBased;
        AfterSales = null!;
        Refunds = null!;
        Logistics = null!;
        Orders = null!;
        Reviews = null!;
    }

    /// <summary>The constructor every other one ends in; dependency injection passes a factory-backed client source.</summary>
    internal JdClient(
        Func<HttpClient> httpClient,
        JdClientOptions options,
        IJdAccessTokenProvider? accessTokenProvider,
        TimeProvider? timeProvider,
        ILoggerFactory? loggerFactory,
        Func<double>? random,
        IJdRateLimiter? rateLimiter = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var frozen = options.Clone();
        frozen.Validate();
        Options = frozen;
        Defaults = new JdRequestDefaults(frozen.VenderId, frozen.OperatorPin, frozen.OperatorNick);
        TimeProvider = timeProvider ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("JdAfterSales.JdClient");
        _accessTokenProvider = accessTokenProvider ?? new JdFixedAccessTokenProvider(frozen.AccessToken);
        Redactor = new JdRedactor([frozen.AppSecret, frozen.AccessToken]);
        var transport = new RouterJsonTransport(httpClient, frozen, TimeProvider, Redactor);
        _attempts = new JdAttemptPipeline(transport, frozen.Retry, TimeProvider, _logger, random ?? Random.Shared.NextDouble);
        _rateLimiter = rateLimiter ?? (frozen.RateLimit.Enabled ? new JdLocalRateLimiter(frozen.RateLimit, TimeProvider) : null);
        AfterSales = new AfterSalesClient(this);
        Refunds = new RefundsClient(this);
        Logistics = new LogisticsClient(this);
        Orders = new OrdersClient(this);
        Reviews = new ReviewsClient(this);
    }

    /// <summary>A view of <paramref name="parent"/> acting for one shop: same pipeline, limits and token provider.</summary>
    private JdClient(JdClient parent, string shopId, string? venderId)
    {
        var options = parent.Options.Clone();
        options.VenderId = venderId ?? parent.Options.VenderId;
        Options = options;
        Defaults = parent.Defaults with { VenderId = options.VenderId };
        TimeProvider = parent.TimeProvider;
        Redactor = parent.Redactor;
        _logger = parent._logger;
        _accessTokenProvider = parent._accessTokenProvider;
        _attempts = parent._attempts;
        _rateLimiter = parent._rateLimiter;
        _shopId = shopId;
        AfterSales = new AfterSalesClient(this);
        Refunds = new RefundsClient(this);
        Logistics = new LogisticsClient(this);
        Orders = new OrdersClient(this);
        Reviews = new ReviewsClient(this);
    }

    /// <summary>After-sales service orders (<c>jingdong.asc.*</c>): search, view, audit, receipt, close, cancel.</summary>
    public virtual AfterSalesClient AfterSales { get; }

    /// <summary>Refund applications (<c>jingdong.pop.afs.soa.refundapply.*</c>): search, read, reply, count.</summary>
    public virtual RefundsClient Refunds { get; }

    /// <summary>POP orders (<c>jingdong.pop.order.*</c>): search any range, read one, set the shop's remark.</summary>
    public virtual OrdersClient Orders { get; }

    /// <summary>Customers' comments and the shop's replies (<c>getVenderCommentsForJos</c>, <c>commentreply.save</c>).</summary>
    public virtual ReviewsClient Reviews { get; }

    /// <summary>Parcel traces (<c>jingdong.ldop.receive.trace.get</c>, <c>jingdong.getThirdTrace</c>) with signed-for detection.</summary>
    public virtual LogisticsClient Logistics { get; }

    /// <summary>The shop this client acts for, or <c>null</c> for the default shop (see <see cref="ForShop"/>).</summary>
    public virtual string? ShopId => _shopId;

    /// <summary>The gateway this client calls.</summary>
    public virtual Uri Gateway => Options.Gateway;

    /// <summary>The app key this client signs for.</summary>
    public virtual string AppKey => Options.AppKey;

    /// <summary>The validated copy of the options; changing the original has no effect.</summary>
    internal JdClientOptions Options { get; }

    /// <summary>The shop and operator filled into requests that leave them unset.</summary>
    internal JdRequestDefaults Defaults { get; }

    internal TimeProvider TimeProvider { get; }

    internal JdRedactor Redactor { get; }

    /// <summary>
    /// Returns a client that acts for one shop of many: every call through it, and through its sub-clients, uses
    /// that shop's access token from the <see cref="IJdAccessTokenProvider"/> (for example
    /// <see cref="JdOAuthTokenProvider"/>) and, for after-sales calls, that shop's vender id as <c>buId</c>. It
    /// shares this client's HTTP pipeline, retries, rate limits and token provider, so creating one is cheap.
    /// </summary>
    /// <param name="shopId">The shop, as your token store knows it.</param>
    /// <param name="venderId">The shop's vender id for <c>buId</c>; <c>null</c> keeps <see cref="JdClientOptions.VenderId"/>.</param>
    /// <returns>The shop's client.</returns>
    /// <exception cref="JdValidationException">The shop id is empty.</exception>
    public virtual JdClient ForShop(string shopId, string? venderId = null)
    {
        if (string.IsNullOrWhiteSpace(shopId))
        {
            throw new JdValidationException(nameof(shopId), "is required: the shop whose token the calls use.");
        }

        return new JdClient(this, shopId, venderId);
    }

    /// <summary>Executes any typed JOS request for the client's shop.</summary>
    /// <typeparam name="TResult">What the call returns.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The result.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task<TResult> SendAsync<TResult>(JdRequest<TResult> request, CancellationToken cancellationToken) =>
        SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Executes any typed JOS request. The client's shop and operator (<see cref="JdClientOptions.VenderId"/>,
    /// <see cref="JdClientOptions.OperatorPin"/>, <see cref="JdClientOptions.OperatorNick"/>) are filled in where the
    /// request leaves them unset, so this sends the same bytes as the request's sub-client method.
    /// </summary>
    /// <typeparam name="TResult">What the call returns.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="callOptions">Per-call settings such as the shop; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The result.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<TResult> SendAsync<TResult>(JdRequest<TResult> request, JdCallOptions? callOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Response.SendAsync(this, request, callOptions, cancellationToken);
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
    public virtual Task<JsonElement> InvokeRawAsync(string method, JsonObject? parameters, JdOperationKind operationKind, CancellationToken cancellationToken = default) =>
        SendAsync(new JdRawRequest(method, parameters, operationKind), callOptions: null, cancellationToken);

    /// <summary>The one path of every call: defaults, validation, parameters, limits, token, attempts, result.</summary>
    internal async Task<TResult> SendCoreAsync<TPayload, TResult>(
        JdRequest<TResult> request,
        JdResponseContract<TPayload, TResult> response,
        JdCallOptions? callOptions,
        CancellationToken cancellationToken)
    {
        var method = request.Method;
        var operationKind = request.OperationKind;
        var shopId = callOptions?.ShopId ?? _shopId;
        var shopHash = JdTelemetry.ShopHash(shopId);
        var attempts = new JdAttemptCounter();
        var started = TimeProvider.GetTimestamp();
        using var activity = JdTelemetry.Source.StartActivity($"JD {method}", ActivityKind.Client);
        activity?.SetTag("jd.method", method);
        activity?.SetTag("jd.operation", operationKind == JdOperationKind.Write ? "write" : "read");
        activity?.SetTag("jd.shop.hash", shopHash);
        try
        {
            var resolved = request.WithDefaults(Defaults);
            resolved.Validate();
            using var businessJson = SerializeParameters(resolved);
            if (_rateLimiter is not null)
            {
                var waited = await _rateLimiter.WaitAsync(shopId, cancellationToken).ConfigureAwait(false);
                if (waited > TimeSpan.Zero)
                {
                    JdLog.RateLimitWait(_logger, method, (long)waited.TotalMilliseconds, shopHash);
                }
            }

            var accessToken = await _accessTokenProvider.GetAccessTokenAsync(shopId, cancellationToken).ConfigureAwait(false);
            var payload = await _attempts
                .ExecuteAsync(method, operationKind, businessJson.WrittenMemory, JdCallToken.From(accessToken, _accessTokenProvider, shopId), response.PayloadTypeInfo, attempts, cancellationToken)
                .ConfigureAwait(false);

            if (payload is IJdBusinessOutcome outcome && outcome.GetBusinessError() is { } error)
            {
                throw BusinessFailure(error, method, resolved.VersionedTarget);
            }

            var result = response.ToResult(payload, resolved);
            RecordSuccess(activity, method, shopHash, attempts.Count, started);
            return result;
        }
        catch (JdException ex) when (ex.Method is null)
        {
            ex.Method = method;
            RecordFailure(activity, method, shopHash, attempts.Count, started, ex);
            throw;
        }
        catch (Exception ex) when (RecordFailure(activity, method, shopHash, attempts.Count, started, ex))
        {
            throw;
        }
    }

    private static Func<HttpClient> Checked(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        return () => httpClient;
    }

    private static PooledByteBufferWriter SerializeParameters<TResult>(JdRequest<TResult> request)
    {
        var buffer = new PooledByteBufferWriter(512);

        // One writer per thread, reused for every call: taken out of the slot while in use, so a call made from
        // inside WriteParameters on the same thread gets a writer of its own.
        var writer = _threadBusinessJsonWriter ?? new Utf8JsonWriter(buffer, BusinessJsonWriterOptions);
        _threadBusinessJsonWriter = null;
        try
        {
            writer.Reset(buffer);
            request.WriteParameters(writer);
            writer.Flush();
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
        finally
        {
            writer.Reset();
            _threadBusinessJsonWriter = writer;
        }
    }

    private void RecordSuccess(Activity? activity, string method, string shopHash, int attempts, long started)
    {
        var elapsed = TimeProvider.GetElapsedTime(started);
        activity?.SetTag("jd.attempts", attempts);
        activity?.SetStatus(ActivityStatusCode.Ok);
        JdTelemetry.Calls.Add(1, new("jd.method", method), new("jd.outcome", "success"));
        JdTelemetry.Duration.Record(elapsed.TotalSeconds, new("jd.method", method), new("jd.outcome", "success"));
        JdLog.CallSucceeded(_logger, method, attempts, (long)elapsed.TotalMilliseconds, shopHash);
    }

    /// <summary>Reports a failure from an exception filter, so the exception propagates untouched; always false.</summary>
    private bool RecordFailure(Activity? activity, string method, string shopHash, int attempts, long started, Exception exception)
    {
        var elapsed = TimeProvider.GetElapsedTime(started);
        var labels = JdErrorLayer.Of(exception, Redactor);
        activity?.SetTag("jd.attempts", attempts);
        activity?.SetTag("jd.error.layer", labels.Layer);
        activity?.SetTag("jd.error.code", labels.Code);
        activity?.SetStatus(ActivityStatusCode.Error, labels.Layer);
        JdTelemetry.Calls.Add(1, new("jd.method", method), new("jd.outcome", "error"));
        JdTelemetry.Errors.Add(1, new("jd.method", method), new("jd.error.layer", labels.Layer), new("jd.error.code", labels.MetricCode));
        JdTelemetry.Duration.Record(elapsed.TotalSeconds, new("jd.method", method), new("jd.outcome", "error"));
        JdLog.CallFailed(_logger, method, labels.Layer, labels.Code, attempts, (long)elapsed.TotalMilliseconds, shopHash, Redactor.Redact(exception.Message));
        return false;
    }

    private JdBusinessException BusinessFailure(JdBusinessError error, string method, JdVersionedTarget? versioned)
    {
        var safeCode = Redactor.Redact(JdRedactor.Shorten(error.Code, 64));
        var code = safeCode is null ? string.Empty : $" (code {safeCode})";
        var safeError = error with { Code = safeCode, Message = Redactor.Redact(error.Message) };
        return error.Kind == JdBusinessErrorKind.StaleVersion
            ? new JdConcurrencyException(
                $"JD refused {method}{code}: the service order changed since sysVersion {versioned?.SysVersion} was read; read it again before writing.",
                safeError,
                versioned?.ServiceId)
            { Method = method }
            : new JdBusinessException($"JD reported a business failure for {method}{code}.", safeError) { Method = method };
    }
}
