using System.Globalization;
using System.Text.Json;
using JdAfterSales.Testing;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Testing.Tests;

public sealed class SignatureVectorTests
{
    public static TheoryData<string> VectorNames()
    {
        var data = new TheoryData<string>();
        foreach (var vector in LoadVectors())
        {
            data.Add(vector.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public async Task Accepts_the_vector_form_body_and_rejects_it_with_one_altered_byte(string name)
    {
        var vector = LoadVectors().Single(v => v.GetProperty("name").GetString() == name);
        var parameters = vector.GetProperty("parameters");
        var timestamp = parameters.GetProperty("timestamp").GetString()!;
        var token = parameters.GetProperty("access_token").GetString()!;
        var clock = new FakeTimeProvider(DateTimeOffset.ParseExact(timestamp[..19], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).AddHours(-8));
        await using var gateway = FakeJdGateway.Start(new FakeJdGatewayOptions
        {
            TimeProvider = clock,
            AppKey = parameters.GetProperty("app_key").GetString()!,
            AppSecret = vector.GetProperty("appSecret").GetString()!,
            AccessTokens = [token.Length > 0 ? token : "unused-token"],
            OrderCount = 30,
        });
        using var client = new JosTestClient(gateway);
        var form = vector.GetProperty("exampleFormBody").GetString()!;

        using var accepted = await client.PostRawAsync(form);
        var body = await JosTestClient.ReadJsonAsync(accepted);

        // The signature passed: the vector without a token stops at the token check (18), the others get a payload.
        Assert.Equal(token.Length == 0 ? "18" : null, JosTestClient.ErrorCode(body));

        // One altered byte in the sign itself, and one in a signed value: both are code 12.
        var sign = vector.GetProperty("sign").GetString()!;
        var alteredSign = sign[..^1] + (sign[^1] == '0' ? '1' : '0');
        using var badSign = await client.PostRawAsync(form.Replace("sign=" + sign, "sign=" + alteredSign, StringComparison.Ordinal));
        Assert.Equal("12", JosTestClient.ErrorCode(await JosTestClient.ReadJsonAsync(badSign)));

        using var badValue = await client.PostRawAsync(form.Replace("v=2.0", "v=1.0", StringComparison.Ordinal));
        Assert.Equal("12", JosTestClient.ErrorCode(await JosTestClient.ReadJsonAsync(badValue)));
    }

    [Fact]
    public async Task Accepts_parameters_split_between_query_string_and_body()
    {
        var (gateway, _) = GatewayFixtures.Start(orderCount: 30);
        await using var _g = gateway;
        using var client = new JosTestClient(gateway);
        var parameters = client.Parameters("jingdong.asc.audit.reason.list", JosTestClient.Json(new { buId = gateway.VenderId, operatePin = "p", operateNick = "n" }));
        parameters["sign"] = JosTestClient.Sign(parameters, gateway.AppSecret);
        var system = parameters.Where(p => p.Key != "360buy_param_json").Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value));
        var uri = new Uri(gateway.RouterJsonUri + "?" + string.Join('&', system));

        using var response = await client.PostRawAsync("360buy_param_json=" + Uri.EscapeDataString(parameters["360buy_param_json"]), uri);

        var payload = JosTestClient.Payload(await JosTestClient.ReadJsonAsync(response), "jingdong.asc.audit.reason.list");
        Assert.True(payload.GetProperty("result").GetProperty("success").GetBoolean());
    }

    private static List<JsonElement> LoadVectors()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "vectors", "signing.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("vectors").EnumerateArray().Select(v => v.Clone()).ToList();
    }
}
