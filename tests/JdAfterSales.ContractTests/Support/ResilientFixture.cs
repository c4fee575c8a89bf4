using JdAfterSales.ContractTests.Client;
using JdAfterSales.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.ContractTests.Support;

/// <summary>
/// The real client with retries on, over a recording handler, against the fake gateway, both on one fake clock.
/// Back-off waits pass by pumping fake time, only while no attempt is on the wire.
/// </summary>
internal sealed class ResilientFixture : IAsyncDisposable
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long (real time) the gateway holds an attempt that must time out: far longer than a loaded machine takes to
    /// notice the attempt and jump the clock past the timeout. Stopping the gateway ends the hold.
    /// </summary>
    public static readonly TimeSpan HeldFor = TimeSpan.FromSeconds(20);

    private readonly HttpClient _http;

    private ResilientFixture(ClientFixture fixture, ILoggerFactory? loggerFactory, Action<JdClientOptions>? change)
    {
        Fixture = fixture;
        Handler = new RecordingHandler();
        _http = new HttpClient(Handler);
        Client = fixture.Client(_http, options =>
        {
            options.Timeout = AttemptTimeout;
            options.Retry = new JdRetryOptions
            {
                MaxRetries = 3,
                BaseDelay = TimeSpan.FromMilliseconds(200),
                RateLimitedBaseDelay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromSeconds(4),
                TotalTimeout = Deadline,
            };
            change?.Invoke(options);
        }, loggerFactory);
    }

    public ClientFixture Fixture { get; }

    public FakeJdGateway Gateway => Fixture.Gateway;

    public FakeTimeProvider Clock => Fixture.Clock;

    public RecordingHandler Handler { get; }

    public JdClient Client { get; }

    public static ResilientFixture Start(int orderCount = 60, ILoggerFactory? loggerFactory = null, Action<JdClientOptions>? change = null) =>
        new(ClientFixture.Start(orderCount), loggerFactory, change);

    /// <summary>A client of the same gateway with other settings (e.g. a bad token), on the same recording handler.</summary>
    public JdClient OtherClient(Action<JdClientOptions> change, ILoggerFactory? loggerFactory = null) =>
        Fixture.Client(_http, options =>
        {
            options.Timeout = AttemptTimeout;
            options.Retry = new JdRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(4), TotalTimeout = Deadline };
            change(options);
        }, loggerFactory);

    /// <summary>Runs a call to its end, passing back-off waits in fake time; returns the fake time it took.</summary>
    public Task<TimeSpan> RunAsync(Task call) =>
        FakeTimePump.RunAsync(Clock, call, TimeSpan.FromMilliseconds(50), Deadline + TimeSpan.FromSeconds(1), () => Handler.InFlight == 0);

    /// <summary>
    /// Starts a call whose first attempt the gateway holds (a <see cref="FakeFault.Delayed"/> fault): once the gateway
    /// has journalled that attempt, the clock jumps past the attempt timeout, then back-off waits pass as usual.
    /// Returns the call (to await for its outcome) and the fake time it took.
    /// </summary>
    /// <remarks>
    /// The fixture starts the call itself so that it counts the journal before the request can reach the gateway: a
    /// count taken after the call started may already include the held attempt, and the clock would then never jump.
    /// </remarks>
    public async Task<(TCall Call, TimeSpan Elapsed)> RunPastAttemptTimeoutAsync<TCall>(Func<TCall> start)
        where TCall : Task
    {
        var journalledBefore = Gateway.Journal.Count;
        var begin = Clock.GetUtcNow();
        var call = start();
        await FakeTimePump.WaitUntilAsync(() => Gateway.Journal.Count > journalledBefore || call.IsCompleted, "the gateway received the held attempt");
        Clock.Advance(AttemptTimeout + TimeSpan.FromMilliseconds(1));
        await RunAsync(call);
        return (call, Clock.GetUtcNow() - begin);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Fixture.DisposeAsync();
    }
}
