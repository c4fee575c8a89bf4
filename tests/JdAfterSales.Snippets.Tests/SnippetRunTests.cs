using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;
using JdAfterSales.Snippets.Tests.Snippets;
using JdAfterSales.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JdAfterSales.Snippets.Tests;

/// <summary>The README's snippets that can run, run against a fake shop, and do what the README says they do.</summary>
public sealed class SnippetRunTests
{
    private static readonly AscContactAddress ReturnAddress = new()
    {
        ContactName = "售后仓", ContactTel = "010-12345678", Zipcode = "100000", Province = 1, City = 72, County = 2819, DetailAddress = "北京市朝阳区",
    };

    [Fact]
    public async Task Approving_while_walking_leaves_nothing_pending()
    {
        await using var gateway = FakeJdGateway.Start(new FakeJdGatewayOptions { OrderCount = 1000 });
        var client = Client(gateway);
        Assert.True(gateway.Data.ServiceOrders.Count(s => s.State == FakeServiceStatus.PendingAudit) > 1);

        await ApprovePending.RunAsync(client, ReturnAddress, gateway.Data.Reasons[0].Code);

        Assert.DoesNotContain(gateway.Data.ServiceOrders, s => s.State == FakeServiceStatus.PendingAudit);
        var since = TimeProvider.System.GetUtcNow().AddDays(-29);
        Assert.DoesNotContain(gateway.Data.RefundApplications, r => r.State == FakeRefundStatus.Pending && r.ApplyTime >= since);
    }

    [Fact]
    public async Task The_processing_snippet_closes_returns_exchanges_and_ships_repairs_back()
    {
        await using var gateway = FakeJdGateway.Start();
        var client = Client(gateway);
        var received = gateway.Data.ServiceOrders.Where(s => s.State == FakeServiceStatus.PendingProcessing).ToList();
        Assert.Contains(received, s => s.CustomerExpect == 20);
        Assert.Contains(received, s => s.CustomerExpect == 10);

        var withoutAddress = await ProcessReceived.RunAsync(client);

        Assert.Equal(0, withoutAddress);
        Assert.All(received, s => Assert.Equal(
            s.CustomerExpect switch { 20 => "jingdong.asc.process.renew", 30 => "jingdong.asc.process.back", _ => null },
            s.Shipment?.Method));
        Assert.All(received, s => Assert.Equal(s.CustomerExpect is 20 or 30 ? FakeServiceStatus.WaitingForCustomerConfirmation : FakeServiceStatus.Completed, s.State));
        Assert.Empty(await client.AfterSales.ListAllAwaitingProcessingAsync(new ListAwaitingProcessingRequest()).ToListAsync());
    }

    [Fact]
    public async Task The_orders_and_reviews_snippet_reads_every_order_and_answers_every_bad_review()
    {
        await using var gateway = FakeJdGateway.Start();
        var client = Client(gateway);

        var (orders, answered) = await OrdersAndReviews.RunAsync(client);

        Assert.True(orders > 0);
        Assert.True(answered > 0);
        var left = await client.Reviews.ListCommentsAsync(new ListCommentsRequest { Score = CommentScoreFilter.Bad, Replied = false });
        Assert.Equal(0, left.TotalCount);
    }

    [Fact]
    public async Task The_trace_snippet_finds_the_returns_couriers_signed_for()
    {
        await using var gateway = FakeJdGateway.Start();
        var client = Client(gateway);
        var inTransit = gateway.Data.ServiceOrders.Where(s => s.State == FakeServiceStatus.AwaitingReceipt).Take(2).ToList();
        inTransit.ForEach(s => gateway.SignForReturn(s.ServiceId));

        var signedFor = await WaybillTraces.RunAsync(client, "010K123456");

        Assert.True(signedFor >= inTransit.Count);
    }

    [Fact]
    public async Task The_automation_snippet_runs_a_desk_shift()
    {
        await using var gateway = FakeJdGateway.Start();
        var client = Client(gateway);
        File.Delete("audit.jsonl");

        var kpis = await Snippets.Automation.RunAsync(client, ReturnAddress, RepositoryFiles.DeskRules, gateway.Data.ServiceOrders[0].OrderId);

        Assert.True(kpis.ServiceCount > 0);
        Assert.NotEmpty(await File.ReadAllLinesAsync("audit.jsonl"));
        Assert.NotEmpty(gateway.Journal.ForMethod(JosMethods.AscAuditSend).Concat(gateway.Journal.ForMethod(JosMethods.AscAuditHomepick)));
    }

    [Fact]
    public async Task The_weekly_review_snippet_finds_the_planted_batch_problem()
    {
        await using var gateway = FakeJdGateway.Start();

        var report = await WeeklyReview.RunAsync(Client(gateway), RepositoryFiles.DeskRules);

        Assert.NotEmpty(report.Spikes);
    }

    [Fact]
    public async Task The_service_snippet_resolves_a_working_client_from_configuration()
    {
        await using var gateway = FakeJdGateway.Start();
        using var host = InAService.Build(Arguments(gateway.ClientSettings.ToConfiguration()));

        var pending = await host.Services.GetRequiredService<PendingWork>().CountAsync(CancellationToken.None);

        Assert.Equal(gateway.Data.ServiceOrders.Count(s => s.State == FakeServiceStatus.PendingAudit), pending);
    }

    [Fact]
    public async Task The_several_apps_snippet_resolves_one_working_client_per_app()
    {
        await using var gateway = FakeJdGateway.Start();
        var settings = gateway.ClientSettings;
        using var host = SeveralApps.Build(Arguments(
            settings.ToConfiguration("JdAfterSales:BrandA").Concat(settings.ToConfiguration("JdAfterSales:BrandB"))));

        var desks = host.Services.GetRequiredService<BrandDesks>();

        foreach (var client in desks.All)
        {
            Assert.Equal(gateway.Data.RefundApplications.Count(r => r.State == FakeRefundStatus.Pending), await client.Refunds.CountPendingAsync());
        }
    }

    private static string[] Arguments(IEnumerable<KeyValuePair<string, string?>> settings) =>
        settings.Select(pair => $"--{pair.Key}={pair.Value}").ToArray();

    private static JdClient Client(FakeJdGateway gateway)
    {
        var s = gateway.ClientSettings;
        return new JdClient(new HttpClient(), new JdClientOptions
        {
            Gateway = s.Gateway, AppKey = s.AppKey, AppSecret = s.AppSecret, AccessToken = s.AccessToken,
            VenderId = s.VenderId, OperatorPin = s.OperatorPin, OperatorNick = s.OperatorNick,
            Retry = new JdRetryOptions { BaseDelay = s.RetryBaseDelay, RateLimitedBaseDelay = s.RetryBaseDelay, MaxDelay = s.RetryMaxDelay },
        });
    }
}
