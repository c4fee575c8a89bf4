using JdAfterSales.Gateway;

namespace JdAfterSales.Auth;

/// <summary>
/// The access token the attempts of one call sign with. When the gateway answers code 19 the token is invalidated at
/// once, and the next attempt, if the call's retry budget and deadline leave one, signs with a renewed token. Code 19
/// comes from the gateway's token check, before JD routes the call to the API, so even a write has not run: sending it
/// again cannot apply it twice. One renewal a call: a second code 19 surfaces.
/// </summary>
internal sealed class JdCallToken
{
    private readonly IJdAccessTokenProvider? _provider;
    private readonly string? _shopId;
    private Exception? _rejection;
    private bool _renewalPending;

    private JdCallToken(string? value, IJdAccessTokenProvider? provider, string? shopId)
    {
        Value = value;
        _provider = provider;
        _shopId = shopId;
    }

    /// <summary>Gets the token the next attempt signs with.</summary>
    public string? Value { get; private set; }

    /// <summary>Whether <paramref name="exception"/> is the refusal this token was invalidated for and a renewal awaits the next attempt.</summary>
    public bool IsRenewing(Exception exception) => _renewalPending && ReferenceEquals(exception, _rejection);

    /// <summary>A token that is never renewed (a fixed token, or none).</summary>
    public static JdCallToken Fixed(string? value) => new(value, provider: null, shopId: null);

    /// <summary>A token from <paramref name="provider"/>, renewed once after code 19 when the provider can invalidate.</summary>
    public static JdCallToken From(string? value, IJdAccessTokenProvider provider, string? shopId) =>
        provider is IJdAccessTokenInvalidation && value is not null ? new(value, provider, shopId) : Fixed(value);

    /// <summary>Whether <paramref name="exception"/> is the gateway refusing this token and a renewal is still allowed.</summary>
    public bool CanRenewAfter(Exception exception) =>
        exception is JdAuthenticationException { Code: JdGatewayErrorCodes.InvalidAccessToken }
        && _provider is IJdAccessTokenInvalidation
        && Value is not null
        && _rejection is null;

    /// <summary>Invalidates the refused token now, so later calls renew it even if this call has no attempt left.</summary>
    public async ValueTask RejectAsync(Exception rejection, CancellationToken cancellationToken)
    {
        _rejection = rejection;
        await ((IJdAccessTokenInvalidation)_provider!).InvalidateAsync(_shopId, Value!, cancellationToken).ConfigureAwait(false);
        _renewalPending = true;
    }

    /// <summary>Fetches the renewed token if the last attempt was refused; otherwise does nothing.</summary>
    public ValueTask EnsureCurrentAsync(CancellationToken cancellationToken) =>
        _renewalPending ? RenewAsync(cancellationToken) : default;

    private async ValueTask RenewAsync(CancellationToken cancellationToken)
    {
        Value = await _provider!.GetAccessTokenAsync(_shopId, cancellationToken).ConfigureAwait(false);
        _renewalPending = false;
    }
}
