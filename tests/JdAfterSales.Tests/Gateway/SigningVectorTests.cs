using System.Text.Json.Nodes;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Gateway;

/// <summary>Every vector of tests/vectors/signing.json, computed independently of this code.</summary>
public sealed class SigningVectorTests
{
    public static TheoryData<string> VectorNames => Vectors.SigningVectorNames();

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Signer_computes_the_vector_sign(string name)
    {
        var vector = Vectors.SigningVector(name);
        var sign = JdSigner.ComputeSign(Vectors.Parameters(vector), vector.GetProperty("appSecret").GetString()!);
        Assert.Equal(vector.GetProperty("sign").GetString(), sign);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Signer_builds_the_vector_string_to_sign(string name)
    {
        var vector = Vectors.SigningVector(name);
        var text = JdSigner.BuildStringToSign(Vectors.Parameters(vector), vector.GetProperty("appSecret").GetString()!);
        Assert.Equal(vector.GetProperty("stringToSign").GetString(), text);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Vector_example_form_body_decodes_to_the_vector_parameters(string name)
    {
        // Guards the decoder the other tests rely on.
        var vector = Vectors.SigningVector(name);
        var decoded = FormDecoding.Decode(vector.GetProperty("exampleFormBody").GetString()!);
        var expected = Vectors.Parameters(vector).Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Key, p => p.Value!);
        expected["sign"] = vector.GetProperty("sign").GetString()!;
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), decoded.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>
    /// The whole client path — business JSON written once, system parameters, timestamp from the clock, signature,
    /// form encoding — produces a body that decodes to exactly the vector's parameters and sign. The plain-timestamp
    /// vector is left to the signer tests: the client always sends the millisecond form.
    /// </summary>
    [Theory]
    [InlineData("asc-query-list-md5", JdSignMethod.Md5)]
    [InlineData("asc-query-list-hmacmd5", JdSignMethod.HmacMd5)]
    [InlineData("asc-query-list-hmacsha256", JdSignMethod.HmacSha256)]
    [InlineData("asc-audit-refuse-md5-reserved-chars", JdSignMethod.Md5)]
    [InlineData("no-access-token-empty-params", JdSignMethod.Md5)]
    public async Task Client_sends_a_body_that_decodes_to_the_vector(string name, JdSignMethod signMethod)
    {
        var vector = Vectors.SigningVector(name);
        var parameters = Vectors.Parameters(vector);
        var method = parameters["method"]!;
        var instant = ParseVectorTimestamp(parameters["timestamp"]!);
        var handler = StubHandler.Json("{\"" + method.Replace('.', '_') + "_responce\":{\"code\":\"0\"}}");
        var options = TestClients.Options(signMethod, accessToken: parameters["access_token"]);
        var client = TestClients.Create(handler, options, new FakeTimeProvider(instant));

        await client.InvokeRawAsync(method, JsonNode.Parse(parameters["360buy_param_json"]!)!.AsObject(), JdOperationKind.Read);

        var sent = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", sent.ContentType);
        var expected = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Key, p => p.Value!);
        expected["sign"] = vector.GetProperty("sign").GetString()!;
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), sent.Form.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Client_body_is_byte_identical_to_the_vector_example()
    {
        var vector = Vectors.SigningVector("asc-query-list-md5");
        var parameters = Vectors.Parameters(vector);
        var handler = StubHandler.Json("""{"jingdong_asc_query_list_responce":{"code":"0"}}""");
        var client = TestClients.Create(handler);

        await client.InvokeRawAsync("jingdong.asc.query.list", JsonNode.Parse(parameters["360buy_param_json"]!)!.AsObject(), JdOperationKind.Read);

        Assert.Equal(vector.GetProperty("exampleFormBody").GetString(), Assert.Single(handler.Requests).BodyText);
    }

    [Fact]
    public void Unknown_sign_method_is_refused_naming_the_parameter()
    {
        var parameters = new Dictionary<string, string?> { ["method"] = "x", ["sign_method"] = "sha1" };
        var error = Assert.Throws<JdValidationException>(() => JdSigner.ComputeSign(parameters, "secret"));
        Assert.Equal("sign_method", error.Field);
    }

    [Fact]
    public void A_parameter_named_sign_is_never_signed()
    {
        var without = new Dictionary<string, string?> { ["method"] = "m", ["v"] = "2.0" };
        var with = new Dictionary<string, string?>(without) { ["sign"] = "ABC" };
        Assert.Equal(JdSigner.ComputeSign(without, "s3cret"), JdSigner.ComputeSign(with, "s3cret"));
    }

    private static DateTimeOffset ParseVectorTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture);
}
