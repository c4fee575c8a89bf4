using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>The payload of an ASC list method: <c>{"code":"0","pageResult":{…}}</c>.</summary>
/// <typeparam name="TPage">The <c>pageResult</c> model, which holds the items.</typeparam>
public sealed class AscListResponse<TPage> : IJdBusinessOutcome
    where TPage : AscPageResult
{
    /// <summary>The gateway-level code (<c>"0"</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The page, with JD's own success flag.</summary>
    [JsonPropertyName("pageResult")]
    public TPage? PageResult { get; init; }

    /// <inheritdoc />
    public JdBusinessError? GetBusinessError() =>
        PageResult is { } page ? AscOutcome.ErrorOf(page.Success, page.Code, page.Message) : null;
}
