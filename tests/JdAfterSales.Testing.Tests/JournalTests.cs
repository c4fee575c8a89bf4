namespace JdAfterSales.Testing.Tests;

public sealed class JournalTests
{
    [Fact]
    public async Task Journal_records_every_call_and_never_prints_secrets()
    {
        var (gateway, clock) = GatewayFixtures.Start(orderCount: 40);
        await using var _g = gateway;
        using var client = new JosTestClient(gateway);
        var parameters = client.Parameters("jingdong.asc.query.list", client.Parameters("x", "{}")["360buy_param_json"]);
        parameters["360buy_param_json"] = $$"""{"buId":"{{gateway.VenderId}}","operatePin":"p","operateNick":"张三","pageSize":5}""";
        parameters["sign"] = JosTestClient.Sign(parameters, gateway.AppSecret);
        using (await client.PostAsync(parameters))
        {
        }

        gateway.Faults.Enqueue(FakeFaultFactory.CallLimited());
        await client.CallAsync("jingdong.asc.audit.reason.list", "{}");

        var records = gateway.Journal.Records;
        Assert.Equal(2, records.Count);
        var first = records[0];
        Assert.Equal("jingdong.asc.query.list", first.Method);
        Assert.Equal(gateway.AppKey, first.AppKey);
        Assert.True(first.HasAccessToken);
        Assert.Equal(parameters["timestamp"], first.Timestamp);
        Assert.Equal(clock.GetUtcNow(), first.ReceivedAt);
        Assert.Equal("张三", first.GetBusinessParameter("operateNick"));
        Assert.Equal("5", first.GetBusinessParameter("pageSize"));
        Assert.True(first.Succeeded);
        Assert.Equal("2", records[1].ErrorCode);
        Assert.True(records[1].FaultApplied);

        var printed = gateway.Journal + "\n" + string.Join("\n", records) + "\n" + gateway;
        Assert.DoesNotContain(gateway.AppSecret, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(gateway.AccessToken, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(parameters["sign"], printed, StringComparison.Ordinal);

        gateway.Journal.Clear();
        Assert.Equal(0, gateway.Journal.Count);
    }

    private static class FakeFaultFactory
    {
        public static JdAfterSales.Testing.FakeFault CallLimited() => JdAfterSales.Testing.FakeFault.GatewayError(2);
    }
}
