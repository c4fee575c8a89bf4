using JdAfterSales.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.ContractTests.Client;

/// <summary>The real client, over real loopback HTTP, against the fake gateway, both on one fake clock.</summary>
internal sealed class ClientFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Anchor = new(2024, 5, 20, 13, 45, 0, TimeSpan.FromHours(8));

    private ClientFixture(FakeJdGateway gateway, FakeTimeProvider clock, HttpClient http)
    {
        Gateway = gateway;
        Clock = clock;
        Http = http;
    }

    public FakeJdGateway Gateway { get; }

    public FakeTimeProvider Clock { get; }

    public HttpClient Http { get; }

    public static ClientFixture Start(int orderCount = 300)
    {
        var clock = new FakeTimeProvider(Anchor);
        return Start(clock, orderCount);
    }

    public static ClientFixture Start(FakeTimeProvider clock, int orderCount)
    {
        var gateway = FakeJdGateway.Start(new FakeJdGatewayOptions { TimeProvider = clock, OrderCount = orderCount });
        return new ClientFixture(gateway, clock, new HttpClient());
    }

    public JdClientOptions Options(Action<JdClientOptions>? change = null)
    {
        var options = new JdClientOptions
        {
            Gateway = Gateway.RouterJsonUri,
            AppKey = Gateway.AppKey,
            AppSecret = Gateway.AppSecret,
            AccessToken = Gateway.AccessToken,
            VenderId = Gateway.VenderId,
            OperatorPin = "cs_agent_01",
            OperatorNick = "售后客服小王",
            Retry = new JdRetryOptions { MaxRetries = 0 },
        };
        change?.Invoke(options);
        return options;
    }

    public JdClient Client(Action<JdClientOptions>? change = null, TimeProvider? clientClock = null) =>
        new(Http, Options(change), timeProvider: clientClock ?? Clock);

    /// <summary>A client on an HTTP client of the test's own (e.g. over a recording handler), optionally logging.</summary>
    public JdClient Client(HttpClient http, Action<JdClientOptions>? change = null, ILoggerFactory? loggerFactory = null) =>
        new(http, Options(change), timeProvider: Clock, loggerFactory: loggerFactory);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Gateway.DisposeAsync();
    }
}
