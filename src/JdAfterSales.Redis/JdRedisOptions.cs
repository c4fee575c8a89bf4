namespace JdAfterSales.Redis;

/// <summary>Settings shared by the Redis token store, rate limiter and work-item leases.</summary>
public sealed class JdRedisOptions
{
    /// <summary>The prefix used unless one is given.</summary>
    public const string DefaultKeyPrefix = "jdaftersales:";

    /// <summary>
    /// The prefix of every key (<see cref="DefaultKeyPrefix"/> unless set). Instances that should coordinate use the
    /// same prefix; apps or environments sharing one Redis use different ones. Keys hold shop ids, app keys and
    /// work-item keys, never a token or a secret; token values do hold tokens (see the package readme).
    /// </summary>
    public string KeyPrefix { get; set; } = DefaultKeyPrefix;

    /// <summary>The Redis database to use (-1, the connection's default, unless set).</summary>
    public int Database { get; set; } = -1;

    /// <summary>
    /// How long the rate limiter uses the local limit after Redis failed before asking Redis again (5 seconds unless
    /// set); it doubles while Redis keeps failing, up to <see cref="MaxRedisRetryDelay"/>.
    /// </summary>
    public TimeSpan RedisRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between attempts to reach Redis again (1 minute unless set).</summary>
    public TimeSpan MaxRedisRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Describes the options.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdRedisOptions (prefix {KeyPrefix}, database {Database})";

    internal JdRedisOptions Validated()
    {
        var copy = (JdRedisOptions)MemberwiseClone();
        if (string.IsNullOrWhiteSpace(copy.KeyPrefix))
        {
            throw new JdValidationException($"{nameof(JdRedisOptions)}.{nameof(KeyPrefix)}", "is required: instances that coordinate share it.");
        }

        if (copy.KeyPrefix.Contains('{', StringComparison.Ordinal) || copy.KeyPrefix.Contains('}', StringComparison.Ordinal))
        {
            throw new JdValidationException($"{nameof(JdRedisOptions)}.{nameof(KeyPrefix)}", "must not contain { or }: they mark the part of a key Redis Cluster hashes.");
        }

        if (copy.RedisRetryDelay <= TimeSpan.Zero || copy.RedisRetryDelay == Timeout.InfiniteTimeSpan)
        {
            throw new JdValidationException($"{nameof(JdRedisOptions)}.{nameof(RedisRetryDelay)}", "must be positive and finite.");
        }

        if (copy.MaxRedisRetryDelay < copy.RedisRetryDelay || copy.MaxRedisRetryDelay > TimeSpan.FromHours(1))
        {
            throw new JdValidationException($"{nameof(JdRedisOptions)}.{nameof(MaxRedisRetryDelay)}", "must be at least RedisRetryDelay and at most an hour.");
        }

        return copy;
    }
}
