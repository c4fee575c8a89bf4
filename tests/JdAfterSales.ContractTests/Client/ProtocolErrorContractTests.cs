using System.Text.Json.Nodes;
using JdAfterSales.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.ContractTests.Client;

/// <summary>
/// What a misconfigured client gets from the fake gateway is the typed error it would get from JD: the fake checks
/// the protocol with its own code, so a client mistake cannot hide by being made on both sides of the wire.
/// </summary>
public sealed class ProtocolErrorContractTests
{
    private static readonly JsonObject ReasonListParameters = new() { ["buId"] = "10001234", ["operatePin"] = "pin", ["operateNick"] = "nick" };

    [Theory]
    [InlineData(JdSignMethod.Md5)]
    [InlineData(JdSignMethod.HmacMd5)]
    [InlineData(JdSignMethod.HmacSha256)]
    public async Task A_correct_client_is_accepted_with_every_sign_method(JdSignMethod signMethod)
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var client = fixture.Client(o => o.SignMethod = signMethod);

        var payload = await client.InvokeRawAsync("jingdong.asc.audit.reason.list", Clone(ReasonListParameters), JdOperationKind.Read);

        Assert.True(payload.GetProperty("result").GetProperty("success").GetBoolean());
        Assert.Equal(JdSigner.FormatSignMethod(signMethod), fixture.Gateway.Journal.Last!.SignMethod);
    }

    [Theory]
    [InlineData(JdSignMethod.Md5)]
    [InlineData(JdSignMethod.HmacMd5)]
    [InlineData(JdSignMethod.HmacSha256)]
    public async Task A_wrong_secret_is_the_typed_signature_error(JdSignMethod signMethod)
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var client = fixture.Client(o => { o.AppSecret = "not-the-secret-0000000000000000"; o.SignMethod = signMethod; });

        var error = await Assert.ThrowsAsync<JdGatewayException>(() => client.InvokeRawAsync("jingdong.asc.audit.reason.list", Clone(ReasonListParameters), JdOperationKind.Read));

        Assert.Equal(JdGatewayErrorCodes.InvalidSignature, error.Code);
        Assert.False(error.IsRetryable);
        Assert.Equal("jingdong.asc.audit.reason.list", error.Method);
    }

    [Fact]
    public async Task A_clock_seven_minutes_off_is_the_typed_timestamp_error()
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var skewed = new FakeTimeProvider(fixture.Clock.GetUtcNow() - TimeSpan.FromMinutes(7));
        var client = fixture.Client(clientClock: skewed);

        var error = await Assert.ThrowsAsync<JdGatewayException>(() => client.InvokeRawAsync("jingdong.asc.audit.reason.list", Clone(ReasonListParameters), JdOperationKind.Read));

        Assert.Equal(JdGatewayErrorCodes.InvalidTimestamp, error.Code);
    }

    [Fact]
    public async Task A_clock_five_minutes_off_is_still_accepted()
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var client = fixture.Client(clientClock: new FakeTimeProvider(fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(5)));
        var payload = await client.InvokeRawAsync("jingdong.asc.audit.reason.list", Clone(ReasonListParameters), JdOperationKind.Read);
        Assert.True(payload.GetProperty("result").GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_method_is_the_typed_unknown_method_error()
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var error = await Assert.ThrowsAsync<JdGatewayException>(() => fixture.Client().InvokeRawAsync("jingdong.asc.no.such.method", null, JdOperationKind.Read));
        Assert.Equal(JdGatewayErrorCodes.UnknownMethod, error.Code);
    }

    [Fact]
    public async Task A_bad_token_is_the_typed_authentication_error()
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var client = fixture.Client(o => o.AccessToken = "ffffffffffffffffffffffffffffffff");

        var error = await Assert.ThrowsAsync<JdAuthenticationException>(() => client.InvokeRawAsync("jingdong.asc.audit.reason.list", Clone(ReasonListParameters), JdOperationKind.Read));

        Assert.Equal(JdGatewayErrorCodes.InvalidAccessToken, error.Code);
        Assert.True(error.CanRefreshToken);
        Assert.DoesNotContain("ffffffffffffffffffffffffffffffff", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_token_is_the_typed_missing_token_error()
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var client = fixture.Client(o => o.AccessToken = null);
        var error = await Assert.ThrowsAsync<JdAuthenticationException>(() => client.InvokeRawAsync("jingdong.asc.audit.reason.list", Clone(ReasonListParameters), JdOperationKind.Read));
        Assert.Equal(JdGatewayErrorCodes.MissingAccessToken, error.Code);
    }

    [Fact]
    public async Task An_unknown_app_key_is_the_typed_app_key_error()
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var client = fixture.Client(o => o.AppKey = "0000000000000000000000000000FFFF");
        var error = await Assert.ThrowsAsync<JdAuthenticationException>(() => client.InvokeRawAsync("jingdong.asc.audit.reason.list", Clone(ReasonListParameters), JdOperationKind.Read));
        Assert.Equal(JdGatewayErrorCodes.InvalidAppKey, error.Code);
    }

    [Fact]
    public async Task A_missing_required_business_parameter_is_named()
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var error = await Assert.ThrowsAsync<JdGatewayException>(() => fixture.Client().InvokeRawAsync(
            "jingdong.asc.query.view",
            new JsonObject { ["buId"] = fixture.Gateway.VenderId, ["operatePin"] = "p", ["operateNick"] = "n", ["orderId"] = 1 },
            JdOperationKind.Read));
        Assert.Equal(JdGatewayErrorCodes.InvalidParameter, error.Code);
        Assert.Contains("serviceId", error.EnglishDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_text_and_reserved_characters_survive_signing_and_encoding()
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var notes = "包装破损 & 缺配件 = 拒绝? 100% + 运费";
        var parameters = new JsonObject { ["buId"] = fixture.Gateway.VenderId, ["operatePin"] = "p", ["operateNick"] = "李四 & co", ["parentCode"] = 0, ["note"] = notes };

        await fixture.Client().InvokeRawAsync("jingdong.asc.audit.reason.list", parameters, JdOperationKind.Read);

        var record = fixture.Gateway.Journal.Last!;
        Assert.Equal("李四 & co", record.GetBusinessParameter("operateNick"));
        Assert.Equal(notes, record.GetBusinessParameter("note"));
    }

    private static JsonObject Clone(JsonObject value) => JsonNode.Parse(value.ToJsonString())!.AsObject();
}
