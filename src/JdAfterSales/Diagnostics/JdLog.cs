using Microsoft.Extensions.Logging;

namespace JdAfterSales.Diagnostics;

/// <summary>
/// Every log event of the client, with stable event ids. Values are method names, codes, counts and durations —
/// never parameters, bodies or credentials — and messages that do carry JD's text pass through the redactor.
/// </summary>
internal static partial class JdLog
{
    [LoggerMessage(EventId = 1001, EventName = "CallSucceeded", Level = LogLevel.Debug,
        Message = "JD call {Method} succeeded after {Attempts} attempt(s) in {DurationMs} ms (shop {ShopHash})")]
    public static partial void CallSucceeded(ILogger logger, string method, int attempts, long durationMs, string shopHash);

    [LoggerMessage(EventId = 1002, EventName = "CallFailed", Level = LogLevel.Warning,
        Message = "JD call {Method} failed at the {ErrorLayer} layer with code {ErrorCode} after {Attempts} attempt(s) in {DurationMs} ms (shop {ShopHash}): {Reason}")]
    public static partial void CallFailed(ILogger logger, string method, string errorLayer, string errorCode, int attempts, long durationMs, string shopHash, string reason);

    [LoggerMessage(EventId = 1003, EventName = "RetryScheduled", Level = LogLevel.Information,
        Message = "JD call {Method} attempt {Attempt} failed with {ErrorLayer} code {ErrorCode}; retrying in {DelayMs} ms")]
    public static partial void RetryScheduled(ILogger logger, string method, int attempt, string errorLayer, string errorCode, long delayMs);

    [LoggerMessage(EventId = 1004, EventName = "WriteNotRetried", Level = LogLevel.Warning,
        Message = "JD write {Method} failed with {ErrorLayer} code {ErrorCode} after it may have reached JD; it is not re-sent")]
    public static partial void WriteNotRetried(ILogger logger, string method, string errorLayer, string errorCode);

    [LoggerMessage(EventId = 1005, EventName = "RateLimitWait", Level = LogLevel.Debug,
        Message = "JD call {Method} waited {DelayMs} ms for the client-side rate limit (shop {ShopHash})")]
    public static partial void RateLimitWait(ILogger logger, string method, long delayMs, string shopHash);

    [LoggerMessage(EventId = 1006, EventName = "TokenRefreshed", Level = LogLevel.Information,
        Message = "Access token refreshed for shop {ShopHash}; it expires at {ExpiresAt:O}")]
    public static partial void TokenRefreshed(ILogger logger, string shopHash, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1007, EventName = "TokenRefreshFailed", Level = LogLevel.Error,
        Message = "Access token refresh failed for shop {ShopHash}: {Reason}")]
    public static partial void TokenRefreshFailed(ILogger logger, string shopHash, string reason);

    [LoggerMessage(EventId = 1008, EventName = "TokenRefreshSuperseded", Level = LogLevel.Information,
        Message = "Access token refresh for shop {ShopHash} was refused, but another instance sharing the token store had refreshed it; using those tokens, which expire at {ExpiresAt:O}")]
    public static partial void TokenRefreshSuperseded(ILogger logger, string shopHash, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1009, EventName = "TokenLifetimeBounded", Level = LogLevel.Warning,
        Message = "JD's OAuth server gave shop {ShopHash} a token living {ExpiresInSeconds} s, not above the refresh margin of {RefreshMarginSeconds} s or over a year; it is treated as living {UsedSeconds} s")]
    public static partial void TokenLifetimeBounded(ILogger logger, string shopHash, long expiresInSeconds, long refreshMarginSeconds, long usedSeconds);

    [LoggerMessage(EventId = 1010, EventName = "OAuthClockSkewIgnored", Level = LogLevel.Warning,
        Message = "JD's OAuth server dated shop {ShopHash}'s token {SkewSeconds} s away from the local clock (more than {MaxSkewSeconds} s); its lifetime is counted from the local clock")]
    public static partial void OAuthClockSkewIgnored(ILogger logger, string shopHash, long skewSeconds, long maxSkewSeconds);

    [LoggerMessage(EventId = 1011, EventName = "TokenRefreshBackingOff", Level = LogLevel.Warning,
        Message = "Access token refresh for shop {ShopHash} failed {Failures} time(s) in a row; until {RetryAt:O} calls that need a new token fail with that error without asking JD")]
    public static partial void TokenRefreshBackingOff(ILogger logger, string shopHash, int failures, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 1012, EventName = "TokenRefreshLeaseUnavailable", Level = LogLevel.Warning,
        Message = "The token store could not grant shop {ShopHash}'s refresh lease; refreshing under this process's lock only (instances sharing the store may refresh at the same time): {Reason}")]
    public static partial void TokenRefreshLeaseUnavailable(ILogger logger, string shopHash, string reason);

    [LoggerMessage(EventId = 1013, EventName = "TokenRefreshedByLeaseHolder", Level = LogLevel.Debug,
        Message = "Access token of shop {ShopHash} was refreshed by the instance holding its refresh lease; waited {WaitedMs} ms for it")]
    public static partial void TokenRefreshedByLeaseHolder(ILogger logger, string shopHash, long waitedMs);
}
