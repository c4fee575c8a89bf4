namespace JdAfterSales.Diagnostics;

/// <summary>Shows a phone number the way JD masks it (<c>138****0000</c>), for the text of requests that carry one.</summary>
internal static class JdPhoneMask
{
    public static string? Mask(string? phone) => phone switch
    {
        null => null,
        { Length: >= 8 } => string.Concat(phone.AsSpan(0, 3), "****", phone.AsSpan(phone.Length - 4)),
        _ => "****",
    };
}
