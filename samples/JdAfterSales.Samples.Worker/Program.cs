using System.Globalization;
using JdAfterSales;
using JdAfterSales.AfterSales;
using JdAfterSales.Auth;
using JdAfterSales.Automation;
using JdAfterSales.Samples.Worker;
using JdAfterSales.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

// The after-sales desk, always on. With no JD_* variables it starts a seeded fake shop on loopback and works it
// (writing to it); with JD_APP_KEY, JD_APP_SECRET and JD_VENDER_ID it works that shop, read-only unless --apply.
// Every instance shares a Redis (Worker:Redis, localhost:6379 unless set): the sync.list checkpoint, work-item
// leases, OAuth tokens and the rate limit. Settings: --Worker:Name=value or Worker__Name=value (WorkerOptions).
var apply = args.Contains("--apply");
var builder = Host.CreateApplicationBuilder(args.Where(a => a != "--apply").ToArray());
builder.Logging.AddSimpleConsole(o =>
{
    o.SingleLine = true;
    o.TimestampFormat = "HH:mm:ss.fff ";
});

// Each HTTP request's start and end would drown the worker's own events.
builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
var env = (string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

var options = builder.Configuration.GetSection(WorkerOptions.SectionName).Get<WorkerOptions>() ?? new WorkerOptions();
options.Apply |= apply;
options.Name ??= $"{Environment.MachineName}-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}";
FakeJdGateway? demo = null;
var isDemo = env("JD_APP_KEY") is null;
if (isDemo)
{
    // A fresh fake shop each run, so its keys are the run's own and are removed at the end.
    demo = DemoShop.Start(TimeProvider.System.GetUtcNow());
    options.Apply = true;
    options.KeyPrefix = $"jdaftersales-demo:{Guid.NewGuid():N}:";
    options.InitialLookback = TimeSpan.FromDays(120);
    options.MaxWindow = TimeSpan.FromDays(120);
    if (builder.Configuration["Worker:PollInterval"] is null)
    {
        options.PollInterval = TimeSpan.FromSeconds(5);
    }
}

try
{
    options.Validate();
    var appKey = demo?.AppKey ?? env("JD_APP_KEY")!;
    var appSecret = demo?.AppSecret ?? env("JD_APP_SECRET") ?? throw new JdValidationException("JD_APP_SECRET", "is required with JD_APP_KEY.");
    var venderId = demo?.VenderId ?? env("JD_VENDER_ID") ?? throw new JdValidationException("JD_VENDER_ID", "is required with JD_APP_KEY.");
    var gateway = demo?.RouterJsonUri ?? (env("JD_GATEWAY_URL") is { } url ? new Uri(url) : JdGateways.Production);
    var fixedToken = demo is null ? env("JD_ACCESS_TOKEN") : null;
    var oauthServer = demo?.BaseUri ?? (env("JD_OAUTH_URL") is { } oauthUrl ? new Uri(oauthUrl) : JdOAuthOptions.ProductionBaseUri);
    var shopId = options.ShopId ?? venderId;
    var rules = await AuditRuleSet.LoadAsync(Path.Combine(AppContext.BaseDirectory, options.RulesPath));

    using var redis = await RedisConnection.ConnectOrExplainAsync(options.Redis);
    if (redis is null)
    {
        return 3;
    }

    builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownGrace + TimeSpan.FromSeconds(10));
    builder.Services.AddJdAfterSales(builder.Configuration).AddJdAfterSalesRedis(redis, o => o.KeyPrefix = options.KeyPrefix);
    builder.Services.Configure<JdClientOptions>(o =>
    {
        o.AppKey = appKey;
        o.AppSecret = appSecret;
        o.VenderId = venderId;
        o.Gateway = gateway;
        o.AccessToken = fixedToken;
        o.OperatorPin = env("JD_OPERATOR_PIN") ?? "worker-automation";
        o.OperatorNick = env("JD_OPERATOR_NICK") ?? "售后助手";
    });
    if (fixedToken is null)
    {
        // OAuth-managed tokens in the Redis store: one instance refreshes per expiry, the others read its tokens.
        builder.Services.AddHttpClient("JdOAuth");
        builder.Services.AddSingleton(sp => new JdOAuthTokenProvider(
            new JdOAuthClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient("JdOAuth"), new JdOAuthOptions { AppKey = appKey, AppSecret = appSecret, BaseUri = oauthServer }, sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<IJdTokenStore>(),
            new JdOAuthTokenProviderOptions { DefaultShopId = shopId, RefreshMargin = options.TokenRefreshMargin, RefreshLeaseDuration = options.TokenRefreshLeaseDuration },
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        builder.Services.AddSingleton<IJdAccessTokenProvider>(sp => sp.GetRequiredService<JdOAuthTokenProvider>());
    }

    var automation = new AutomationOptions
    {
        LogisticsCustomerCode = demo is null
            ? env("JD_LOGISTICS_CUSTOMER_CODE") ?? throw new JdValidationException("JD_LOGISTICS_CUSTOMER_CODE", "is required: the shop's JD Logistics merchant code, to read return waybill traces.")
            : DemoShop.LogisticsCustomerCode,
        ReturnAddress = demo is null ? ReturnAddress(env) : DemoShop.ReturnAddress,
        WorkItemLeaseDuration = options.LeaseDuration,
    };
    builder.Services.AddSingleton(options);
    builder.Services.AddSingleton(rules);
    builder.Services.AddMetrics();
    builder.Services.AddSingleton<WorkerMetrics>();
    builder.Services.AddSingleton(new RedisSyncState(redis, options.KeyPrefix, shopId, options.HandledMarkerLifetime, readOnly: !options.Apply));
    builder.Services.AddSingleton(sp => new AuditAutomation(
        sp.GetRequiredService<JdClient>(), automation,
        options.AuditTrail is { } trail ? new JsonLinesAuditRecorder(trail) : new DiscardingAuditRecorder(),
        sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IJdWorkItemLeases>()));
    builder.Services.AddSingleton(sp => new ReturnCompletion(sp.GetRequiredService<JdClient>(), automation, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IJdWorkItemLeases>()));
    builder.Services.AddSingleton(sp => new DeadlineWatch(sp.GetRequiredService<JdClient>(), automation, sp.GetRequiredService<TimeProvider>()));
    builder.Services.AddSingleton(sp => new ServiceOrderHandler(
        sp.GetRequiredService<AuditAutomation>(), sp.GetRequiredService<ReturnCompletion>(), rules, sp.GetRequiredService<WorkerMetrics>(),
        sp.GetRequiredService<ILoggerFactory>().CreateLogger<ServiceOrderHandler>(), options.Apply));
    builder.Services.AddSingleton(sp => new ChangeFollower(
        sp.GetRequiredService<JdClient>(), sp.GetRequiredService<RedisSyncState>(), sp.GetRequiredService<ServiceOrderHandler>(), options,
        sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<WorkerMetrics>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<ChangeFollower>()));
    builder.Services.AddSingleton(sp => new PeriodicJobs(
        sp.GetRequiredService<DeadlineWatch>(), sp.GetRequiredService<ReturnCompletion>(), sp.GetRequiredService<RedisSyncState>(),
        sp.GetRequiredService<IJdWorkItemLeases>(), shopId, options,
        sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<WorkerMetrics>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<PeriodicJobs>()));
    builder.Services.AddHostedService<AfterSalesWorker>();

    using var host = builder.Build();
    var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("JdAfterSales.Samples.Worker");
    if (host.Services.GetService<JdOAuthTokenProvider>() is { } tokens && await tokens.Store.GetAsync(shopId, CancellationToken.None) is null)
    {
        // First start for this shop: exchange the authorization code once; later starts, and the other instances, read the store.
        var code = demo?.IssueAuthorizationCode() ?? env("JD_AUTHORIZATION_CODE");
        if (code is null)
        {
            Console.Error.WriteLine($"Shop {shopId} has no OAuth tokens in Redis (prefix {options.KeyPrefix}). Set JD_AUTHORIZATION_CODE to the code of JD's authorization callback for one start, or JD_ACCESS_TOKEN for a fixed token.");
            return 4;
        }

        await tokens.AuthorizeAsync(shopId, code);
    }

    var target = demo is null ? $"{gateway.GetLeftPart(UriPartial.Path)} (shop {venderId})" : $"the fake JD gateway at {demo.RouterJsonUri} (seed {DemoShop.Seed}, {demo.Data})";
    var mode = (options.Apply ? "apply" : "read-only (nothing is written; --apply to write)") + (options.RunUntilIdle ? ", until idle" : ", continuous") + (fixedToken is null ? ", OAuth tokens in Redis" : ", fixed access token");
    WorkerLog.Started(logger, options.Name, target, shopId, options.KeyPrefix, mode);
    var syncState = host.Services.GetRequiredService<RedisSyncState>();
    await host.RunAsync();
    if (demo is not null)
    {
        // The demo's keys are this run's alone (its fake shop is gone with it).
        await syncState.DeleteAllAsync(options.KeyPrefix, CancellationToken.None);
    }

    return Environment.ExitCode;
}
catch (JdValidationException e)
{
    Console.Error.WriteLine($"Configuration: {e.Message}");
    return 2;
}
catch (AuditRulesException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
catch (JdException e)
{
    Console.Error.WriteLine($"The worker stopped: {e.GetType().Name}: {e.Message}");
    return 1;
}
finally
{
    if (demo is not null)
    {
        await demo.DisposeAsync();
    }
}

// The shop's return address for approvals, as the desk sample reads it: JD_RETURN_CONTACT, JD_RETURN_TEL,
// JD_RETURN_ZIPCODE, JD_RETURN_AREA ("province,city,county" JD area codes) and JD_RETURN_ADDRESS; without all of
// them, approvals are not applied (the audit records them as not applicable).
static AscContactAddress? ReturnAddress(Func<string, string?> env)
{
    var area = env("JD_RETURN_AREA")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    if (env("JD_RETURN_CONTACT") is not { } contact || env("JD_RETURN_TEL") is not { } tel || env("JD_RETURN_ADDRESS") is not { } detail
        || area is not { Length: 3 } || !area.All(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
    {
        return null;
    }

    return new AscContactAddress
    {
        ContactName = contact, ContactTel = tel, Zipcode = env("JD_RETURN_ZIPCODE"), DetailAddress = detail,
        Province = int.Parse(area[0], CultureInfo.InvariantCulture), City = int.Parse(area[1], CultureInfo.InvariantCulture),
        County = int.Parse(area[2], CultureInfo.InvariantCulture),
    };
}
