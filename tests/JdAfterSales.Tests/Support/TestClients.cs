using JdAfterSales.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Support;

internal static class TestClients
{
    public const string AppKey = "A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6";
    public const string AppSecret = "0123456789abcdef0123456789abcdef";
    public const string AccessToken = "abcdef0123456789abcdef0123456789";

    public static readonly DateTimeOffset VectorInstant = new(2024, 5, 20, 5, 45, 30, TimeSpan.Zero);

    public static JdClientOptions Options(JdSignMethod signMethod = JdSignMethod.Md5, string? accessToken = AccessToken) => new()
    {
        AppKey = AppKey,
        AppSecret = AppSecret,
        AccessToken = accessToken,
        SignMethod = signMethod,
        Gateway = new Uri("https://gateway.test/routerjson"),

        // Gateway-core tests look at one attempt; the resilience tests turn retries on and drive fake time.
        Retry = new JdRetryOptions { MaxRetries = 0 },
    };

    public static JdClient Create(HttpMessageHandler handler, JdClientOptions? options = null, TimeProvider? time = null) =>
        new(new HttpClient(handler), options ?? Options(), accessTokenProvider: null, time ?? new FakeTimeProvider(VectorInstant));
}
