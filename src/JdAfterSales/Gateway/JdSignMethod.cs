namespace JdAfterSales.Gateway;

/// <summary>The algorithms JD's routerjson gateway accepts for the <c>sign</c> parameter.</summary>
public enum JdSignMethod
{
    /// <summary>MD5 over <c>secret + sorted name/value pairs + secret</c>; the default, sent without <c>sign_method</c>.</summary>
    Md5 = 0,

    /// <summary>HMAC-MD5 keyed with the app secret; sent as <c>sign_method=hmacmd5</c>.</summary>
    HmacMd5 = 1,

    /// <summary>HMAC-SHA256 keyed with the app secret; sent as <c>sign_method=hmacsha256</c>.</summary>
    HmacSha256 = 2,
}
