using System.Text;
using JdAfterSales.Diagnostics;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Tests.Gateway;

/// <summary>
/// The success payload is read in one pass when the envelope is well formed; every other body still gets the exact
/// error of the envelope-by-token path, and the depth limit counts the envelope as before.
/// </summary>
public sealed class EnvelopeOnePassTests
{
    [Theory]
    [InlineData("""{"jingdong_x_responce":{"code":"0","v":[1,2]}}""")]
    [InlineData("  \r\n{ \"jingdong_x_responce\"  :\n {\"code\":\"0\",\"v\":[1,2]} \t}\r\n ")]
    [InlineData("""{"jingdong_x_response":{"code":"0","v":[1,2]}}""")]
    [InlineData("""{"jingdong\u005fx_responce":{"code":"0","v":[1,2]}}""")]
    public void Well_formed_envelopes_are_read_whatever_their_spacing(string body)
    {
        var payload = Read(body, maxDepth: 64);
        Assert.Equal("0", payload.Element.GetProperty("code").GetString());
        Assert.Equal(2, payload.Element.GetProperty("v").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"jingdong_x_responce":{"code":"0"},"error_response":{"code":"66"}}""", "more than one top-level property")]
    [InlineData("""{"jingdong_x_responce":{"code":"0"},"other":1}""", "more than one top-level property")]
    [InlineData("""{"jingdong_x_responce":{"code":"0"}} {"again":1}""", "could not be read")]
    [InlineData("""{"jingdong_x_responce":{"code":"0"}}}""", "could not be read")]
    [InlineData("""{"jingdong_x_responce":null}""", "null payload")]
    public void Malformed_envelopes_keep_their_exact_errors(string body, string message)
    {
        var error = Assert.Throws<JdContractException>(() => Read(body, maxDepth: 64));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"jingdong_x_responce" {"code":"0"}}""")]
    [InlineData("""{"jingdong_x_responce":{"code":"0",}}""")]
    [InlineData("""{"jingdong_x_responce":{"code":"0"},}""")]
    [InlineData("""{"jingdong_x_responce":{"code":"0"}""")]
    public void Broken_json_is_a_contract_error(string body) =>
        Assert.Throws<JdContractException>(() => Read(body, maxDepth: 64));

    [Fact]
    public void The_depth_limit_counts_the_envelope()
    {
        // Depth 4 in all: the envelope, then three levels of payload.
        var payload = Read("""{"jingdong_x_responce":{"a":{"b":{}}}}""", maxDepth: 4);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, payload.Element.GetProperty("a").GetProperty("b").ValueKind);

        Assert.Throws<JdContractException>(() => Read("""{"jingdong_x_responce":{"a":{"b":{"c":{}}}}}""", maxDepth: 4));
    }

    private static JdRawPayload Read(string body, int maxDepth) =>
        JdEnvelopeReader.ReadPayload(
            Encoding.UTF8.GetBytes(body),
            "jingdong.x",
            JdJsonContext.Default.JdRawPayload,
            new JdEnvelopeReader.EnvelopeContext(200, JdRedactor.NameBased, maxDepth));
}
