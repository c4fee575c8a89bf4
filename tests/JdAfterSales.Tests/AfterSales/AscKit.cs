using System.Text.Json;
using System.Text.Json.Nodes;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.AfterSales;

/// <summary>Clients with the after-sales defaults, fixtures from both folders, and the business JSON a request sent.</summary>
internal static class AscKit
{
    public const string VenderId = "10001234";
    public const string OperatorPin = "kefu01";
    public const string OperatorNick = "客服小李";

    public static JdClientOptions Options(string? venderId = VenderId, string? pin = OperatorPin, string? nick = OperatorNick)
    {
        var options = TestClients.Options();
        options.VenderId = venderId;
        options.OperatorPin = pin;
        options.OperatorNick = nick;
        return options;
    }

    public static byte[] Fixture(string fileName) => Fixtures.Read(fileName);

    public static (JdClient Client, StubHandler Handler) With(string fixture, JdClientOptions? options = null)
    {
        var handler = StubHandler.Bytes(Fixture(fixture));
        return (TestClients.Create(handler, options ?? Options()), handler);
    }

    public static JsonObject Sent(StubHandler handler)
    {
        var request = Assert.Single(handler.Requests);
        return JsonNode.Parse(request.Form["360buy_param_json"])!.AsObject();
    }

    public static string SentMethod(StubHandler handler) => Assert.Single(handler.Requests).Form["method"];

    /// <summary>The exact parameter object: every expected name and value, and nothing else.</summary>
    public static void AssertSent(StubHandler handler, string method, string expectedJson)
    {
        Assert.Equal(method, SentMethod(handler));
        var expected = JsonNode.Parse(expectedJson)!;
        var actual = Sent(handler);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"sent {actual.ToJsonString(Compact)}\nexpected {expected.ToJsonString(Compact)}");
    }

    public static readonly DateTimeOffset Beijing20240520 = new(2024, 5, 20, 13, 45, 30, TimeSpan.FromHours(8));

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
