using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Gateway;

/// <summary>
/// No exception message or ToString() carries the app secret, the access token or the sign — even when JD's
/// answer echoes them back (a proxy error page that quotes the request, say).
/// </summary>
public sealed class SecretLeakTests
{
    private const string Secret = "S3cretS3cretS3cretS3cret00000001";
    private const string Token = "T0kenT0kenT0kenT0kenT0ken0000002";

    public static TheoryData<string, string> EchoingBodies => new()
    {
        { "html echo", "<html><pre>POST app_key=k&access_token=" + Token + "&sign=ABCDEF0123456789ABCDEF0123456789&app_secret=" + Secret + "</pre></html>" },
        { "gateway error echo", """{"error_response":{"code":"19","zh_desc":"无效access_token T0kenT0kenT0kenT0kenT0ken0000002","en_desc":"Invalid access_token=T0kenT0kenT0kenT0kenT0ken0000002"}}""" },
        { "truncated json echo", """{"jingdong_x_responce":{"access_token":"T0kenT0kenT0kenT0kenT0ken0000002","sign":"ABCDEF""" },
        { "business failure echo", """{"jingdong_x_responce":{"result":{"success":false,"code":"E","msg":"secret S3cretS3cretS3cretS3cret00000001"}}}""" },
        { "plain text echo", "app_secret: " + Secret + " token " + Token },
    };

    [Theory]
    [MemberData(nameof(EchoingBodies))]
    public async Task Errors_never_carry_secrets(string label, string body)
    {
        var handler = StubHandler.Bytes(Encoding.UTF8.GetBytes(body), HttpStatusCode.OK);
        var options = TestClients.Options();
        options.AppSecret = Secret;
        options.AccessToken = Token;
        var client = TestClients.Create(handler, options);

        var error = await Assert.ThrowsAnyAsync<JdException>(() => client.InvokeRawAsync("jingdong.x", new JsonObject { ["k"] = "v" }, JdOperationKind.Read));

        var sign = Assert.Single(handler.Requests).Form["sign"];
        foreach (var text in Texts(error))
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(sign, text, StringComparison.Ordinal);
            Assert.DoesNotContain("ABCDEF0123456789ABCDEF0123456789", text, StringComparison.Ordinal);
        }

        Assert.NotNull(label);
    }

    [Fact]
    public void Options_and_providers_do_not_print_secrets()
    {
        var provider = new JdAfterSales.Auth.JdFixedAccessTokenProvider(Token);
        Assert.DoesNotContain(Token, provider.ToString(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Texts(JdException error)
    {
        yield return error.ToString();
        yield return error.Message;
        if (error is JdContractException contract && contract.BodyExcerpt is { } excerpt)
        {
            yield return excerpt;
        }

        if (error is JdGatewayException gateway)
        {
            yield return gateway.ChineseDescription ?? string.Empty;
            yield return gateway.EnglishDescription ?? string.Empty;
        }

        if (error is JdBusinessException business)
        {
            yield return business.JdMessage ?? string.Empty;
            yield return business.Code ?? string.Empty;
        }
    }
}
