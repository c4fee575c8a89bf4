using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>The payload of an ASC list method: <c>{"code":"0","pageResult":{…}}</c>.</summary>
/// <typeparam name="TPage">The <c>pageResult</c> model, which holds the items.</typeparam>
internal sealed class AscListPayload<TPage> : IJdBusinessOutcome
    where TPage : AscPageResult
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("pageResult")]
    public TPage? PageResult { get; set; }

    public JdBusinessError? GetBusinessError() =>
        PageResult is { } page ? AscOutcome.ErrorOf(page.Success, page.Code, page.Message) : null;
}
