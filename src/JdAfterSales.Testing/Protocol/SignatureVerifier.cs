using System.Security.Cryptography;
using System.Text;

namespace JdAfterSales.Testing;

/// <summary>
/// The gateway's own signature check, written from JD's rules and independent of the client's signer: every received
/// parameter except <c>sign</c>, empty values dropped, names sorted by ordinal, name+value concatenated; MD5 of
/// secret+concat+secret, or HMAC-MD5/HMAC-SHA256 of concat keyed with the secret; uppercase hex over UTF-8.
/// </summary>
internal static class SignatureVerifier
{
    public static bool IsKnownSignMethod(string? signMethod) =>
        signMethod is null
        || signMethod.Equals("md5", StringComparison.OrdinalIgnoreCase)
        || signMethod.Equals("hmacmd5", StringComparison.OrdinalIgnoreCase)
        || signMethod.Equals("hmacsha256", StringComparison.OrdinalIgnoreCase);

    public static string Compute(IReadOnlyDictionary<string, string> parameters, string secret)
    {
        var concatenated = new StringBuilder();
        foreach (var name in parameters.Keys.Where(n => n != "sign").Order(StringComparer.Ordinal))
        {
            var value = parameters[name];
            if (name.Length > 0 && value.Length > 0)
            {
                concatenated.Append(name).Append(value);
            }
        }

        parameters.TryGetValue("sign_method", out var signMethod);

        // JD's protocol mandates MD5 and HMAC-MD5; the gateway only checks what clients send.
#pragma warning disable CA5351
        var key = Encoding.UTF8.GetBytes(secret);
        byte[] hash;
        if ("hmacmd5".Equals(signMethod, StringComparison.OrdinalIgnoreCase))
        {
            hash = HMACMD5.HashData(key, Encoding.UTF8.GetBytes(concatenated.ToString()));
        }
        else if ("hmacsha256".Equals(signMethod, StringComparison.OrdinalIgnoreCase))
        {
            hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(concatenated.ToString()));
        }
        else
        {
            hash = MD5.HashData(Encoding.UTF8.GetBytes(secret + concatenated + secret));
        }

#pragma warning restore CA5351
        return Convert.ToHexString(hash);
    }

    /// <summary>JD documents uppercase hex; the check is exact so a lowercase signer shows up in tests.</summary>
    public static bool Verify(IReadOnlyDictionary<string, string> parameters, string secret, string sign) =>
        string.Equals(Compute(parameters, secret), sign, StringComparison.Ordinal);
}
