using JdAfterSales.AfterSales;
using JdAfterSales.ContractTests.Support;
using JdAfterSales.Gateway;
using JdAfterSales.Testing;

namespace JdAfterSales.ContractTests.Resilience;

/// <summary>
/// Every fault the fake gateway injects ends, within the configured deadline, in success or in the right typed
/// exception, after the number of attempts the retry rules allow (counted in the gateway's journal).
/// </summary>
public sealed class FaultContractTests : IAsyncLifetime
{
    private const string Method = "jingdong.asc.query.view";
    private ResilientFixture _fixture = null!;
    private FakeServiceOrder _service = null!;

    private FakeJdGateway Gateway => _fixture.Gateway;

    public Task InitializeAsync()
    {
        _fixture = ResilientFixture.Start();
        _service = Gateway.Data.ServiceOrders.First(s => s.ServiceStatus == 10005);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task Code_66_twice_then_success()
    {
        Gateway.Faults.Enqueue(FakeFault.GatewayError(66), count: 2, method: Method);

        var elapsed = await RunReadAsync(out var call);

        AssertBill(await call);
        Assert.Equal(3, Attempts());
        Assert.InRange(elapsed, TimeSpan.Zero, ResilientFixture.Deadline);
    }

    [Fact]
    public async Task Code_2_backs_off_longer_then_succeeds()
    {
        Gateway.Faults.Enqueue(FakeFault.GatewayError(2), method: Method);

        var elapsed = await RunReadAsync(out var call);

        AssertBill(await call);
        Assert.Equal(2, Attempts());

        // The first back-off after code 2 is at least half of RateLimitedBaseDelay (1 s), against 100 ms for others.
        Assert.InRange(elapsed, TimeSpan.FromMilliseconds(500), ResilientFixture.Deadline);
    }

    [Fact]
    public async Task Code_2_that_persists_is_a_rate_limit_error_after_every_retry()
    {
        Gateway.Faults.Enqueue(FakeFault.GatewayError(2), count: 10, method: Method);

        var elapsed = await RunReadAsync(out var call);

        var error = await Assert.ThrowsAsync<JdRateLimitException>(() => call);
        Assert.Equal("2", error.Code);
        Assert.Equal(Method, error.Method);
        Assert.Equal(4, Attempts());
        Assert.InRange(elapsed, TimeSpan.Zero, ResilientFixture.Deadline);
    }

    [Fact]
    public async Task Http_503_then_success()
    {
        Gateway.Faults.Enqueue(FakeFault.HttpStatus(503, retryAfter: TimeSpan.FromSeconds(1)), method: Method);

        var elapsed = await RunReadAsync(out var call);

        AssertBill(await call);
        Assert.Equal(2, Attempts());

        // Retry-After: 1 s is honoured (it is longer than the 100–200 ms back-off).
        Assert.InRange(elapsed, TimeSpan.FromSeconds(1), ResilientFixture.Deadline);
    }

    [Fact]
    public async Task Http_503_that_persists_is_a_transport_error_after_every_retry()
    {
        Gateway.Faults.Enqueue(FakeFault.HttpStatus(503), count: 10, method: Method);

        var elapsed = await RunReadAsync(out var call);

        var error = await Assert.ThrowsAsync<JdTransportException>(() => call);
        Assert.Equal(503, error.HttpStatusCode);
        Assert.Equal(4, Attempts());
        Assert.InRange(elapsed, TimeSpan.Zero, ResilientFixture.Deadline);
    }

    [Fact]
    public async Task Dropped_connection_then_success()
    {
        Gateway.Faults.Enqueue(FakeFault.DropConnection(), method: Method);

        var elapsed = await RunReadAsync(out var call);

        AssertBill(await call);
        Assert.Equal(2, Attempts());
        Assert.Equal(0, Gateway.Journal.Records[0].HttpStatus);
        Assert.InRange(elapsed, TimeSpan.Zero, ResilientFixture.Deadline);
    }

    [Fact]
    public async Task Delay_past_the_attempt_timeout_then_success()
    {
        // The gateway holds the first attempt in real time; fake time jumps past the client's attempt timeout meanwhile.
        Gateway.Faults.Enqueue(FakeFault.Delayed(ResilientFixture.HeldFor), method: Method);
        var (call, elapsed) = await _fixture.RunPastAttemptTimeoutAsync(Read);

        AssertBill(await call);
        Assert.Equal(2, Attempts());
        Assert.InRange(elapsed, ResilientFixture.AttemptTimeout, ResilientFixture.Deadline);
    }

    [Fact]
    public async Task Delay_past_the_attempt_timeout_every_time_is_a_timeout_error()
    {
        Gateway.Faults.Enqueue(FakeFault.Delayed(ResilientFixture.HeldFor), count: 4, method: Method);
        var call = Read();

        for (var attempt = 0; attempt < 4; attempt++)
        {
            await FakeTimePump.WaitUntilAsync(() => Attempts() > attempt, $"attempt {attempt + 1} reached the gateway");
            _fixture.Clock.Advance(ResilientFixture.AttemptTimeout + TimeSpan.FromMilliseconds(1));
            await FakeTimePump.RunAsync(_fixture.Clock, Task.WhenAny(call, WaitForAttemptAsync(attempt + 2, call)), TimeSpan.FromMilliseconds(50), ResilientFixture.Deadline, () => _fixture.Handler.InFlight == 0);
        }

        var error = await Assert.ThrowsAsync<JdTimeoutException>(() => call);
        Assert.Equal(ResilientFixture.AttemptTimeout, error.Timeout);
        Assert.Equal(4, Attempts());
    }

    [Fact]
    public async Task Truncated_body_then_success()
    {
        Gateway.Faults.Enqueue(FakeFault.TruncatedBody(), method: Method);

        var elapsed = await RunReadAsync(out var call);

        AssertBill(await call);
        Assert.Equal(2, Attempts());
        Assert.InRange(elapsed, TimeSpan.Zero, ResilientFixture.Deadline);
    }

    [Fact]
    public async Task Html_error_page_then_success()
    {
        Gateway.Faults.Enqueue(FakeFault.HtmlErrorPage(502), method: Method);

        var elapsed = await RunReadAsync(out var call);

        AssertBill(await call);
        Assert.Equal(2, Attempts());
        Assert.InRange(elapsed, TimeSpan.Zero, ResilientFixture.Deadline);
    }

    [Fact]
    public async Task Html_page_with_status_200_is_a_contract_error_not_retried()
    {
        Gateway.Faults.Enqueue(FakeFault.HtmlErrorPage(200), method: Method);

        await RunReadAsync(out var call);

        var error = await Assert.ThrowsAsync<JdContractException>(() => call);
        Assert.Contains("html", error.BodyExcerpt, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, Attempts());
    }

    [Fact]
    public async Task A_50_MB_body_is_a_contract_error_not_retried()
    {
        Gateway.Faults.Enqueue(FakeFault.OversizedBody(50 * 1024 * 1024), method: Method);

        var elapsed = await RunReadAsync(out var call);

        var error = await Assert.ThrowsAsync<JdContractException>(() => call);
        Assert.Equal(Method, error.Method);
        Assert.Contains("MaxResponseBytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Attempts());
        Assert.InRange(elapsed, TimeSpan.Zero, ResilientFixture.Deadline);
    }

    [Fact]
    public async Task Malformed_json_is_a_contract_error_not_retried()
    {
        Gateway.Faults.Enqueue(FakeFault.MalformedJson(), method: Method);

        await RunReadAsync(out var call);

        var error = await Assert.ThrowsAsync<JdContractException>(() => call);
        Assert.NotNull(error.BodyExcerpt);
        Assert.Equal(1, Attempts());
    }

    private Task<ServiceBill> Read() =>
        _fixture.Client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = _service.ServiceId, OrderId = _service.OrderId });

    private Task<TimeSpan> RunReadAsync(out Task<ServiceBill> call)
    {
        call = Read();
        return _fixture.RunAsync(call);
    }

    private async Task WaitForAttemptAsync(int attempt, Task call) =>
        await FakeTimePump.WaitUntilAsync(() => Attempts() >= attempt || call.IsCompleted, $"attempt {attempt} reached the gateway");

    private int Attempts() => Gateway.Journal.ForMethod(Method).Count;

    private void AssertBill(ServiceBill bill)
    {
        Assert.Equal(_service.ServiceId, bill.ServiceId);
        Assert.Equal(_service.SysVersion, bill.SysVersion);
        Assert.Equal(_service.ServiceStatus, bill.Status.Value);
        Assert.Equal(_service.QuestionDesc, bill.QuestionDescription);
    }
}
