using JdAfterSales.Auth;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Auth;

public sealed class ForShopTests
{
    private sealed class PerShopTokens : IJdAccessTokenProvider
    {
        public ValueTask<string?> GetAccessTokenAsync(string? shopId, CancellationToken cancellationToken) =>
            new(shopId is null ? "token-default" : $"token-{shopId}");
    }

    [Fact]
    public async Task A_shop_view_sends_that_shops_token_and_vender_id_and_the_parent_keeps_its_own()
    {
        var handler = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var options = TestClients.Options();
        options.VenderId = "10000001";
        var parent = new JdClient(new HttpClient(handler), options, new PerShopTokens(), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TestClients.VectorInstant));
        var shop = parent.ForShop("shop-42", venderId: "10004242");

        await shop.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        await parent.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);

        Assert.Equal("shop-42", shop.ShopId);
        Assert.Null(parent.ShopId);
        Assert.Equal("token-shop-42", handler.Requests[0].Form["access_token"]);
        Assert.Equal("token-default", handler.Requests[1].Form["access_token"]);
        Assert.Equal("10004242", shop.Options.VenderId);
        Assert.Equal("10000001", parent.Options.VenderId);
    }

    [Fact]
    public void A_shop_view_needs_a_shop() =>
        Assert.Equal("shopId", Assert.Throws<JdValidationException>(() => TestClients.Create(StubHandler.Json("{}")).ForShop(" ")).Field);
}
