using System.Globalization;

namespace JdAfterSales.Testing;

/// <summary>
/// Everything a client needs to talk to one fake gateway, named as <c>JdClientOptions</c> names it, with an operator
/// for the after-sales calls and retry delays short enough that a test with injected faults finishes in milliseconds
/// on the system clock. The fake shares no code with the client, so it hands over values, not an options object:
/// copy them into <c>JdClientOptions</c>, or bind <see cref="ToConfiguration"/> with <c>AddJdAfterSales</c>.
/// </summary>
public sealed record FakeClientSettings
{
    /// <summary>Gets the fake's routerjson address (<c>JdClientOptions.Gateway</c>).</summary>
    public required Uri Gateway { get; init; }

    /// <summary>Gets the app key the fake accepts.</summary>
    public required string AppKey { get; init; }

    /// <summary>Gets the app secret the fake signs with.</summary>
    public required string AppSecret { get; init; }

    /// <summary>Gets an access token the fake accepts.</summary>
    public required string AccessToken { get; init; }

    /// <summary>Gets the shop's vender id, the <c>buId</c> of every after-sales call.</summary>
    public required string VenderId { get; init; }

    /// <summary>Gets an operator account for the after-sales calls.</summary>
    public string OperatorPin { get; init; } = "fake-operator";

    /// <summary>Gets an operator name for the after-sales calls.</summary>
    public string OperatorNick { get; init; } = "测试客服";

    /// <summary>Gets a first retry delay short enough for tests (<c>JdRetryOptions.BaseDelay</c>).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Gets a longest retry delay short enough for tests (<c>JdRetryOptions.MaxDelay</c>), also after code 2.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// The settings as configuration keys under <paramref name="section"/>. <c>AddJdAfterSales(configuration)</c> takes the
    /// root configuration and binds its <c>JdAfterSales</c> section, the default here.
    /// </summary>
    /// <param name="section">The section name; <c>JdAfterSales</c> (<c>JdClientOptions.SectionName</c>) unless set.</param>
    /// <returns>The keys and values, for <c>ConfigurationBuilder.AddInMemoryCollection</c>.</returns>
    public IEnumerable<KeyValuePair<string, string?>> ToConfiguration(string section = "JdAfterSales")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(section);
        yield return new($"{section}:Gateway", Gateway.ToString());
        yield return new($"{section}:AppKey", AppKey);
        yield return new($"{section}:AppSecret", AppSecret);
        yield return new($"{section}:AccessToken", AccessToken);
        yield return new($"{section}:VenderId", VenderId);
        yield return new($"{section}:OperatorPin", OperatorPin);
        yield return new($"{section}:OperatorNick", OperatorNick);
        yield return new($"{section}:Retry:BaseDelay", RetryBaseDelay.ToString("c", CultureInfo.InvariantCulture));
        yield return new($"{section}:Retry:RateLimitedBaseDelay", RetryBaseDelay.ToString("c", CultureInfo.InvariantCulture));
        yield return new($"{section}:Retry:MaxDelay", RetryMaxDelay.ToString("c", CultureInfo.InvariantCulture));
    }

    /// <summary>Describes the settings without the secret or the token.</summary>
    /// <returns>The gateway, app key and shop.</returns>
    public override string ToString() => $"FakeClientSettings {{ Gateway = {Gateway}, AppKey = {AppKey}, VenderId = {VenderId} }}";
}
