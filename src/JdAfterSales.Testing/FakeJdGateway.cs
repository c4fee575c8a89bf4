using System.Text.Json;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace JdAfterSales.Testing;

/// <summary>
/// A fake JD Open Platform gateway on a free loopback port (127.0.0.1 only): <c>/routerjson</c> with JD's protocol
/// checks, a seeded after-sales data set with a working state machine, <c>/oauth2/*</c>, fault injection and a journal of
/// every request. Start one per test (or per fixture) and point the client at <see cref="RouterJsonUri"/>.
/// </summary>
public sealed class FakeJdGateway : IAsyncDisposable, IDisposable
{
    private readonly WireMockServer _server;
    private readonly FakeJdGatewayOptions _options;
    private readonly AccessTokenRegistry _tokens;
    private readonly RouterJsonEndpoint _router;
    private readonly OAuthEndpoint _oauth;
    private readonly CancellationTokenSource _stopping = new();

    private int _disposed;

    private FakeJdGateway(FakeJdGatewayOptions options)
    {
        Validate(options);

        // The gateway keeps its own copy: a test changing its options object afterwards changes nothing.
        _options = new FakeJdGatewayOptions
        {
            Seed = options.Seed,
            OrderCount = options.OrderCount,
            AppKey = options.AppKey,
            AppSecret = options.AppSecret,
            AccessTokens = [.. options.AccessTokens],
            TimeProvider = options.TimeProvider,
            DataAnchor = options.DataAnchor ?? TruncateToMinute(options.TimeProvider.GetUtcNow()),
            AllowedClockSkew = options.AllowedClockSkew,
            VenderId = options.VenderId,
            OAuthTokenLifetime = options.OAuthTokenLifetime,
        };
        AccessTokens = [.. options.AccessTokens];
        Data = ShopDataGenerator.Generate(_options.Seed, _options.OrderCount, _options.DataAnchor!.Value, _options.VenderId);
        _tokens = new AccessTokenRegistry(AccessTokens, _options.Seed, _options.OAuthTokenLifetime);
        _router = new RouterJsonEndpoint(_options, Data, _tokens);
        _oauth = new OAuthEndpoint(_options.AppKey, _options.AppSecret, _tokens);

        _server = WireMockServer.Start(new WireMockServerSettings
        {
            // Port 0: Kestrel picks a free port atomically, so parallel tests never race for one.
            Urls = ["http://127.0.0.1:0"],
            Logger = new WireMockNullLogger(),
            StartAdminInterface = false,
            MaxRequestLogCount = 0,
            PreWireMockMiddlewareInit = ConnectionFaultMiddleware.Install,
        });
        _server.Given(Request.Create().WithPath("/routerjson").UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(HandleAsync));
        _server.Given(Request.Create().WithPath("/oauth2/access_token", "/oauth2/refresh_token").UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(HandleAsync));

        BaseUri = new Uri(_server.Urls[0].TrimEnd('/') + "/");
        RouterJsonUri = new Uri(BaseUri, "routerjson");
    }

    /// <summary>Gets the gateway address to give the client, <c>http://127.0.0.1:PORT/routerjson</c>.</summary>
    public Uri RouterJsonUri { get; }

    /// <summary>Gets the server root, <c>http://127.0.0.1:PORT/</c>; the OAuth endpoints are <c>oauth2/access_token</c> and <c>oauth2/refresh_token</c> under it.</summary>
    public Uri BaseUri { get; }

    /// <summary>Gets the app key the gateway accepts.</summary>
    public string AppKey => _options.AppKey;

    /// <summary>Gets the app secret requests must be signed with.</summary>
    public string AppSecret => _options.AppSecret;

    /// <summary>Gets the configured access tokens of the shop (tokens issued through OAuth come on top).</summary>
    public IReadOnlyList<string> AccessTokens { get; }

    /// <summary>Gets the shop's default access token, the first of <see cref="AccessTokens"/>.</summary>
    public string AccessToken => AccessTokens[0];

    /// <summary>Gets the shop's vender id, to send as <c>buId</c>.</summary>
    public string VenderId => _options.VenderId;

    /// <summary>Gets the "now" the data set was generated around.</summary>
    public DateTimeOffset DataAnchor => _options.DataAnchor!.Value;

    /// <summary>Gets the gateway's clock.</summary>
    public TimeProvider TimeProvider => _options.TimeProvider;

    /// <summary>Gets the shop's data set, live: writes through the gateway show here.</summary>
    public FakeShopData Data { get; }

    /// <summary>Gets the journal of every request received.</summary>
    public FakeRequestJournal Journal { get; } = new();

    /// <summary>Gets the queue of faults to inject.</summary>
    public FakeFaultController Faults { get; } = new();

    /// <summary>Gets the JOS methods every fake gateway serves, sorted; any other method is answered with code 15.</summary>
    public static IReadOnlyList<string> SupportedMethods => RouterJsonEndpoint.Methods;

    /// <summary>Gets how many requests reached the OAuth endpoints.</summary>
    public long OAuthRequestCount => _oauth.RequestCount;

    /// <summary>Starts a gateway on a free loopback port.</summary>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The running gateway; dispose it to stop the server and free the port.</returns>
    public static FakeJdGateway Start(FakeJdGatewayOptions? options = null) => new(options ?? new FakeJdGatewayOptions());

    /// <summary>Issues a one-time authorization code, as JD's login page would after the shop owner agrees.</summary>
    /// <returns>The code, to exchange at <c>/oauth2/access_token</c>.</returns>
    public string IssueAuthorizationCode() => _tokens.IssueCode();

    /// <summary>Makes an access token invalid from now on: calls with it get code 19. Its refresh token still works once.</summary>
    /// <param name="accessToken">A configured or issued access token.</param>
    public void ExpireAccessToken(string accessToken)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        _tokens.Expire(accessToken);
    }

    /// <summary>Marks the return parcel of a service order as delivered to the merchant (a 签收 node, stamped now).</summary>
    /// <param name="serviceId">A service order with a return waybill.</param>
    /// <exception cref="InvalidOperationException">The service order does not exist or has no return waybill.</exception>
    public void SignForReturn(long serviceId) => _router.Locked(() =>
    {
        var service = Data.FindServiceOrder(serviceId) ?? throw new InvalidOperationException($"Service order {serviceId} does not exist.");
        if (service.ExpressCode is null)
        {
            throw new InvalidOperationException($"Service order {serviceId} has no return waybill.");
        }

        if (!service.IsReturnSignedFor)
        {
            service.ReturnTraceNodes.Add(FakeTraceNode.MerchantSignedFor(service.ReturnTraceNodes[^1], BeijingTime.ToBeijing(TimeProvider.GetUtcNow())));
        }

        return 0;
    });

    /// <summary>
    /// The customer confirms receiving what processing sent (the original item back, or a new one): the service order
    /// completes (10010), as JD completes it once the customer confirms.
    /// </summary>
    /// <param name="serviceId">A service order waiting for the customer after a processing shipment.</param>
    /// <exception cref="InvalidOperationException">The service order does not exist or is not waiting for the customer after a shipment.</exception>
    public void ConfirmShipmentReceived(long serviceId) => _router.Locked(() =>
    {
        var service = Data.FindServiceOrder(serviceId) ?? throw new InvalidOperationException($"Service order {serviceId} does not exist.");
        if (service.ServiceStatus != 10009 || service.Shipment is null)
        {
            throw new InvalidOperationException($"Service order {serviceId} is not waiting for the customer after a processing shipment.");
        }

        service.ServiceStatus = 10010;
        service.SysVersion++;
        service.UpdateTime = BeijingTime.ToBeijing(TimeProvider.GetUtcNow());
        return 0;
    });

    /// <summary>
    /// Gets what a client needs to call this gateway: its address, credentials, the shop, an operator and short retry
    /// delays for tests on the system clock.
    /// </summary>
    public FakeClientSettings ClientSettings => new()
    {
        Gateway = RouterJsonUri,
        AppKey = AppKey,
        AppSecret = AppSecret,
        AccessToken = AccessToken,
        VenderId = VenderId,
    };

    /// <summary>Adds one service order to the shop, as a test describes it; the rest comes from an order of the data set.</summary>
    /// <param name="seed">What the test wants of it; <see langword="null"/> for a return pending audit.</param>
    /// <returns>The service order, live: writes through the gateway show on it.</returns>
    /// <exception cref="ArgumentException">The seed names an order or reason the data set does not have, or an unknown status.</exception>
    public FakeServiceOrder AddServiceOrder(FakeServiceOrderSeed? seed = null) => _router.Locked(() =>
    {
        var service = FakeSeeding.ServiceOrder(Data, seed ?? new FakeServiceOrderSeed(), BeijingTime.ToBeijing(TimeProvider.GetUtcNow()));
        Data.ServiceOrderList.Add(service);
        return service;
    });

    /// <summary>Adds one refund application to the shop, as a test describes it; the rest comes from an order of the data set.</summary>
    /// <param name="seed">What the test wants of it; <see langword="null"/> for a pending application.</param>
    /// <returns>The application, live: replies through the gateway show on it.</returns>
    /// <exception cref="ArgumentException">The seed names an order the data set does not have, or an unknown status.</exception>
    public FakeRefundApplication AddRefundApplication(FakeRefundSeed? seed = null) => _router.Locked(() =>
    {
        var refund = FakeSeeding.Refund(Data, seed ?? new FakeRefundSeed(), BeijingTime.ToBeijing(TimeProvider.GetUtcNow()));
        Data.RefundList.Add(refund);
        return refund;
    });

    /// <summary>Describes the gateway without secrets.</summary>
    /// <returns>The address, app key and data set size.</returns>
    public override string ToString() => $"FakeJdGateway at {RouterJsonUri} (app_key {AppKey}, {Data})";

    /// <summary>Stops the server and frees the port.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Cancel();
            _server.Stop();
            _server.Dispose();
            _stopping.Dispose();
        }
    }

    /// <summary>Stops the server and frees the port.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Validate(FakeJdGatewayOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AppKey, nameof(options.AppKey));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AppSecret, nameof(options.AppSecret));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.VenderId, nameof(options.VenderId));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.OrderCount, 1, nameof(options.OrderCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.OAuthTokenLifetime, TimeSpan.FromSeconds(1), nameof(options.OAuthTokenLifetime));
        if (options.AccessTokens is null || options.AccessTokens.Count == 0 || options.AccessTokens.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("At least one access token is required, and none may be empty.", nameof(options));
        }
    }

    private static DateTimeOffset TruncateToMinute(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMinute), time.Offset);

    private async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        var parameters = FormParameters.Merge(request.Body, request.RawQuery);
        var receivedAt = TimeProvider.GetUtcNow();
        string? Get(string name) => parameters.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        if (request.Path.StartsWith("/oauth2/", StringComparison.Ordinal))
        {
            // Never journal the secret, the code or the tokens: only what identifies the call.
            var oauthRecord = new FakeRequestRecord
            {
                Sequence = Journal.NextSequence(),
                HttpMethod = request.Method,
                Path = request.Path,
                AppKey = Get("app_key"),
                GrantType = Get("grant_type"),
                ReceivedAt = receivedAt,
            };
            Journal.Add(oauthRecord);
            var oauthReply = _oauth.Handle(request.Path, parameters, receivedAt);
            oauthRecord.HttpStatus = oauthReply.StatusCode;
            oauthRecord.ErrorCode = oauthReply.ErrorCode;
            return ToResponse(oauthReply);
        }

        var method = Get("method");
        var rawJson = Get("360buy_param_json");
        var record = new FakeRequestRecord
        {
            Sequence = Journal.NextSequence(),
            HttpMethod = request.Method,
            Path = request.Path,
            Method = method,
            AppKey = Get("app_key"),
            HasAccessToken = Get("access_token") is not null,
            SignMethod = Get("sign_method"),
            Timestamp = Get("timestamp"),
            Version = Get("v"),
            RawBusinessParameters = rawJson,
            BusinessParameters = rawJson is not null && RouterJsonEndpoint.TryParseObject(rawJson, out var root) ? root : (JsonElement?)null,
            ReceivedAt = receivedAt,
        };
        Journal.Add(record);

        var fault = Faults.TakeFor(method);
        record.Fault = fault;
        GatewayReply reply;
        if (fault is null || fault.ProcessesRequest)
        {
            if (fault?.Kind == FakeFaultKind.Delay)
            {
                // Real time on purpose (the system clock, not the gateway's TimeProvider, which a test may have
                // frozen): the point is to make the client's own timeout fire. Stopping the gateway ends the hold,
                // so a long hold never delays a test's shutdown.
                try
                {
                    await Task.Delay(fault.Delay, TimeProvider.System, _stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
                {
                }
            }

            // The protocol checks use the clock at processing time, as JD would after the delay.
            reply = _router.Handle(parameters, TimeProvider.GetUtcNow());
            reply.ConnectionFault = fault?.Kind switch
            {
                FakeFaultKind.TruncatedBody => ConnectionFault.Truncate,
                FakeFaultKind.DropConnection => ConnectionFault.Abort,
                _ => ConnectionFault.None,
            };
        }
        else
        {
            reply = FaultReplies.Build(fault, method);
        }

        record.HttpStatus = reply.ConnectionFault == ConnectionFault.Abort ? 0 : reply.StatusCode;
        record.ErrorCode = reply.ErrorCode;
        record.BusinessErrorCode = reply.BusinessErrorCode;
        ConnectionFaultMiddleware.Request(reply.ConnectionFault);
        return ToResponse(reply);
    }

    private static ResponseMessage ToResponse(GatewayReply reply)
    {
        var response = new ResponseMessage
        {
            StatusCode = reply.StatusCode == 0 ? 200 : reply.StatusCode,
            BodyData = new BodyData { BodyAsBytes = reply.Body, DetectedBodyType = BodyType.Bytes },
        };
        response.AddHeader("Content-Type", reply.ContentType);
        foreach (var (name, value) in reply.Headers)
        {
            response.AddHeader(name, value);
        }

        return response;
    }
}
