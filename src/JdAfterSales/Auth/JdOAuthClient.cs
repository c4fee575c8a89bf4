using System.Text;
using System.Text.Json;
using JdAfterSales.Diagnostics;
using JdAfterSales.Serialization;

namespace JdAfterSales.Auth;

/// <summary>
/// JD's merchant OAuth (<c>https://open-oauth.jd.com</c>): the authorization page a shop owner is sent to, the code
/// exchange and the refresh. The app secret goes only to this server, as JD requires, in the query string of
/// <c>oauth2/access_token</c> and <c>oauth2/refresh_token</c>; it never appears in an exception or in
/// <see cref="ToString"/>.
/// </summary>
public sealed class JdOAuthClient
{
    private const int MaxAnswerBytes = 64 * 1024;

    private readonly HttpClient _httpClient;
    private readonly JdOAuthOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="options">The app's credentials and the OAuth server; validated and copied.</param>
    /// <param name="timeProvider">The clock for timeouts and for tokens JD sends without an issue time; <c>null</c> for the system clock.</param>
    /// <exception cref="JdValidationException">An option is missing or malformed.</exception>
    public JdOAuthClient(HttpClient httpClient, JdOAuthOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _httpClient = httpClient;
        _options = options.Validated();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The OAuth server this client calls.</summary>
    public Uri BaseUri => _options.BaseUri;

    /// <summary>
    /// The page to send a shop owner's browser to (<c>oauth2/to_login</c>). After the owner logs in, JD redirects to
    /// <paramref name="redirectUri"/> with <c>code</c> and <c>state</c>; check <c>state</c>, then call
    /// <see cref="ExchangeCodeAsync"/>.
    /// </summary>
    /// <param name="redirectUri">The callback registered for the app at JD (absolute).</param>
    /// <param name="state">An unguessable value tied to the owner's session, echoed back by JD (CSRF protection); required.</param>
    /// <param name="scope">The scope; <c>snsapi_base</c> unless set.</param>
    /// <returns>The absolute authorization URI. It carries the app key but never the secret.</returns>
    /// <exception cref="JdValidationException">An argument is missing or malformed.</exception>
    public Uri BuildAuthorizationUri(Uri redirectUri, string state, string scope = "snsapi_base")
    {
        if (redirectUri is null || !redirectUri.IsAbsoluteUri)
        {
            throw new JdValidationException("redirect_uri", "is required and must be the absolute callback registered for the app.");
        }

        if (string.IsNullOrWhiteSpace(state))
        {
            throw new JdValidationException("state", "is required: an unguessable value tied to the owner's session, checked on the callback.");
        }

        if (string.IsNullOrWhiteSpace(scope))
        {
            throw new JdValidationException("scope", "must not be blank.");
        }

        return Endpoint("oauth2/to_login", [
            ("app_key", _options.AppKey),
            ("response_type", "code"),
            ("redirect_uri", redirectUri.AbsoluteUri),
            ("state", state),
            ("scope", scope),
        ]);
    }

    /// <summary>Exchanges the code from the authorization callback for tokens (<c>oauth2/access_token</c>).</summary>
    /// <param name="code">The <c>code</c> JD put on the callback.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens.</returns>
    /// <exception cref="JdValidationException">The code is blank; nothing was sent.</exception>
    /// <exception cref="JdAuthenticationException">JD refused the code (non-zero <c>code</c>); carries JD's code, message and request id.</exception>
    /// <exception cref="JdTransportException">The server could not be reached or answered without JSON.</exception>
    /// <exception cref="JdContractException">The answer could not be read.</exception>
    public Task<JdOAuthToken> ExchangeCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new JdValidationException("code", "is required: the code JD put on the authorization callback.");
        }

        return SendAsync("oauth2/access_token", "authorization_code", ("code", code), code, cancellationToken);
    }

    /// <summary>Exchanges a refresh token for new tokens (<c>oauth2/refresh_token</c>).</summary>
    /// <param name="refreshToken">The refresh token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new tokens.</returns>
    /// <exception cref="JdValidationException">The refresh token is blank; nothing was sent.</exception>
    /// <exception cref="JdAuthenticationException">JD refused the refresh (non-zero <c>code</c>, for example an invalid or expired refresh token).</exception>
    /// <exception cref="JdTransportException">The server could not be reached or answered without JSON.</exception>
    /// <exception cref="JdContractException">The answer could not be read.</exception>
    public Task<JdOAuthToken> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(refreshToken))
        {
            throw new JdValidationException("refresh_token", "is required.");
        }

        return SendAsync("oauth2/refresh_token", "refresh_token", ("refresh_token", refreshToken), refreshToken, cancellationToken);
    }

    /// <summary>Describes the client without the secret.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdOAuthClient (app key {_options.AppKey}, {_options.BaseUri})";

    private async Task<JdOAuthToken> SendAsync(string path, string grantType, (string Name, string Value) grant, string grantSecret, CancellationToken cancellationToken)
    {
        var redactor = new JdRedactor([_options.AppSecret, grantSecret]);
        var uri = Endpoint(path, [
            ("app_key", _options.AppKey),
            ("app_secret", _options.AppSecret),
            ("grant_type", grantType),
            grant,
        ]);
        using var timeout = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        byte[] body;
        int status;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (response.Content.Headers.ContentLength > MaxAnswerBytes)
            {
                throw new JdContractException($"JD's OAuth answer to {path} is larger than {MaxAnswerBytes} bytes.", null, null) { Method = path };
            }

            try
            {
                body = await ReadBoundedAsync(response.Content, linked.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException)
            {
                // Automatic decompression of a body that does not match its Content-Encoding fails here, after
                // JD received the request: the grant may be spent, so this is a transport error after delivery.
                throw new JdTransportException(
                    $"JD's OAuth server answered {path} with HTTP {status}, but the body could not be decoded as its Content-Encoding says.",
                    JdDeliveryState.Delivered,
                    ex)
                {
                    Method = path,
                    HttpStatusCode = status,
                };
            }
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch (OperationCanceledException ex)
        {
            throw new JdTimeoutException($"JD's OAuth server did not answer {path} within {_options.Timeout.TotalSeconds:0.###} s.", _options.Timeout, ex) { Method = path };
        }
        catch (HttpRequestException ex)
        {
            // HttpRequestException messages name the host, never the query that carries the secret.
            throw new JdTransportException($"Could not complete {path} with JD's OAuth server.", JdDeliveryState.Unknown, ex) { Method = path };
        }

        return Read(body, status, path, redactor);
    }

    /// <summary>Stops reading once past <see cref="MaxAnswerBytes"/>, whatever the headers said, so an endless body cannot exhaust memory.</summary>
    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var body = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while (body.Length <= MaxAnswerBytes && (read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            body.Write(buffer, 0, read);
        }

        return body.ToArray();
    }

    private JdOAuthToken Read(byte[] body, int status, string path, JdRedactor redactor)
    {
        JdOAuthReply? reply;
        try
        {
            reply = body.Length > MaxAnswerBytes ? null : JsonSerializer.Deserialize(body, JdJsonContext.Default.JdOAuthReply);
        }
        catch (JsonException ex)
        {
            if (status is < 200 or > 299)
            {
                throw new JdTransportException($"JD's OAuth server answered {path} with HTTP {status}.", JdDeliveryState.Delivered, null) { Method = path, HttpStatusCode = status };
            }

            throw new JdContractException($"JD's OAuth answer to {path} is not the expected JSON.", redactor.Excerpt(body), ex) { Method = path, HttpStatusCode = status };
        }

        if (reply is null)
        {
            throw new JdContractException($"JD's OAuth answer to {path} is empty or too large.", redactor.Excerpt(body), null) { Method = path, HttpStatusCode = status };
        }

        if (reply.Code is { } code && code != 0)
        {
            var message = redactor.Redact(reply.Message);
            return ThrowRefused(path, code, message, reply.RequestId, status);
        }

        var lifetime = JdOAuthReplyValues.Lifetime(reply.ExpiresIn);
        if (string.IsNullOrEmpty(reply.AccessToken) || lifetime is null)
        {
            if (status is < 200 or > 299)
            {
                throw new JdTransportException($"JD's OAuth server answered {path} with HTTP {status}.", JdDeliveryState.Delivered, null) { Method = path, HttpStatusCode = status };
            }

            throw new JdContractException($"JD's OAuth answer to {path} has no access_token or expires_in.", redactor.Excerpt(body), null) { Method = path, HttpStatusCode = status };
        }

        return new JdOAuthToken
        {
            AccessToken = reply.AccessToken,
            RefreshToken = reply.RefreshToken,
            ExpiresIn = lifetime.Value,
            IssuedAt = JdOAuthReplyValues.IssuedAt(reply.Time) ?? JdChinaTime.ToChinaTime(_timeProvider.GetUtcNow()),
            Scope = reply.Scope,
            OpenId = reply.OpenId,
            Uid = reply.Uid,
            TokenType = reply.TokenType,
            Code = reply.Code ?? 0,
        };
    }

    private static JdOAuthToken ThrowRefused(string path, int code, string? message, string? requestId, int status)
    {
        var codeText = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        throw new JdAuthenticationException($"JD's OAuth server refused {path} with code {codeText}: {message}", codeText)
        {
            Method = path,
            RequestId = requestId,
            EnglishDescription = message,
            HttpStatusCode = status,
        };
    }

    private Uri Endpoint(string path, ReadOnlySpan<(string Name, string Value)> query)
    {
        var builder = new StringBuilder(_options.BaseUri.AbsoluteUri).Append(path);
        var separator = '?';
        foreach (var (name, value) in query)
        {
            builder.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return new Uri(builder.ToString());
    }
}
