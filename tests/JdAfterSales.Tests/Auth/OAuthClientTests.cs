using JdAfterSales.Auth;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Auth;

public sealed class OAuthClientTests
{
    private static JdOAuthClient Client(StubHandler stub, Uri? baseUri = null) =>
        new(new HttpClient(stub), new JdOAuthOptions { AppKey = TestClients.AppKey, AppSecret = TestClients.AppSecret, BaseUri = baseUri ?? JdOAuthOptions.ProductionBaseUri });

    [Fact]
    public void Authorization_uri_carries_app_key_callback_state_and_scope_but_no_secret()
    {
        var uri = Client(StubHandler.Json("{}")).BuildAuthorizationUri(new Uri("https://shop.example/jd/callback?x=1"), "csrf-42");
        Assert.Equal("https://open-oauth.jd.com/oauth2/to_login", uri.GetLeftPart(UriPartial.Path));
        var query = FormDecoding.Decode(uri.Query.TrimStart('?'));
        Assert.Equal(TestClients.AppKey, query["app_key"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("https://shop.example/jd/callback?x=1", query["redirect_uri"]);
        Assert.Equal("csrf-42", query["state"]);
        Assert.Equal("snsapi_base", query["scope"]);
        Assert.DoesNotContain(TestClients.AppSecret, uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Authorization_uri_requires_state_and_an_absolute_callback()
    {
        var client = Client(StubHandler.Json("{}"));
        Assert.Equal("state", Assert.Throws<JdValidationException>(() => client.BuildAuthorizationUri(new Uri("https://shop.example/cb"), "")).Field);
        Assert.Equal("redirect_uri", Assert.Throws<JdValidationException>(() => client.BuildAuthorizationUri(new Uri("/cb", UriKind.Relative), "s")).Field);
    }

    [Fact]
    public async Task Exchange_reads_the_fixture_and_computes_expiry()
    {
        var stub = StubHandler.Bytes(Vectors.Response("oauth.access_token.success.json"));
        var token = await Client(stub, new Uri("http://fake-oauth.test/base")).ExchangeCodeAsync("the-code");

        Assert.Equal("abcdef0123456789abcdef0123456789", token.AccessToken);
        Assert.Equal("fedcba9876543210fedcba9876543210", token.RefreshToken);
        Assert.Equal(TimeSpan.FromSeconds(86400), token.ExpiresIn);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1716183930000), token.IssuedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1716183930000 + 86_400_000), token.ExpiresAt);
        Assert.Equal("snsapi_base", token.Scope);
        Assert.Equal("xo9u2Ow0Lb1aF3", token.OpenId);
        Assert.Equal("1234567890", token.Uid);
        Assert.Equal("bearer", token.TokenType);
        Assert.Equal(0, token.Code);
        Assert.DoesNotContain(token.AccessToken, token.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(token.RefreshToken!, token.ToString(), StringComparison.Ordinal);

        var sent = Assert.Single(stub.Requests);
        Assert.Equal("http://fake-oauth.test/base/oauth2/access_token", sent.Uri.GetLeftPart(UriPartial.Path));
        var query = FormDecoding.Decode(sent.Uri.Query.TrimStart('?'));
        Assert.Equal(TestClients.AppKey, query["app_key"]);
        Assert.Equal(TestClients.AppSecret, query["app_secret"]);
        Assert.Equal("authorization_code", query["grant_type"]);
        Assert.Equal("the-code", query["code"]);
    }

    [Fact]
    public async Task Refresh_sends_the_refresh_grant()
    {
        var stub = StubHandler.Bytes(Vectors.Response("oauth.access_token.success.json"));
        await Client(stub).RefreshAsync("my-refresh-token");
        var sent = Assert.Single(stub.Requests);
        Assert.Equal("https://open-oauth.jd.com/oauth2/refresh_token", sent.Uri.GetLeftPart(UriPartial.Path));
        var query = FormDecoding.Decode(sent.Uri.Query.TrimStart('?'));
        Assert.Equal("refresh_token", query["grant_type"]);
        Assert.Equal("my-refresh-token", query["refresh_token"]);
    }

    [Fact]
    public async Task Oauth_error_is_an_authentication_exception_with_code_message_and_request_id_and_no_secret()
    {
        var stub = StubHandler.Bytes(Vectors.Response("oauth.refresh.invalid.json"));
        var error = await Assert.ThrowsAsync<JdAuthenticationException>(() => Client(stub).RefreshAsync("my-refresh-token"));
        Assert.Equal("402", error.Code);
        Assert.Contains("refresh_token is invalid or expired", error.Message, StringComparison.Ordinal);
        Assert.Equal("refresh_token is invalid or expired", error.EnglishDescription);
        Assert.Equal("b1c2d3e4", error.RequestId);
        Assert.DoesNotContain(TestClients.AppSecret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("my-refresh-token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_json_answer_is_a_contract_error_without_the_secret()
    {
        var stub = StubHandler.Json($"<html>app_secret={TestClients.AppSecret}</html>");
        var error = await Assert.ThrowsAsync<JdContractException>(() => Client(stub).ExchangeCodeAsync("c"));
        Assert.DoesNotContain(TestClients.AppSecret, error.ToString() + error.BodyExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_never_appear_in_to_string()
    {
        var options = new JdOAuthOptions { AppKey = TestClients.AppKey, AppSecret = TestClients.AppSecret };
        Assert.DoesNotContain(TestClients.AppSecret, options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.AppSecret, Client(StubHandler.Json("{}")).ToString(), StringComparison.Ordinal);
        var set = AuthFakes.Tokens("secret-access-token", DateTimeOffset.UnixEpoch);
        Assert.DoesNotContain("secret-access-token", set.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-secret-access-token", set.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blank_code_or_refresh_token_is_refused_before_sending()
    {
        var stub = StubHandler.Json("{}");
        Assert.Equal("code", (await Assert.ThrowsAsync<JdValidationException>(() => Client(stub).ExchangeCodeAsync(" "))).Field);
        Assert.Equal("refresh_token", (await Assert.ThrowsAsync<JdValidationException>(() => Client(stub).RefreshAsync(""))).Field);
        Assert.Empty(stub.Requests);
    }
}
