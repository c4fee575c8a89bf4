using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Diagnostics;

namespace JdAfterSales.Gateway;

/// <summary>
/// One attempt of one call: sign with a fresh timestamp, POST the form, read the answer (capped), unwrap the
/// envelope. Retries, if any, wrap this whole step so that every attempt is signed anew.
/// </summary>
internal sealed class RouterJsonTransport
{
    private readonly Func<HttpClient> _httpClient;
    private readonly Uri _gateway;
    private readonly byte[] _appKey;
    private readonly byte[] _secret;
    private readonly JdSignMethod _signMethod;
    private readonly TimeSpan _timeout;
    private readonly int _maxResponseBytes;
    private readonly int _maxJsonDepth;
    private readonly TimeProvider _timeProvider;
    private readonly JdRedactor _redactor;

    /// <summary>Stack buffers hold at most this many bytes; longer values use a pooled array, never a stack buffer sized by input.</summary>
    private const int MaxStackBytes = 256;

    /// <summary>
    /// The most a response buffer starts with, whatever <c>Content-Length</c> says: a lying header must not make the
    /// client allocate up to the cap before a single byte arrived. A larger answer grows the buffer as it streams in.
    /// </summary>
    private const int MaxInitialResponseBuffer = 1024 * 1024;

    /// <summary>The first buffer for an answer without <c>Content-Length</c>.</summary>
    private const int UnknownLengthResponseBuffer = 16 * 1024;

    public RouterJsonTransport(Func<HttpClient> httpClient, JdClientOptions options, TimeProvider timeProvider, JdRedactor redactor)
    {
        _httpClient = httpClient;
        _gateway = options.Gateway;
        _appKey = Encoding.UTF8.GetBytes(options.AppKey);
        _secret = Encoding.UTF8.GetBytes(options.AppSecret);
        _signMethod = options.SignMethod;
        _timeout = options.Timeout;
        _maxResponseBytes = options.MaxResponseBytes;
        _maxJsonDepth = options.MaxJsonDepth;
        _timeProvider = timeProvider;
        _redactor = redactor;
    }

    /// <summary>The client's redactor; the transport teaches it every sign and access token it sends.</summary>
    public JdRedactor Redactor => _redactor;

    public async Task<T> SendAttemptAsync<T>(
        string method,
        ReadOnlyMemory<byte> businessJson,
        string? accessToken,
        JsonTypeInfo<T> payloadTypeInfo,
        CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var body = BuildSignedBody(method, businessJson.Span, accessToken, out var sign);
        var redactor = _redactor.ForAttempt(sign, accessToken);
        var responseStarted = false;
        try
        {
            using var content = new ByteArrayContent(body.Array, 0, body.Length);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
            using var request = new HttpRequestMessage(HttpMethod.Post, _gateway) { Content = content };
            using var response = await _httpClient()
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token)
                .ConfigureAwait(false);
            responseStarted = true;
            var status = (int)response.StatusCode;
            using var answer = await ReadCappedAsync(response, method, linked.Token).ConfigureAwait(false);
            var context = new JdEnvelopeReader.EnvelopeContext(status, redactor, _maxJsonDepth);
            if (response.IsSuccessStatusCode)
            {
                return JdEnvelopeReader.ReadPayload(answer.Span, method, payloadTypeInfo, context);
            }

            throw HttpStatusError(response, answer.Span, method, payloadTypeInfo, context);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            // Report the caller's own token, not the linked one, so callers can tell their cancellation apart.
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch (OperationCanceledException ex)
        {
            // Our attempt timeout, or the HttpClient's own Timeout: either way the caller did not cancel.
            throw new JdTimeoutException($"JD did not answer {method} within {_timeout.TotalSeconds:0.###} s.", _timeout, ex) { Method = method };
        }
        catch (HttpRequestException ex)
        {
            var delivery = responseStarted ? JdDeliveryState.Delivered : DeliveryOf(ex);
            throw new JdTransportException(TransportMessage(method, delivery), delivery, ex) { Method = method };
        }
        catch (IOException ex)
        {
            var delivery = responseStarted ? JdDeliveryState.Delivered : JdDeliveryState.Unknown;
            throw new JdTransportException(TransportMessage(method, delivery), delivery, ex) { Method = method };
        }
        finally
        {
            body.Dispose();
        }
    }

    /// <summary>The signed form body of one attempt, timestamped now; internal so the benchmarks measure this exact path.</summary>
    internal PooledBytes BuildBody(string method, ReadOnlySpan<byte> businessJson, string? accessToken) =>
        BuildSignedBody(method, businessJson, accessToken, out _);

    /// <summary>
    /// Builds the body and teaches the redactor the sign and the access token it carries, before anything is sent: an
    /// answer, a log line or a later error that reflects them shows the mask instead.
    /// </summary>
    private PooledBytes BuildSignedBody(string method, ReadOnlySpan<byte> businessJson, string? accessToken, out string sign)
    {
        // Both values may be long (a typed request's method is the implementer's string): stack buffers are a fixed,
        // small size and anything longer goes to a pooled array, so no input can overflow the stack.
        var methodLength = Encoding.UTF8.GetByteCount(method);
        var rentedMethod = methodLength > MaxStackBytes ? ArrayPool<byte>.Shared.Rent(methodLength) : null;
        var tokenLength = accessToken is null ? 0 : Encoding.UTF8.GetByteCount(accessToken);
        var rentedToken = tokenLength > MaxStackBytes ? ArrayPool<byte>.Shared.Rent(tokenLength) : null;
        try
        {
            Span<byte> methodBytes = rentedMethod ?? stackalloc byte[MaxStackBytes];
            methodBytes = methodBytes[..Encoding.UTF8.GetBytes(method, methodBytes)];
            Span<byte> token = rentedToken ?? stackalloc byte[MaxStackBytes];
            token = token[..(accessToken is null ? 0 : Encoding.UTF8.GetBytes(accessToken, token))];
            var parameters = new RouterJsonParameters(methodBytes, _appKey, token, _timeProvider.GetUtcNow(), _signMethod);
            var body = RouterJsonFormBuilder.Build(parameters, businessJson, _secret, out sign);
            _redactor.Remember(sign);
            _redactor.Remember(accessToken);
            return body;
        }
        finally
        {
            if (rentedMethod is not null)
            {
                ArrayPool<byte>.Shared.Return(rentedMethod);
            }

            if (rentedToken is not null)
            {
                ArrayPool<byte>.Shared.Return(rentedToken, clearArray: true);
            }
        }
    }

    private async Task<PooledBytes> ReadCappedAsync(HttpResponseMessage response, string method, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var declared = response.Content.Headers.ContentLength;
        if (declared > _maxResponseBytes)
        {
            throw TooLarge(method, status);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // One byte past the cap tells an answer of exactly the cap from a larger one.
            var initial = (int)Math.Min(Math.Min(declared ?? UnknownLengthResponseBuffer, MaxInitialResponseBuffer), _maxResponseBytes) + 1;
            var buffer = ArrayPool<byte>.Shared.Rent(initial);
            var length = 0;
            try
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        var larger = (int)Math.Min(Math.Min((long)buffer.Length * 2, (long)_maxResponseBytes + 1), Array.MaxLength);
                        if (length > _maxResponseBytes || larger <= buffer.Length)
                        {
                            throw TooLarge(method, status);
                        }

                        var grown = ArrayPool<byte>.Shared.Rent(larger);
                        buffer.AsSpan(0, length).CopyTo(grown);
                        PooledBytes.ClearAndReturn(buffer, length);
                        buffer = grown;
                    }

                    int read;
                    try
                    {
                        read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException)
                    {
                        throw Undecodable(method, status, ex);
                    }

                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                    if (length > _maxResponseBytes)
                    {
                        throw TooLarge(method, status);
                    }
                }

                return new PooledBytes(buffer, length);
            }
            catch
            {
                PooledBytes.ClearAndReturn(buffer, length);
                throw;
            }
        }
    }

    /// <summary>
    /// With automatic decompression on, a body that does not match its <c>Content-Encoding</c> makes the decoder
    /// throw <see cref="InvalidDataException"/> (gzip, deflate) or <see cref="InvalidOperationException"/> (br) from the
    /// read. That is the answer's HTTP encoding failing after JD received and answered the request: a transport error
    /// with <see cref="JdDeliveryState.Delivered"/>, like a connection that breaks while the answer streams in, so a
    /// read may be retried and a write is never re-sent.
    /// </summary>
    private static JdTransportException Undecodable(string method, int status, Exception decoderError) =>
        new($"JD's gateway answered {method} with HTTP {status}, but the body could not be decoded as its Content-Encoding says; JD received the request.",
            JdDeliveryState.Delivered,
            decoderError)
        {
            Method = method,
        };

    private JdContractException TooLarge(string method, int status) =>
        new($"JD's answer to {method} is larger than the {_maxResponseBytes}-byte cap (JdClientOptions.MaxResponseBytes).", null, null)
        {
            Method = method,
            HttpStatusCode = status,
        };

    private static Exception HttpStatusError<T>(
        HttpResponseMessage response,
        ReadOnlySpan<byte> body,
        string method,
        JsonTypeInfo<T> payloadTypeInfo,
        in JdEnvelopeReader.EnvelopeContext context)
    {
        // JD answers errors with 200, but a proxy in front of it may not: prefer JD's own error when the body has one.
        try
        {
            JdEnvelopeReader.ReadPayload(body, method, payloadTypeInfo, context);
        }
        catch (JdGatewayException gatewayError)
        {
            return gatewayError;
        }
        catch (JdException)
        {
            // Not a JD envelope: report the HTTP status below.
        }

        var status = (int)response.StatusCode;
        var delivery = status is >= 400 and < 500 and not 408 ? JdDeliveryState.Delivered : JdDeliveryState.Unknown;

        // The reason phrase is the server's free text: a hostile one may reflect a secret there.
        var reason = context.Redactor.Redact(JdRedactor.Shorten(response.ReasonPhrase, 64));
        return new JdTransportException($"JD's gateway answered {method} with HTTP {status} ({reason}).", delivery, null)
        {
            Method = method,
            HttpStatusCode = status,
            RetryAfter = RetryAfterOf(response),
        };
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date && response.Headers.Date is { } now)
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static JdDeliveryState DeliveryOf(HttpRequestException exception)
    {
        if (exception.HttpRequestError is HttpRequestError.NameResolutionError)
        {
            return JdDeliveryState.NotSent;
        }

        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable or SocketError.HostUnreachable })
            {
                return JdDeliveryState.NotSent;
            }
        }

        return JdDeliveryState.Unknown;
    }

    private static string TransportMessage(string method, JdDeliveryState delivery) => delivery switch
    {
        JdDeliveryState.NotSent => $"Could not reach JD's gateway for {method}; the request was not sent.",
        JdDeliveryState.Delivered => $"The connection to JD's gateway broke while reading the answer to {method}; JD received the request.",
        _ => $"The connection to JD's gateway failed during {method}; the request may or may not have reached JD.",
    };
}
