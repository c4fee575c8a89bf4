using System.Globalization;
using JdAfterSales.Auth;
using JdAfterSales.Automation;
using JdAfterSales.Redis;
using JdAfterSales.Testing;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace JdAfterSales.Worker.Tests;

/// <summary>
/// Worker sample processes against one fake shop, on a real redis-server: three at once, one of them killed mid-item
/// and a fourth started in its place. What reached the fake gateway (its journal) must show every item written once,
/// one token refresh per expiry, the shared rate limit held, nothing lost to the kill, and the restart resuming from
/// the checkpoint.
/// </summary>
public sealed class ManyWorkersTests(ITestOutputHelper output)
{
    /// <summary>Calls per second for the app, shared by every worker: low enough that it, not the workers, sets the pace.</summary>
    private const double AppLimit = 20;

    /// <summary>The measured rate may differ from the limit by this share (workers starting, the last item's tail).</summary>
    private const double RateTolerance = 0.10;

    private const string Register = "jingdong.asc.receive.register";
    private const string Reply = "jingdong.pop.afs.soa.refundapply.replyRefund";
    private const string SyncList = "jingdong.asc.sync.list";
    private const string ViewService = "jingdong.asc.query.view";

    private static readonly string[] AuditWrites =
        ["jingdong.asc.audit.refuse", "jingdong.asc.audit.send", "jingdong.asc.audit.homepick", "jingdong.asc.audit.waitFeedback"];

    private static readonly TimeSpan TokenLifetime = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [RedisFact]
    public async Task Three_workers_write_each_item_once_refresh_once_per_expiry_hold_the_shared_limit_and_a_killed_one_loses_nothing()
    {
        var prefix = $"jdaftersales-worker-test:{Guid.NewGuid():N}:";
        using var redis = await ConnectionMultiplexer.ConnectAsync(RedisEndpoint());
        await using var gateway = FakeJdGateway.Start(new FakeJdGatewayOptions { OrderCount = 300, OAuthTokenLifetime = TokenLifetime });
        using var http = new HttpClient();
        var workers = new List<WorkerProcess>();
        try
        {
            // Every return in transit is signed for, two of them only once the workers run: a sign-for does not change
            // the service order, so only the return sweep can find those two.
            var returns = gateway.Data.ServiceOrders.Where(s => s.ServiceStatus == 10005 && s.ExpressCode is not null).Select(s => s.ServiceId).ToList();
            var signedLater = gateway.Data.ServiceOrders.Where(s => returns.Contains(s.ServiceId) && !s.IsReturnSignedFor).Select(s => s.ServiceId).Take(2).ToList();
            returns.Except(signedLater).ToList().ForEach(gateway.SignForReturn);

            // Which pending audits the rules act on, decided here before the workers start (a dry run writes nothing).
            var rules = await AuditRuleSet.LoadAsync(Path.Combine(Path.GetDirectoryName(WorkerProcess.Assembly)!, "rules.json"));
            var dryRun = await new AuditAutomation(FixedTokenClient(gateway, http)).DryRunAsync(rules);
            var toWrite = dryRun.Where(d => d.Action != AuditActionKind.Leave).Select(d => d.Candidate.ServiceId).ToHashSet();

            // The shop authorizes the app once; the workers find its tokens in Redis and refresh them there.
            var tokens = new JdOAuthTokenProvider(
                new JdOAuthClient(http, new JdOAuthOptions { AppKey = gateway.AppKey, AppSecret = gateway.AppSecret, BaseUri = gateway.BaseUri }),
                new JdRedisTokenStore(redis, new JdRedisOptions { KeyPrefix = prefix }));
            await tokens.AuthorizeAsync(gateway.VenderId, gateway.IssueAuthorizationCode());
            gateway.Journal.Clear();
            var started = gateway.TimeProvider.GetUtcNow();

            workers.AddRange(Enumerable.Range(1, 3).Select(i => StartWorker(gateway, prefix, $"worker-{i}")));

            // Kill worker-1 mid-item, early in the run: it has written, and its last request reads a service order it
            // leased that still needs more calls (pending audit, return awaiting receipt or a received return's refund).
            var killed = workers[0];
            await UntilAsync(() => IsMidItem(gateway, "worker-1"), "worker-1 reading a leased service order", workers);
            killed.Kill();
            var killedAt = gateway.TimeProvider.GetUtcNow();
            var killedItem = ServiceIdOf(gateway.Journal.Records.Last(r => Pin(r) == "worker-1"));

            // A fourth worker takes its place and starts from the shared checkpoint.
            var checkpointAtRestart = await ReadCheckpointAsync(redis, prefix, gateway.VenderId);
            workers.Add(StartWorker(gateway, prefix, "worker-4"));

            // Pending audits are the latest changes, so the window reaches them last: sign the last two returns then.
            await UntilAsync(() => AuditWritesSent(gateway) >= 1, "an audit write", workers.Skip(1).ToList());
            signedLater.ForEach(gateway.SignForReturn);

            foreach (var worker in workers.Skip(1))
            {
                Assert.True(await worker.WaitForExitAsync(Patience), $"{worker.Name} did not go idle within {Patience.TotalSeconds} s.{Tails(workers)}");
                Assert.True(worker.ExitCode == 0, $"{worker.Name} exited with {worker.ExitCode}.{Tails(workers)}");
            }

            var finished = gateway.TimeProvider.GetUtcNow();
            var records = gateway.Journal.Records;

            // 1. Every pending audit the rules act on is written exactly once; none is refused as stale.
            var auditWrites = records.Where(r => AuditWrites.Contains(r.Method) && r.ErrorCode != "19").ToList();
            Assert.All(toWrite, id => Assert.Single(auditWrites, r => ServiceIdOf(r) == id));
            Assert.All(auditWrites, r => Assert.True(r.Succeeded, $"{r}"));
            Assert.Equal(toWrite.Count, auditWrites.Count);

            // 2. Every signed-for return gets one receipt, and no refund is answered twice.
            var receipts = records.Where(r => r.Method == Register && r.ErrorCode != "19").ToList();
            Assert.All(returns, id => Assert.Single(receipts, r => ServiceIdOf(r) == id));
            Assert.All(receipts, r => Assert.True(r.Succeeded, $"{r}"));
            Assert.All(returns, id => Assert.Equal(10007, gateway.Data.FindServiceOrder(id)!.ServiceStatus));
            var replies = records.Where(r => r.Method == Reply && r.ErrorCode != "19").ToList();
            Assert.NotEmpty(replies);
            Assert.Equal(replies.Count, replies.Select(r => r.GetBusinessParameter("id")).Distinct().Count());
            Assert.All(replies, r => Assert.True(r.Succeeded, $"{r}"));

            // 3. One refresh per token expiry across all workers: none refused (a second use of a refresh token would
            // be), and none before the token it replaced was due (a second refresh of one token would be).
            var refreshes = records.Where(r => r.Path == "/oauth2/refresh_token").ToList();
            Assert.True(refreshes.Count >= 2, $"only {refreshes.Count} refreshes: the tokens must expire during the run");
            Assert.All(refreshes, r => Assert.True(r.HttpStatus == 200 && r.ErrorCode is null, $"{r}"));
            // (JD states the issue time in whole milliseconds: a token can fall due up to one millisecond early.)
            var gaps = refreshes.Zip(refreshes.Skip(1), (a, b) => b.ReceivedAt - a.ReceivedAt).ToList();
            Assert.All(gaps, gap => Assert.True(gap >= TokenLifetime - RefreshMargin - TimeSpan.FromMilliseconds(1), $"a refresh {gap.TotalSeconds:0.000} s after the previous one, before its token was due"));

            // 4. The rate all workers sent together over the busy period, from the first call of the last of the three to
            // start (before it, fewer workers were asking) to the last write: the shared limit, not the workers, sets it.
            var calls = records.Where(r => r.Path == "/routerjson").OrderBy(r => r.ReceivedAt).ToList();
            var allRunning = Enumerable.Range(1, 3).Max(i => calls.First(r => Pin(r) == $"worker-{i}").ReceivedAt);
            var lastWrite = records.Where(r => AuditWrites.Contains(r.Method) || r.Method is Register or Reply).Max(r => r.ReceivedAt);
            var busy = calls.Where(r => r.ReceivedAt >= allRunning && r.ReceivedAt <= lastWrite).ToList();
            var busySeconds = (lastWrite - allRunning).TotalSeconds;
            var rate = (busy.Count - 1) / busySeconds;
            Assert.True(Math.Abs(rate - AppLimit) <= AppLimit * RateTolerance, $"{busy.Count} calls in {busySeconds:0.00} s: {rate:0.00}/s against a shared limit of {AppLimit}/s (±{RateTolerance:P0})");

            // 5. The kill lost nothing: another worker took up the item worker-1 was on once its lease ran out.
            var takenUp = records.Where(r => r.ReceivedAt > killedAt && Pin(r) != "worker-1" && ServiceIdOf(r) == killedItem).ToList();
            Assert.NotEmpty(takenUp);
            Assert.DoesNotContain(records, r => r.ReceivedAt > killedAt && Pin(r) == "worker-1");

            // 6. The restarted worker's first window starts at the checkpoint, not where the first workers began.
            var syncs = records.Where(r => r.Method == SyncList).ToList();
            var firstBegin = WindowBegin(syncs[0]);
            var restartBegin = WindowBegin(syncs.First(r => Pin(r) == "worker-4"));
            Assert.NotNull(checkpointAtRestart);
            Assert.True(restartBegin >= Whole(checkpointAtRestart.Value - Overlap), $"worker-4 began at {restartBegin:O}, before the checkpoint {checkpointAtRestart:O} less the overlap");
            Assert.True(restartBegin > firstBegin, $"worker-4 began at {restartBegin:O}, where the first workers did");

            output.WriteLine($"""
                {toWrite.Count} audit writes for {dryRun.Count} pending audits, each once; {returns.Count} signed-for returns ({signedLater.Count} signed during the run), {receipts.Count} receipts, {replies.Count} refund replies, each once.
                {refreshes.Count} token refreshes in {(finished - started).TotalSeconds:0.0} s with {TokenLifetime.TotalSeconds:0} s tokens refreshed {RefreshMargin.TotalSeconds:0} s early (one per {TokenLifetime.TotalSeconds - RefreshMargin.TotalSeconds:0} s at most); shortest gap {gaps.Min().TotalSeconds:0.00} s; {records.Count(r => r.ErrorCode == "19")} calls refused with code 19 and re-sent.
                Rate: {busy.Count} calls in {busySeconds:0.00} s = {rate:0.00}/s, shared limit {AppLimit}/s.
                Kill: worker-1 killed reading service order {killedItem}; {takenUp.Count} requests for it by {string.Join(", ", takenUp.Select(Pin).Distinct())} from {(takenUp[0].ReceivedAt - killedAt).TotalSeconds:0.00} s later.
                Restart: worker-4's first window began {restartBegin:yyyy-MM-dd HH:mm:ss} (checkpoint {checkpointAtRestart.Value.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss} less {Overlap.TotalSeconds:0} s); the first workers' began {firstBegin:yyyy-MM-dd HH:mm:ss}.
                Calls per second over the busy period: {string.Join(" ", busy.GroupBy(r => (int)(r.ReceivedAt - allRunning).TotalSeconds).OrderBy(g => g.Key).Select(g => g.Count()))}.
                Calls per worker: {string.Join(", ", calls.GroupBy(Pin).OrderBy(g => g.Key).Select(g => $"{g.Key ?? "(no operator: refunds, traces, orders)"} {g.Count()}"))}; all {calls.Count} calls in {(calls[^1].ReceivedAt - calls[0].ReceivedAt).TotalSeconds:0.0} s.
                """);
        }
        finally
        {
            // JD_WORKER_TEST_DUMP=folder keeps each worker's log there, to look into a run.
            if (Environment.GetEnvironmentVariable("JD_WORKER_TEST_DUMP") is { } dump)
            {
                workers.ForEach(w => File.WriteAllText(Path.Combine(dump, w.Name + ".log"), w.Output()));
            }

            workers.ForEach(w => w.Dispose());
            await CleanAsync(redis, prefix);
        }
    }

    private static WorkerProcess StartWorker(FakeJdGateway gateway, string prefix, string name)
    {
        string[] arguments =
        [
            "--apply",
            $"--Worker:Redis={RedisEndpoint()}",
            $"--Worker:KeyPrefix={prefix}",
            $"--Worker:Name={name}",
            "--Worker:RunUntilIdle=true",
            "--Worker:PollInterval=00:00:01",
            $"--Worker:WindowOverlap={Overlap}",
            "--Worker:InitialLookback=120.00:00:00",
            "--Worker:MaxWindow=200.00:00:00",
            $"--Worker:LeaseDuration={LeaseDuration}",
            "--Worker:ReturnSweepInterval=00:05:00",
            "--Worker:DeadlineWatchInterval=00:05:00",
            $"--Worker:TokenRefreshMargin={RefreshMargin}",
            "--Worker:TokenRefreshLeaseDuration=00:00:03",
            "--Worker:ShutdownGrace=00:00:02",
            "--JdAfterSales:RateLimit:Enabled=true",
            $"--JdAfterSales:RateLimit:AppPermitsPerSecond={AppLimit.ToString(CultureInfo.InvariantCulture)}",
            "--JdAfterSales:RateLimit:AppBurst=1",
            $"--JdAfterSales:RateLimit:ShopPermitsPerSecond={AppLimit.ToString(CultureInfo.InvariantCulture)}",
            "--JdAfterSales:RateLimit:ShopBurst=1",
        ];
        var environment = new Dictionary<string, string>
        {
            ["JD_APP_KEY"] = gateway.AppKey,
            ["JD_APP_SECRET"] = gateway.AppSecret,
            ["JD_VENDER_ID"] = gateway.VenderId,
            ["JD_GATEWAY_URL"] = gateway.RouterJsonUri.ToString(),
            ["JD_OAUTH_URL"] = gateway.BaseUri.ToString(),

            // Each worker signs its requests with its own operator, so the journal tells them apart.
            ["JD_OPERATOR_PIN"] = name,
            ["JD_LOGISTICS_CUSTOMER_CODE"] = "010K0000001",
            ["JD_RETURN_CONTACT"] = "售后仓",
            ["JD_RETURN_TEL"] = "010-12345678",
            ["JD_RETURN_ZIPCODE"] = "100176",
            ["JD_RETURN_AREA"] = "1,72,2819",
            ["JD_RETURN_ADDRESS"] = "北京市大兴区亦庄经济开发区售后仓 1 号门",
        };
        return WorkerProcess.Start(name, arguments, environment);
    }

    private static JdClient FixedTokenClient(FakeJdGateway gateway, HttpClient http) => new(http, new JdClientOptions
    {
        Gateway = gateway.RouterJsonUri, AppKey = gateway.AppKey, AppSecret = gateway.AppSecret, AccessToken = gateway.AccessToken,
        VenderId = gateway.VenderId, OperatorPin = "test-dry-run", OperatorNick = "测试",
    });

    private static int AuditWritesSent(FakeJdGateway gateway) => AuditWrites.Sum(m => gateway.Journal.ForMethod(m).Count);

    /// <summary>
    /// The worker has written before, and its latest request reads a service order (in apply mode it reads one only under
    /// its lease) whose status means more calls must follow: it is in the middle of that item.
    /// </summary>
    private static bool IsMidItem(FakeJdGateway gateway, string pin)
    {
        var mine = gateway.Journal.Records.Where(r => Pin(r) == pin).ToList();
        if (mine.Count == 0 || mine[^1].Method != ViewService || !mine.Any(r => AuditWrites.Contains(r.Method) || r.Method == Register))
        {
            return false;
        }

        var service = gateway.Data.FindServiceOrder(ServiceIdOf(mine[^1])!.Value)!;
        return service.ServiceStatus is 10001 or 10005 || (service.ServiceStatus == 10007 && service.CustomerExpect == 10);
    }

    private static string? Pin(FakeRequestRecord record) => record.GetBusinessParameter("operatePin");

    private static long? ServiceIdOf(FakeRequestRecord record) =>
        record.GetBusinessParameter("serviceId") is { } id ? long.Parse(id, CultureInfo.InvariantCulture) : null;

    private static DateTimeOffset WindowBegin(FakeRequestRecord sync) =>
        DateTimeOffset.ParseExact(sync.GetBusinessParameter("updateTimeBegin")! + " +08:00", "yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset Whole(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);

    private static async Task<DateTimeOffset?> ReadCheckpointAsync(ConnectionMultiplexer redis, string prefix, string shopId)
    {
        var value = await redis.GetDatabase().StringGetAsync($"{prefix}worker:{{{shopId}}}:checkpoint");
        return value.IsNullOrEmpty ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)value);
    }

    /// <summary>Waits for a condition of the shop (a wait, not a timed assertion), failing with the workers' output.</summary>
    private static async Task UntilAsync(Func<bool> condition, string what, IReadOnlyList<WorkerProcess> workers)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            if (timeout.IsCancellationRequested || workers.Any(w => w.HasExited))
            {
                Assert.Fail($"Waited in vain for {what}.{Tails(workers)}");
            }

            await Task.Delay(2);
        }
    }

    private static string Tails(IEnumerable<WorkerProcess> workers) =>
        string.Concat(workers.Select(w => $"{Environment.NewLine}--- {w.Name} ---{Environment.NewLine}{string.Join(Environment.NewLine, w.Output().Split(Environment.NewLine).TakeLast(40))}"));

    private static string RedisEndpoint()
    {
        var endpoint = Environment.GetEnvironmentVariable(RedisFactAttribute.Variable);
        Assert.False(string.IsNullOrWhiteSpace(endpoint), $"CI=true but {RedisFactAttribute.Variable} is not set: .ci/run must start redis-server and export it.");
        return endpoint!;
    }

    private static async Task CleanAsync(ConnectionMultiplexer redis, string prefix)
    {
        var db = redis.GetDatabase();
        await foreach (var key in redis.GetServers()[0].KeysAsync(pattern: prefix + "*"))
        {
            await db.KeyDeleteAsync(key);
        }
    }
}
