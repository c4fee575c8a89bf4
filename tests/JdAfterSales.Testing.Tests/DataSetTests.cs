using JdAfterSales.Testing;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Testing.Tests;

public sealed class DataSetTests
{
    [Fact]
    public void Same_seed_gives_the_same_data_set_and_a_different_seed_a_different_one()
    {
        var (first, _) = GatewayFixtures.Start(seed: 7);
        var (second, _) = GatewayFixtures.Start(seed: 7);
        var (other, _) = GatewayFixtures.Start(seed: 8);
        using (first)
        using (second)
        using (other)
        {
            Assert.Equal(Fingerprint(first.Data), Fingerprint(second.Data));
            Assert.NotEqual(Fingerprint(first.Data), Fingerprint(other.Data));
        }
    }

    [Fact]
    public void The_default_data_set_covers_every_status_expectation_and_quirk()
    {
        var (gateway, _) = GatewayFixtures.Start();
        using var _g = gateway;
        var data = gateway.Data;

        Assert.Equal(300, data.Orders.Count);
        Assert.InRange(data.ServiceOrders.Count, 90, 110);
        Assert.All(new[] { 10001, 10002, 10004, 10005, 10007, 10009, 10010, 10011 }, s => Assert.Contains(data.ServiceOrders, x => x.ServiceStatus == s));
        Assert.All(new[] { 10, 20, 30 }, e => Assert.Contains(data.ServiceOrders, x => x.CustomerExpect == e));

        var pendingRecent = data.ServiceOrders.Where(s => s.ServiceStatus == 10001 && s.ApplyTime > data.Anchor.AddHours(-30)).ToList();
        Assert.True(pendingRecent.Count >= 12);
        Assert.Contains(pendingRecent, s => s.AuditDeadline < data.Anchor);
        Assert.Contains(pendingRecent, s => s.AuditDeadline > data.Anchor && s.AuditDeadline < data.Anchor.AddHours(3));

        Assert.All(data.Orders, o => Assert.InRange(o.OrderId, 300_000_000_001, 999_999_999_999));
        Assert.All(data.ServiceOrders, s => Assert.Equal(13, s.ServiceId.ToString(System.Globalization.CultureInfo.InvariantCulture).Length));
        Assert.All(data.ServiceOrders, s => Assert.InRange(s.SysVersion, 1, 5));
        Assert.All(data.RefundApplications, r => Assert.Equal(10, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture).Length));
        Assert.True(data.RefundApplications.Count(r => r.Status == 0) >= 5);
        Assert.Contains(data.RefundApplications, r => r.ServiceId is not null);

        var inTransit = data.ServiceOrders.Where(s => s.ServiceStatus == 10005).ToList();
        Assert.Contains(inTransit, s => s.IsReturnSignedFor);
        Assert.Contains(inTransit, s => !s.IsReturnSignedFor);
        Assert.All(inTransit, s => Assert.Matches("^JDV[0-9]{12}$", s.ExpressCode!));

        Assert.Contains(data.Comments, c => c.Replies.Count > 0);
        Assert.Contains(data.Comments, c => c.Content.Contains("售后", StringComparison.Ordinal) || c.Content.Contains("退货", StringComparison.Ordinal));
        Assert.True(data.Orders.Select(o => o.Pin).Distinct().Count() < data.Orders.Count / 2, "repeat customers");
        Assert.All(data.Orders.Concat(data.Orders), o => Assert.True(o.OrderStartTime <= data.Anchor));
        Assert.Contains(data.Orders, o => o.OrderState == "TRADE_CANCELED");
        Assert.Contains(data.Orders, o => o.OrderState == "WAIT_SELLER_STOCK_OUT");
    }

    [Fact]
    public void Default_anchor_is_the_clock_truncated_to_the_minute()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.Zero));
        using var gateway = FakeJdGateway.Start(new() { TimeProvider = clock, OrderCount = 20 });

        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 0, TimeSpan.Zero), gateway.DataAnchor);
    }

    private static string Fingerprint(FakeShopData data) => string.Join('|',
        data.Orders.Select(o => $"{o.OrderId}:{o.OrderState}:{o.OrderPayment}:{o.OrderStartTime.ToUnixTimeSeconds()}:{o.Pin}")
            .Concat(data.ServiceOrders.Select(s => $"{s.ServiceId}:{s.OrderId}:{s.ServiceStatus}:{s.SysVersion}:{s.ApplyTime.ToUnixTimeSeconds()}:{s.CustomerName}"))
            .Concat(data.RefundApplications.Select(r => $"{r.Id}:{r.Status}:{r.ApplyRefundSum}"))
            .Concat(data.Comments.Select(c => $"{c.CommentId}:{c.Score}:{c.Content}")));
}
