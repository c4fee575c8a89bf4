// <snippet OAuthShops>
using JdAfterSales;
using JdAfterSales.Auth;
using JdAfterSales.Orders;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

/// <summary>README: many shops with OAuth-managed tokens (compiled only: it needs JD's OAuth server).</summary>
internal static class OAuthShops
{
    public static async Task RunAsync(IJdTokenStore store, Uri callback, string state, string code)
    {
        // <snippet OAuthShops>
        var oauth = new JdOAuthClient(new HttpClient(), new JdOAuthOptions { AppKey = "your-app-key", AppSecret = "your-32-character-app-secret-xxx" });

        // 1. Send the shop owner to JD's consent page; 2. on your callback, check the state, then trade the code.
        var consent = oauth.BuildAuthorizationUri(callback, state);
        var tokens = new JdOAuthTokenProvider(oauth, store);                  // e.g. JdRedisTokenStore, JdDistributedCacheTokenStore
        await tokens.AuthorizeAsync("shop-42", code);

        // One client for every shop; a shop's view sends that shop's token and buId.
        var client = new JdClient(new HttpClient(), new JdClientOptions { AppKey = "your-app-key", AppSecret = "your-32-character-app-secret-xxx" }, tokens);
        var shop = client.ForShop("shop-42", venderId: "10001234");
        var now = TimeProvider.System.GetLocalNow();
        var page = await shop.Orders.SearchAsync(new SearchOrdersRequest { States = [OrderState.WaitSellerStockOut], StartDate = now.AddDays(-7), EndDate = now });
        // </snippet>

        _ = (consent, page);
    }
}
