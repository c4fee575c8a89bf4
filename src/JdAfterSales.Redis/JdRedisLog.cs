using Microsoft.Extensions.Logging;

namespace JdAfterSales.Redis;

/// <summary>The package's log events (ids 1101 and up; the core client uses 1001 and up). Never a token or a secret.</summary>
internal static partial class JdRedisLog
{
    [LoggerMessage(EventId = 1101, EventName = "SharedRateLimitUnavailable", Level = LogLevel.Warning,
        Message = "Redis is unreachable for the shared rate limit of app {AppKey}; calls wait for this instance's local limit (so all instances together may exceed it) and Redis is tried again in {RetryMs} ms: {Reason}")]
    public static partial void SharedRateLimitUnavailable(ILogger logger, string appKey, long retryMs, string reason);

    [LoggerMessage(EventId = 1102, EventName = "SharedRateLimitRestored", Level = LogLevel.Information,
        Message = "Redis answers again: the shared rate limit of app {AppKey} is back in force after {Failures} failed attempt(s)")]
    public static partial void SharedRateLimitRestored(ILogger logger, string appKey, int failures);
}
