using System.Buffers;

namespace JdAfterSales.Gateway;

/// <summary>
/// Builds the signed form body of one routerjson attempt straight into pooled bytes: the string to sign and the
/// body are written once each, with no intermediate strings, because this runs for every call an integrator makes.
/// </summary>
internal static class RouterJsonFormBuilder
{
    // The system parameter names in ordinal order; 360buy_param_json sorts first because digits precede letters.
    private static ReadOnlySpan<byte> ParamJsonName => "360buy_param_json"u8;

    private static ReadOnlySpan<byte> AccessTokenName => "access_token"u8;

    private static ReadOnlySpan<byte> AppKeyName => "app_key"u8;

    private static ReadOnlySpan<byte> MethodName => "method"u8;

    private static ReadOnlySpan<byte> SignMethodName => "sign_method"u8;

    private static ReadOnlySpan<byte> TimestampName => "timestamp"u8;

    private static ReadOnlySpan<byte> VersionName => "v"u8;

    private static ReadOnlySpan<byte> Version => "2.0"u8;

    private static ReadOnlySpan<byte> SignName => "sign"u8;

    /// <summary>
    /// Returns the form body, rented from <see cref="ArrayPool{T}.Shared"/>: return it with
    /// <see cref="PooledBytes.Dispose"/> once the request is sent. Empty values (no access token) are neither
    /// signed nor sent. <paramref name="sign"/> is the sign the body carries, for the redactor to learn.
    /// </summary>
    public static PooledBytes Build(scoped in RouterJsonParameters parameters, ReadOnlySpan<byte> businessJson, ReadOnlySpan<byte> secret, out string sign)
    {
        Span<byte> timestamp = stackalloc byte[Serialization.JdChinaTime.TimestampLength];
        Serialization.JdChinaTime.FormatTimestamp(parameters.Timestamp, timestamp);
        var signMethod = SignMethodValue(parameters.SignMethod);

        var concatenationLength =
            Pair(ParamJsonName, businessJson) + Pair(AccessTokenName, parameters.AccessToken) + Pair(AppKeyName, parameters.AppKey)
            + Pair(MethodName, parameters.Method) + Pair(SignMethodName, signMethod) + Pair(TimestampName, timestamp)
            + Pair(VersionName, Version);
        var wrap = parameters.SignMethod == JdSignMethod.Md5;
        var inputLength = concatenationLength + (wrap ? 2 * secret.Length : 0);

        var input = ArrayPool<byte>.Shared.Rent(inputLength);
        Span<byte> hex = stackalloc byte[JdSigner.MaxHexLength];
        int hexLength;
        try
        {
            var span = input.AsSpan();
            var at = 0;
            if (wrap)
            {
                at = Append(span, at, secret);
            }

            at = AppendPair(span, at, ParamJsonName, businessJson);
            at = AppendPair(span, at, AccessTokenName, parameters.AccessToken);
            at = AppendPair(span, at, AppKeyName, parameters.AppKey);
            at = AppendPair(span, at, MethodName, parameters.Method);
            at = AppendPair(span, at, SignMethodName, signMethod);
            at = AppendPair(span, at, TimestampName, timestamp);
            at = AppendPair(span, at, VersionName, Version);
            if (wrap)
            {
                at = Append(span, at, secret);
            }

            hexLength = JdSigner.SignUtf8(span[..at], secret, parameters.SignMethod, hex);
        }
        finally
        {
            // The string to sign holds the app secret (twice, for MD5): it must not linger in the shared pool.
            PooledBytes.ClearAndReturn(input, inputLength);
        }

        sign = System.Text.Encoding.ASCII.GetString(hex[..hexLength]);

        // Body order follows JD's own SDKs (system parameters, then the business JSON, then sign); order is free.
        // The buffer is sized for the worst case, so the values are encoded in one pass without measuring them first.
        var bodyCapacity =
            Field(AppKeyName, parameters.AppKey) + Field(AccessTokenName, parameters.AccessToken) + Field(VersionName, Version)
            + Field(MethodName, parameters.Method) + Field(TimestampName, timestamp) + Field(ParamJsonName, businessJson)
            + Field(SignMethodName, signMethod) + SignName.Length + 1 + hexLength;
        var body = ArrayPool<byte>.Shared.Rent(bodyCapacity);
        var bodySpan = body.AsSpan();
        var written = 0;
        written = AppendField(bodySpan, written, AppKeyName, parameters.AppKey);
        written = AppendField(bodySpan, written, AccessTokenName, parameters.AccessToken);
        written = AppendField(bodySpan, written, VersionName, Version);
        written = AppendField(bodySpan, written, MethodName, parameters.Method);
        written = AppendField(bodySpan, written, TimestampName, timestamp);
        written = AppendField(bodySpan, written, ParamJsonName, businessJson);
        written = AppendField(bodySpan, written, SignMethodName, signMethod);
        written = Append(bodySpan, written, SignName);
        bodySpan[written++] = (byte)'=';
        written = Append(bodySpan, written, hex[..hexLength]);
        return new PooledBytes(body, written);
    }

    private static ReadOnlySpan<byte> SignMethodValue(JdSignMethod signMethod) => signMethod switch
    {
        JdSignMethod.Md5 => default,
        JdSignMethod.HmacMd5 => "hmacmd5"u8,
        JdSignMethod.HmacSha256 => "hmacsha256"u8,
        _ => throw new JdValidationException("JdClientOptions.SignMethod", $"{signMethod} is not a sign method JD knows."),
    };

    private static int Pair(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value) => value.IsEmpty ? 0 : name.Length + value.Length;

    private static int Field(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value) =>
        value.IsEmpty ? 0 : name.Length + 1 + FormUrlEncoding.GetMaxEncodedLength(value.Length);

    private static int Append(Span<byte> destination, int at, ReadOnlySpan<byte> value)
    {
        value.CopyTo(destination[at..]);
        return at + value.Length;
    }

    private static int AppendPair(Span<byte> destination, int at, ReadOnlySpan<byte> name, ReadOnlySpan<byte> value) =>
        value.IsEmpty ? at : Append(destination, Append(destination, at, name), value);

    private static int AppendField(Span<byte> destination, int at, ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return at;
        }

        at = Append(destination, at, name);
        destination[at++] = (byte)'=';
        at += FormUrlEncoding.Encode(value, destination[at..]);
        destination[at++] = (byte)'&';
        return at;
    }
}
