using JdAfterSales.Automation;

namespace JdAfterSales.Redis.Tests;

public sealed class RedisWorkItemLeaseTests
{
    [RedisFact]
    public async Task A_dead_holders_lease_expires_and_another_instance_acquires_it()
    {
        using var redisA = RedisTestServer.Connect();
        using var redisB = RedisTestServer.Connect();
        var options = RedisTestServer.Options();
        var instanceA = new JdRedisWorkItemLeases(redisA, options);
        var instanceB = new JdRedisWorkItemLeases(redisB, options);
        var item = JdWorkItemKeys.ServiceOrder(987654321);
        try
        {
            // A takes the item for 3 s and "dies": it never renews or releases. (Long enough, in real time, that a
            // loaded machine cannot let it lapse before B's first try.)
            var dead = await instanceA.TryAcquireAsync(item, TimeSpan.FromSeconds(3), default);
            Assert.NotNull(dead);
            Assert.Null(await instanceB.TryAcquireAsync(item, TimeSpan.FromSeconds(30), default));

            IJdWorkItemLease? taken = null;
            for (var i = 0; i < 500 && taken is null; i++)
            {
                await Task.Delay(20);
                taken = await instanceB.TryAcquireAsync(item, TimeSpan.FromSeconds(30), default);
            }

            Assert.NotNull(taken);

            // The dead holder, back, can neither renew nor release what is now B's.
            Assert.False(await dead!.RenewAsync(TimeSpan.FromSeconds(30), default));
            await dead.ReleaseAsync(default);
            Assert.Null(await instanceA.TryAcquireAsync(item, TimeSpan.FromSeconds(30), default));

            Assert.True(await taken!.RenewAsync(TimeSpan.FromSeconds(60), default));
            await taken.DisposeAsync();
            Assert.NotNull(await instanceA.TryAcquireAsync(item, TimeSpan.FromSeconds(30), default));
        }
        finally
        {
            await RedisTestServer.CleanAsync(redisA, options);
        }
    }

    [RedisFact]
    public async Task Of_twenty_instances_racing_for_one_refund_exactly_one_wins()
    {
        var connections = Enumerable.Range(0, 4).Select(_ => RedisTestServer.Connect()).ToArray();
        var options = RedisTestServer.Options();
        try
        {
            var racers = Enumerable.Range(0, 20).Select(i => new JdRedisWorkItemLeases(connections[i % 4], options)).ToArray();
            var results = await Task.WhenAll(racers.Select(r => r.TryAcquireAsync(JdWorkItemKeys.Refund(42), TimeSpan.FromSeconds(30), default).AsTask()));
            Assert.Single(results, r => r is not null);
        }
        finally
        {
            await RedisTestServer.CleanAsync(connections[0], options);
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }
    }
}
