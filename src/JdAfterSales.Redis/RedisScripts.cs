namespace JdAfterSales.Redis;

/// <summary>
/// The Lua scripts, each run atomically by Redis. Fences only grow: a counter per shop, never expired, and never
/// below the fence of the stored tokens (so a lost counter cannot hand out fences older than the data).
/// </summary>
internal static class RedisScripts
{
    /// <summary>
    /// Grants the refresh lease if no one holds it (set-if-absent with expiry) with the shop's next fence.
    /// KEYS: lease, fence counter, tokens. ARGV: holder id, lease milliseconds. Returns the fence, or 0 when held.
    /// </summary>
    public const string AcquireRefreshLease = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        local fence = redis.call('INCR', KEYS[2])
        local stored = tonumber(redis.call('HGET', KEYS[3], 'fence') or '0')
        if fence <= stored then
          fence = stored + 1
          redis.call('SET', KEYS[2], fence)
        end
        redis.call('SET', KEYS[1], ARGV[1] .. ':' .. fence, 'NX', 'PX', ARGV[2])
        return fence
        """;

    /// <summary>
    /// Deletes a lease only if it still holds the caller's value (compare-and-delete): an expired lease granted to
    /// someone else is left alone. KEYS: lease. ARGV: the value set when it was granted. Returns 1 when released.
    /// </summary>
    public const string ReleaseIfHeld = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    /// <summary>
    /// Extends a lease only if it still holds the caller's value. KEYS: lease. ARGV: value, milliseconds. Returns 1
    /// when renewed.
    /// </summary>
    public const string RenewIfHeld = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        return 0
        """;

    /// <summary>
    /// Stores tokens written under a lease unless tokens of a newer fence are stored. KEYS: tokens. ARGV: fence,
    /// JSON. Returns 1 when stored, 0 when refused.
    /// </summary>
    public const string SetTokensFenced = """
        local stored = tonumber(redis.call('HGET', KEYS[1], 'fence') or '0')
        if tonumber(ARGV[1]) < stored then return 0 end
        redis.call('HSET', KEYS[1], 'data', ARGV[2], 'fence', ARGV[1])
        return 1
        """;

    /// <summary>
    /// Stores tokens outside any lease (a new authorization) under a fresh fence, so no older lease holder can
    /// overwrite them. KEYS: tokens, fence counter. ARGV: JSON. Returns the fence.
    /// </summary>
    public const string SetTokensWithNewFence = """
        local fence = redis.call('INCR', KEYS[2])
        local stored = tonumber(redis.call('HGET', KEYS[1], 'fence') or '0')
        if fence <= stored then
          fence = stored + 1
          redis.call('SET', KEYS[2], fence)
        end
        redis.call('HSET', KEYS[1], 'data', ARGV[1], 'fence', fence)
        return fence
        """;

    /// <summary>
    /// Reserves the next permit of the app and of the shop (GCRA: one "theoretical arrival time" per key, in
    /// milliseconds) and returns the wait in microseconds: the longer of the two. Time is Redis's own (TIME), so the
    /// instances' clocks do not matter; tests pass an explicit now instead. Keys expire once their limit is idle.
    /// KEYS: app, shop. ARGV: now in ms or '', app interval ms, app burst, shop interval ms, shop burst.
    /// </summary>
    public const string ReservePermits = """
        local now
        if ARGV[1] == '' then
          local t = redis.call('TIME')
          now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
        else
          now = tonumber(ARGV[1])
        end
        local function reserve(key, interval, burst)
          local tat = tonumber(redis.call('GET', key) or '0')
          if tat < now then tat = now end
          local wait = tat - (burst - 1) * interval - now
          if wait < 0 then wait = 0 end
          local nextTat = tat + interval
          redis.call('SET', key, string.format('%.3f', nextTat), 'PX', math.ceil(nextTat - now) + 1000)
          return wait
        end
        local wait = reserve(KEYS[1], tonumber(ARGV[2]), tonumber(ARGV[3]))
        local shopWait = reserve(KEYS[2], tonumber(ARGV[4]), tonumber(ARGV[5]))
        if shopWait > wait then wait = shopWait end
        return math.ceil(wait * 1000)
        """;
}
