using System.Text;
using JdAfterSales.AfterSales;
using JdAfterSales.Auth;
using JdAfterSales.Tests.AfterSales;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Gateway;

/// <summary>
/// Answers a hostile or broken server sends that used to escape as untyped exceptions. Each is now a
/// <see cref="JdException"/> subtype.
/// </summary>
public sealed class HostileAnswerTests
{
    private const string FarEpoch = "253402300800000";

    [Fact]
    public async Task Far_epoch_date_in_a_list_is_a_contract_error()
    {
        var body = Encoding.UTF8.GetString(AscKit.Fixture("asc.query.list.success.json"))
            .Replace("\"applyTime\": 1716183930000", "\"applyTime\": " + FarEpoch, StringComparison.Ordinal);
        Assert.Contains(FarEpoch, body, StringComparison.Ordinal);
        var client = TestClients.Create(StubHandler.Json(body), AscKit.Options());

        var error = await Assert.ThrowsAsync<JdContractException>(() => client.AfterSales.ListServicesAsync(new ListServicesRequest { PageSize = 2 }));

        Assert.Equal("jingdong.asc.query.list", error.Method);
        // Where: list items are read in place, so the path ends at the list; the line and byte point at the value.
        Assert.Contains("$.pageResult.data", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 18", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FarEpoch, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"9999-12-31T23:59:59Z\"")]
    [InlineData(FarEpoch)]
    public async Task A_far_oauth_issue_time_is_a_contract_error(string time)
    {
        var handler = StubHandler.Json($$"""{"access_token":"a0a0a0a0a0a0a0a0","expires_in":86400,"refresh_token":"r0r0r0r0r0r0r0r0","time":{{time}},"code":0}""");
        var oauth = new JdOAuthClient(new HttpClient(handler), new JdOAuthOptions { AppKey = TestClients.AppKey, AppSecret = TestClients.AppSecret }, new FakeTimeProvider(TestClients.VectorInstant));

        await Assert.ThrowsAsync<JdContractException>(() => oauth.RefreshAsync("r1r1r1r1r1r1r1r1"));
    }
}
