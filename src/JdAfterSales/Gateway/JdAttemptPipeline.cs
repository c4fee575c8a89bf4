using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Auth;
using JdAfterSales.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace JdAfterSales.Gateway;

/// <summary>
/// Runs the attempts of one call through a Polly v8 pipeline: a total deadline around a retry strategy around
/// "sign + send + read envelope". Every attempt is signed anew with the current time. Reads are retried after
/// transient failures; writes only when the request provably never left.
/// </summary>
internal sealed class JdAttemptPipeline
{
    private static readonly ResiliencePropertyKey<JdOperationKind> OperationKindKey = new("jd.operation-kind");
    private static readonly ResiliencePropertyKey<string> MethodKey = new("jd.method");
    private static readonly ResiliencePropertyKey<JdCallToken?> TokenKey = new("jd.token");

    private readonly RouterJsonTransport _transport;
    private readonly ResiliencePipeline _pipeline;
    private readonly ILogger _logger;
    private readonly TimeSpan _totalTimeout;

    public JdAttemptPipeline(RouterJsonTransport transport, JdRetryOptions retry, TimeProvider timeProvider, ILogger logger, Func<double> random)
    {
        _transport = transport;
        _logger = logger;
        _totalTimeout = retry.TotalTimeout;
        var delays = new JdRetryDelays(retry, random);
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = retry.TotalTimeout });
        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retry.MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Exception, args.Context)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(IsTokenRenewal(args.Outcome.Exception!, args.Context)
                    ? TimeSpan.Zero
                    : delays.For(args.Outcome.Exception!, args.AttemptNumber)),
                OnRetry = args =>
                {
                    var labels = JdErrorLayer.Of(args.Outcome.Exception!, _transport.Redactor);
                    var method = args.Context.Properties.GetValue(MethodKey, string.Empty);
                    JdTelemetry.Retries.Add(1, new("jd.method", method), new("jd.error.code", labels.MetricCode));
                    JdLog.RetryScheduled(_logger, method, args.AttemptNumber + 1, labels.Layer, labels.Code, (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        _pipeline = builder.Build();
    }

    public async Task<T> ExecuteAsync<T>(
        string method,
        JdOperationKind operationKind,
        ReadOnlyMemory<byte> businessJson,
        JdCallToken accessToken,
        JsonTypeInfo<T> payloadTypeInfo,
        JdAttemptCounter attempts,
        CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(OperationKindKey, operationKind);
        context.Properties.Set(MethodKey, method);
        context.Properties.Set(TokenKey, accessToken);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (ctx, state) => AttemptAsync(state, ctx.CancellationToken),
                context,
                new AttemptState<T>(_transport, method, businessJson, accessToken, payloadTypeInfo, attempts)).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex.CancellationToken != cancellationToken)
        {
            // The pipeline links tokens; hand the caller back its own, as a cancellation it asked for.
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new JdTimeoutException(
                $"JD call {method} did not complete within its total deadline of {_totalTimeout.TotalSeconds:0.###} s (JdRetryOptions.TotalTimeout).",
                _totalTimeout,
                ex)
            {
                Method = method,
            };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// One attempt. The token renewal after code 19 happens here, inside the pipeline, so the renewal and the resend
    /// spend from the call's attempt budget and total deadline like any other retry.
    /// </summary>
    private static async ValueTask<T> AttemptAsync<T>(AttemptState<T> state, CancellationToken cancellationToken)
    {
        state.Attempts.Increment();
        await state.Token.EnsureCurrentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await state.Transport.SendAttemptAsync(state.Method, state.Json, state.Token.Value, state.TypeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (JdAuthenticationException rejected) when (state.Token.CanRenewAfter(rejected))
        {
            await state.Token.RejectAsync(rejected, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    private static bool IsTokenRenewal(Exception exception, ResilienceContext context) =>
        context.Properties.GetValue(TokenKey, null) is { } token && token.IsRenewing(exception);

    private bool ShouldRetry(Exception? exception, ResilienceContext context)
    {
        if (exception is null or OperationCanceledException)
        {
            return false;
        }

        if (IsTokenRenewal(exception, context))
        {
            return true;
        }

        var kind = context.Properties.GetValue(OperationKindKey, JdOperationKind.Write);
        if (JdRetryRules.ShouldRetry(exception, kind))
        {
            return true;
        }

        if (kind == JdOperationKind.Write && JdRetryRules.IsTransient(exception))
        {
            var labels = JdErrorLayer.Of(exception, _transport.Redactor);
            JdLog.WriteNotRetried(_logger, context.Properties.GetValue(MethodKey, string.Empty), labels.Layer, labels.Code);
        }

        return false;
    }

    private readonly record struct AttemptState<T>(
        RouterJsonTransport Transport,
        string Method,
        ReadOnlyMemory<byte> Json,
        JdCallToken Token,
        JsonTypeInfo<T> TypeInfo,
        JdAttemptCounter Attempts);
}
