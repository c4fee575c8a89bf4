using System.Net;
using JdAfterSales.Auth;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Auth;

/// <summary>
/// One in-process fake for both servers: JD's OAuth server (oauth.test) counts refreshes and hands out numbered
/// tokens; the routerjson gateway (gateway.test) answers code 19 for any token it was told to refuse.
/// </summary>
internal sealed class AuthFakes
{
    public static readonly Uri OAuthBase = new("https://oauth.test/");
    public static readonly DateTimeOffset Now = new(2024, 5, 20, 13, 45, 30, TimeSpan.FromHours(8));

    private int _refreshes;
    private int _gatewayCalls;

    public AuthFakes()
    {
        Handler = new StubHandler(RespondAsync);
    }

    public StubHandler Handler { get; }

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>Completed to let refresh answers go out; already complete unless a test holds them back.</summary>
    public TaskCompletionSource RefreshGate { get; set; } = CompletedGate();

    public int Refreshes => Volatile.Read(ref _refreshes);

    public int GatewayCalls => Volatile.Read(ref _gatewayCalls);

    public Func<string?, bool> GatewayRefuses { get; set; } = static _ => false;

    public List<string?> TokensSeenByGateway { get; } = [];

    public string OAuthError { get; set; } = string.Empty;

    /// <summary>When set, refresh request number N (from 1) waits for the task this returns before it is answered.</summary>
    public Func<int, Task>? HoldRefresh { get; set; }

    /// <summary>The raw JSON of <c>expires_in</c> in successful answers (a day unless set).</summary>
    public string ExpiresInJson { get; set; } = "86400";

    /// <summary>The raw JSON of <c>time</c> in successful answers; <c>null</c> for the fake clock's now.</summary>
    public string? TimeJson { get; set; }

    /// <summary>Refuse a refresh token used before, as an OAuth server with one-time refresh tokens does.</summary>
    public bool SingleUseRefreshTokens { get; set; }

    private HashSet<string> UsedRefreshTokens { get; } = [];

    public static JdTokenSet Tokens(string access, DateTimeOffset expiresAt) =>
        new() { AccessToken = access, RefreshToken = "refresh-" + access, ExpiresAt = expiresAt, Scope = "snsapi_base" };

    public JdOAuthClient OAuthClient() =>
        new(new HttpClient(Handler), new JdOAuthOptions { AppKey = TestClients.AppKey, AppSecret = TestClients.AppSecret, BaseUri = OAuthBase }, Time);

    public JdOAuthTokenProvider Provider(IJdTokenStore store, string? defaultShop = "shop-1") =>
        new(OAuthClient(), store, new JdOAuthTokenProviderOptions { DefaultShopId = defaultShop }, Time);

    /// <summary>When set, answers gateway call number N (from 1) with the vector response it names instead; <c>null</c> answers as usual.</summary>
    public Func<int, string?>? GatewayScript { get; set; }

    /// <summary>
    /// A client on the fakes. One retry unless set: the renewal after code 19 spends from the retry budget. With
    /// <paramref name="systemClock"/> the client's retry delays and deadline run on real time (1 ms delays), while the
    /// token provider stays on <see cref="Time"/>.
    /// </summary>
    public JdClient Client(IJdAccessTokenProvider provider, int maxRetries = 1, TimeSpan? totalTimeout = null, bool systemClock = false)
    {
        var options = TestClients.Options(accessToken: null);
        options.Retry = new JdRetryOptions
        {
            MaxRetries = maxRetries,
            TotalTimeout = totalTimeout ?? new JdRetryOptions().TotalTimeout,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(1),
        };
        if (totalTimeout is { } deadline && options.Timeout > deadline)
        {
            options.Timeout = deadline;
        }

        return new(new HttpClient(Handler), options, provider, systemClock ? TimeProvider.System : Time);
    }

    private bool FirstUseOf(Uri uri)
    {
        var refreshToken = uri.Query.TrimStart('?').Split('&')
            .Select(pair => pair.Split('=', 2))
            .Single(pair => pair[0] == "refresh_token")[1];
        lock (UsedRefreshTokens)
        {
            return UsedRefreshTokens.Add(Uri.UnescapeDataString(refreshToken));
        }
    }

    private static TaskCompletionSource CompletedGate()
    {
        var gate = new TaskCompletionSource();
        gate.SetResult();
        return gate;
    }

    private async Task<HttpResponseMessage> RespondAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.Host == OAuthBase.Host)
        {
            var number = Interlocked.Increment(ref _refreshes);
            await RefreshGate.Task.WaitAsync(cancellationToken);
            if (HoldRefresh is not null)
            {
                await HoldRefresh(number).WaitAsync(cancellationToken);
            }

            if (OAuthError.Length > 0)
            {
                return Routerjson.Answer(OAuthError);
            }

            if (SingleUseRefreshTokens && !FirstUseOf(request.RequestUri))
            {
                return Routerjson.Answer("""{"code":402,"msg":"refresh_token is invalid or expired","requestId":"b1c2d3e4"}""");
            }

            var issued = TimeJson ?? Time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Routerjson.Answer($$"""
                {"access_token":"token-{{number}}","expires_in":{{ExpiresInJson}},"refresh_token":"refresh-{{number}}","scope":"snsapi_base",
                 "open_id":"o","uid":"1234567890","time":{{issued}},"token_type":"bearer","code":0}
                """);
        }

        var call = Interlocked.Increment(ref _gatewayCalls);
        var sent = await Routerjson.ReadAsync(request);
        var token = Routerjson.TokenOf(sent);
        lock (TokensSeenByGateway)
        {
            TokensSeenByGateway.Add(token);
        }

        if (GatewayScript?.Invoke(call) is { } scripted)
        {
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Vectors.Response(scripted)) };
        }

        if (GatewayRefuses(token))
        {
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Vectors.Response("error.invalid-access-token.json")) };
        }

        var method = Routerjson.MethodOf(sent);
        var body = method == "jingdong.pop.order.modifyVenderRemark"
            ? Routerjson.Envelope(method, """ "modifyvenderremark_result":{"success":true,"numberCode":0}""")
            : Routerjson.Envelope(method, """ "orderDetailInfo":{"apiResult":{"success":true},"orderInfo":{"orderId":"300000000001"}}""");
        return Routerjson.Answer(body);
    }
}
