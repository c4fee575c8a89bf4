using System.Globalization;
using JdAfterSales.Gateway;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace JdAfterSales.Redis;

/// <summary>
/// One rate limit per app and per shop shared by every instance on the same Redis (and key prefix): each call
/// reserves its permits with one atomic script (GCRA on Redis's own clock, so the instances' clocks do not matter),
/// then waits here until its slot. With 3 instances at 10 calls a second for the app, the three together send 10.
/// </summary>
/// <remarks>
/// When Redis cannot be reached the call is not failed: it waits for a <see cref="JdLocalRateLimiter"/> with the same
/// limits instead (so N instances may send up to N times the limit meanwhile), the outage is logged once (event
/// 1101), and Redis is asked again after <see cref="JdRedisOptions.RedisRetryDelay"/>, doubling up to
/// <see cref="JdRedisOptions.MaxRedisRetryDelay"/> while it keeps failing; its return is logged (event 1102).
/// </remarks>
public sealed class JdRedisRateLimiter : IJdRateLimiter
{
    private readonly IConnectionMultiplexer _redis;
    private readonly JdRedisOptions _options;
    private readonly JdLocalRateLimiter _local;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly string _appKey;
    private readonly RedisKey _appRateKey;
    private readonly RedisValue _appInterval;
    private readonly RedisValue _appBurst;
    private readonly RedisValue _shopInterval;
    private readonly RedisValue _shopBurst;
    private readonly object _gate = new();
    private bool _inOutage;
    private bool _probing;
    private int _failures;
    private long _retryAt;

    /// <summary>Creates a limiter.</summary>
    /// <param name="redis">The connection.</param>
    /// <param name="appKey">The app the limit is for: instances of one app share it.</param>
    /// <param name="limits">The rates and bursts, per app and per shop (<see cref="JdRateLimitOptions.Enabled"/> is not looked at).</param>
    /// <param name="options">The key prefix, database and retry delays; <c>null</c> for the defaults.</param>
    /// <param name="timeProvider">The clock waits and the local fallback run on; <c>null</c> for the system clock.</param>
    /// <param name="loggerFactory">Where outages are logged; <c>null</c> for no logging.</param>
    /// <exception cref="JdValidationException">The app key is missing, a limit or an option is malformed.</exception>
    public JdRedisRateLimiter(
        IConnectionMultiplexer redis,
        string appKey,
        JdRateLimitOptions limits,
        JdRedisOptions? options = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        ArgumentNullException.ThrowIfNull(limits);
        if (string.IsNullOrWhiteSpace(appKey) || appKey.Contains('{', StringComparison.Ordinal) || appKey.Contains('}', StringComparison.Ordinal))
        {
            throw new JdValidationException(nameof(appKey), "is required: the app key the limit is shared for.");
        }

        _redis = redis;
        _options = (options ?? new JdRedisOptions()).Validated();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _local = new JdLocalRateLimiter(limits, _timeProvider);
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("JdAfterSales.Redis.JdRedisRateLimiter");
        _appKey = appKey;
        _appRateKey = RedisKeys.AppRate(_options.KeyPrefix, appKey);
        _appInterval = Number(1000 / limits.AppPermitsPerSecond);
        _appBurst = limits.AppBurst;
        _shopInterval = Number(1000 / limits.ShopPermitsPerSecond);
        _shopBurst = limits.ShopBurst;
    }

    /// <summary>
    /// For tests only: the milliseconds the script counts as now, instead of Redis's TIME, so a test can drive the
    /// shared limit on fake time.
    /// </summary>
    internal Func<double>? ScriptClock { get; set; }

    /// <inheritdoc />
    public async ValueTask<TimeSpan> WaitAsync(string? shopId, CancellationToken cancellationToken)
    {
        if (await ReserveAsync(shopId, cancellationToken).ConfigureAwait(false) is not { } wait)
        {
            return await _local.WaitAsync(shopId, cancellationToken).ConfigureAwait(false);
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        return wait;
    }

    /// <summary>Describes the limiter.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdRedisRateLimiter (app {_appKey}, prefix {_options.KeyPrefix}, fallback {_local})";

    /// <summary>Reserves the call's permits in Redis; <c>null</c> when Redis is not to be used now (an outage).</summary>
    internal async ValueTask<TimeSpan?> ReserveAsync(string? shopId, CancellationToken cancellationToken)
    {
        if (MayAskRedis() is not { } probe)
        {
            return null;
        }

        try
        {
            var now = ScriptClock is { } clock ? Number(clock()) : RedisValue.EmptyString;
            RedisKey[] keys = [_appRateKey, RedisKeys.ShopRate(_options.KeyPrefix, _appKey, shopId)];
            RedisValue[] values = [now, _appInterval, _appBurst, _shopInterval, _shopBurst];
            var result = await _redis.GetDatabase(_options.Database).ScriptEvaluateAsync(RedisScripts.ReservePermits, keys, values)
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            Recovered();
            return TimeSpan.FromTicks((long)result * (TimeSpan.TicksPerMillisecond / 1000));
        }
        catch (Exception ex) when (RedisFailures.IsRedisFailure(ex))
        {
            Failed(ex);
            return null;
        }
        finally
        {
            if (probe)
            {
                // A probe cancelled by its caller decided nothing: let the next call probe.
                lock (_gate)
                {
                    _probing = false;
                }
            }
        }
    }

    private static RedisValue Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether to ask Redis (<c>false</c>: as usual; <c>true</c>: as the one probe of an outage whose wait is over), or
    /// <c>null</c> to use the local limit.
    /// </summary>
    private bool? MayAskRedis()
    {
        lock (_gate)
        {
            if (!_inOutage)
            {
                return false;
            }

            if (_probing || _timeProvider.GetTimestamp() < _retryAt)
            {
                return null;
            }

            _probing = true;
            return true;
        }
    }

    private void Failed(Exception failure)
    {
        TimeSpan delay;
        bool first;
        lock (_gate)
        {
            _failures = _failures == int.MaxValue ? _failures : _failures + 1;
            var doubled = _options.RedisRetryDelay * Math.Pow(2, Math.Min(_failures - 1, 20));
            delay = doubled < _options.MaxRedisRetryDelay ? doubled : _options.MaxRedisRetryDelay;
            _retryAt = _timeProvider.GetTimestamp() + (long)(delay.TotalSeconds * _timeProvider.TimestampFrequency);
            first = !_inOutage;
            _inOutage = true;
            _probing = false;
        }

        if (first)
        {
            JdRedisLog.SharedRateLimitUnavailable(_logger, _appKey, (long)delay.TotalMilliseconds, failure.GetType().Name);
        }
    }

    private void Recovered()
    {
        int failures;
        lock (_gate)
        {
            if (!_inOutage)
            {
                return;
            }

            failures = _failures;
            _inOutage = false;
            _probing = false;
            _failures = 0;
        }

        JdRedisLog.SharedRateLimitRestored(_logger, _appKey, failures);
    }
}
