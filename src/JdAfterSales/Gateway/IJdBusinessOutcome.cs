namespace JdAfterSales.Gateway;

/// <summary>
/// Implemented by payload models that carry a business result of their own (<c>success</c>, <c>apiResult</c>,
/// <c>resultCode</c>…), because JD reports many failures inside a successful envelope with HTTP 200.
/// </summary>
internal interface IJdBusinessOutcome
{
    /// <summary>Returns the business failure JD reported, or <c>null</c> when the call succeeded.</summary>
    /// <returns>The failure, or <c>null</c>.</returns>
    JdBusinessError? GetBusinessError();
}
