using System.Security.Cryptography;
using System.Text;

namespace JdAfterSales.Gateway;

/// <summary>
/// Computes the routerjson <c>sign</c> parameter. Every parameter that is sent, except <c>sign</c>, with empty
/// values dropped, sorted by name in ordinal (byte) order and concatenated as <c>name1value1name2value2…</c> over
/// UTF-8. MD5 (the default): uppercase hex of <c>MD5(secret + concatenation + secret)</c>. HMAC-MD5 and HMAC-SHA256,
/// chosen by a <c>sign_method</c> parameter in the set: uppercase hex of the HMAC keyed with the secret over the
/// concatenation alone.
/// </summary>
internal static class JdSigner
{
    /// <summary>The name of the parameter that selects the algorithm.</summary>
    public const string SignMethodParameter = "sign_method";

    private const string SignParameter = "sign";

    /// <summary>Computes the signature of a parameter set; the algorithm follows its <c>sign_method</c> parameter.</summary>
    /// <param name="parameters">Every parameter that will be sent except <c>sign</c>; empty values are ignored.</param>
    /// <param name="appSecret">The app secret.</param>
    /// <returns>The signature as uppercase hex.</returns>
    /// <exception cref="JdValidationException">The secret is empty, or <c>sign_method</c> names an unknown algorithm.</exception>
    public static string ComputeSign(IEnumerable<KeyValuePair<string, string?>> parameters, string appSecret)
    {
        var (signMethod, input) = Prepare(parameters, appSecret);
        var secret = Encoding.UTF8.GetBytes(appSecret);
        try
        {
            Span<byte> hex = stackalloc byte[MaxHexLength];
            var length = SignUtf8(input, secret, signMethod, hex);
            return Encoding.ASCII.GetString(hex[..length]);
        }
        finally
        {
            // Both arrays hold the secret; zero them rather than leave it to whenever the collector reuses the memory.
            CryptographicOperations.ZeroMemory(input);
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    /// <summary>
    /// Returns the exact text that is hashed: <c>secret + concatenation + secret</c> for MD5, the concatenation
    /// alone for the HMAC methods. For diagnosing a signature mismatch; it contains the secret, so never log it.
    /// </summary>
    /// <param name="parameters">Every parameter that will be sent except <c>sign</c>.</param>
    /// <param name="appSecret">The app secret.</param>
    /// <returns>The text that is hashed.</returns>
    public static string BuildStringToSign(IEnumerable<KeyValuePair<string, string?>> parameters, string appSecret)
    {
        var (_, input) = Prepare(parameters, appSecret);
        try
        {
            return Encoding.UTF8.GetString(input);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(input);
        }
    }

    /// <summary>Maps a <c>sign_method</c> value to the algorithm: absent or <c>md5</c>, <c>hmacmd5</c>, <c>hmacsha256</c> (any case).</summary>
    /// <param name="value">The parameter's value, or <c>null</c> when it is not sent.</param>
    /// <returns>The algorithm.</returns>
    /// <exception cref="JdValidationException">The value names no algorithm JD knows.</exception>
    public static JdSignMethod ParseSignMethod(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Equals("md5", StringComparison.OrdinalIgnoreCase))
        {
            return JdSignMethod.Md5;
        }

        if (value.Equals("hmacmd5", StringComparison.OrdinalIgnoreCase))
        {
            return JdSignMethod.HmacMd5;
        }

        if (value.Equals("hmacsha256", StringComparison.OrdinalIgnoreCase))
        {
            return JdSignMethod.HmacSha256;
        }

        throw new JdValidationException(SignMethodParameter, "must be md5, hmacmd5 or hmacsha256.");
    }

    /// <summary>The <c>sign_method</c> value sent for an algorithm; <c>null</c> for MD5, which is sent without it.</summary>
    /// <param name="signMethod">The algorithm.</param>
    /// <returns>The wire value, or <c>null</c>.</returns>
    public static string? FormatSignMethod(JdSignMethod signMethod) => signMethod switch
    {
        JdSignMethod.Md5 => null,
        JdSignMethod.HmacMd5 => "hmacmd5",
        JdSignMethod.HmacSha256 => "hmacsha256",
        _ => throw new JdValidationException(nameof(signMethod), $"{signMethod} is not a sign method JD knows."),
    };

    /// <summary>The longest signature in hex (HMAC-SHA256).</summary>
    internal const int MaxHexLength = 64;

    /// <summary>
    /// Signs pre-built bytes. For MD5, <paramref name="input"/> is <c>secret + concatenation + secret</c>; for the
    /// HMAC methods, the concatenation alone. Writes uppercase ASCII hex and returns its length.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Security",
        "CA5351:Do Not Use Broken Cryptographic Algorithms",
        Justification = "JD's routerjson protocol defines the signature as MD5 or HMAC-MD5; it is an integrity check JD verifies, not our choice.")]
    internal static int SignUtf8(ReadOnlySpan<byte> input, ReadOnlySpan<byte> secret, JdSignMethod signMethod, Span<byte> hexDestination)
    {
        Span<byte> hash = stackalloc byte[32];
        var hashLength = signMethod switch
        {
            JdSignMethod.Md5 => MD5.HashData(input, hash),
            JdSignMethod.HmacMd5 => HMACMD5.HashData(secret, input, hash),
            JdSignMethod.HmacSha256 => HMACSHA256.HashData(secret, input, hash),
            _ => throw new JdValidationException(nameof(signMethod), $"{signMethod} is not a sign method JD knows."),
        };
        WriteUpperHex(hash[..hashLength], hexDestination);
        return hashLength * 2;
    }

    internal static void WriteUpperHex(ReadOnlySpan<byte> bytes, Span<byte> destination)
    {
        ReadOnlySpan<byte> digits = "0123456789ABCDEF"u8;
        for (var i = 0; i < bytes.Length; i++)
        {
            destination[2 * i] = digits[bytes[i] >> 4];
            destination[(2 * i) + 1] = digits[bytes[i] & 0xF];
        }
    }

    private static (JdSignMethod SignMethod, byte[] Input) Prepare(IEnumerable<KeyValuePair<string, string?>> parameters, string appSecret)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (string.IsNullOrEmpty(appSecret))
        {
            throw new JdValidationException(nameof(appSecret), "is required to sign a request.");
        }

        var signed = new List<KeyValuePair<string, string>>();
        string? signMethodValue = null;
        foreach (var (name, value) in parameters)
        {
            if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(value) || name == SignParameter)
            {
                continue;
            }

            if (name == SignMethodParameter)
            {
                signMethodValue = value;
            }

            signed.Add(new(name, value));
        }

        signed.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var signMethod = ParseSignMethod(signMethodValue);

        // Measured first and written once into an array of the exact size: a growing buffer would leave copies of the
        // secret in the arrays it outgrew, which nobody could clear.
        var wrapWithSecret = signMethod == JdSignMethod.Md5;
        var secretLength = wrapWithSecret ? Encoding.UTF8.GetByteCount(appSecret) : 0;
        var length = 2 * secretLength;
        foreach (var (name, value) in signed)
        {
            length += Encoding.UTF8.GetByteCount(name) + Encoding.UTF8.GetByteCount(value);
        }

        var input = new byte[length];
        var at = 0;
        if (wrapWithSecret)
        {
            at += Encoding.UTF8.GetBytes(appSecret, input);
        }

        foreach (var (name, value) in signed)
        {
            at += Encoding.UTF8.GetBytes(name, input.AsSpan(at));
            at += Encoding.UTF8.GetBytes(value, input.AsSpan(at));
        }

        if (wrapWithSecret)
        {
            Encoding.UTF8.GetBytes(appSecret, input.AsSpan(at));
        }

        return (signMethod, input);
    }
}
