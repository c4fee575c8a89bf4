namespace JdAfterSales.Auth;

/// <summary>Settings of a <see cref="JdOAuthClient"/>: the app's credentials and JD's OAuth server.</summary>
public sealed class JdOAuthOptions
{
    /// <summary>JD's OAuth server, <c>https://open-oauth.jd.com</c>.</summary>
    public static readonly Uri ProductionBaseUri = new("https://open-oauth.jd.com/");

    /// <summary>The app key JD issued (required).</summary>
    public string AppKey { get; set; } = string.Empty;

    /// <summary>The app secret JD issued (required). Sent only to <see cref="BaseUri"/>; never logged, never in an exception.</summary>
    public string AppSecret { get; set; } = string.Empty;

    /// <summary>The OAuth server: <see cref="ProductionBaseUri"/> unless set (a fake server in tests).</summary>
    public Uri BaseUri { get; set; } = ProductionBaseUri;

    /// <summary>How long one OAuth request may take (30 seconds unless set).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Describes the options without the secret.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdOAuthOptions (app key {AppKey}, {BaseUri}, secret ***)";

    internal JdOAuthOptions Validated()
    {
        var copy = (JdOAuthOptions)MemberwiseClone();
        if (string.IsNullOrWhiteSpace(copy.AppKey))
        {
            throw new JdValidationException($"{nameof(JdOAuthOptions)}.{nameof(AppKey)}", "is required: the app key JD issued.");
        }

        if (string.IsNullOrWhiteSpace(copy.AppSecret))
        {
            throw new JdValidationException($"{nameof(JdOAuthOptions)}.{nameof(AppSecret)}", "is required: the app secret JD issued.");
        }

        if (copy.BaseUri is null || !copy.BaseUri.IsAbsoluteUri || (copy.BaseUri.Scheme != Uri.UriSchemeHttps && copy.BaseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new JdValidationException($"{nameof(JdOAuthOptions)}.{nameof(BaseUri)}", "must be an absolute http or https URI such as https://open-oauth.jd.com.");
        }

        if (copy.Timeout <= TimeSpan.Zero || copy.Timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new JdValidationException($"{nameof(JdOAuthOptions)}.{nameof(Timeout)}", "must be positive and finite.");
        }

        var baseText = copy.BaseUri.AbsoluteUri;
        copy.BaseUri = baseText.EndsWith('/') ? copy.BaseUri : new Uri(baseText + "/");
        return copy;
    }
}
