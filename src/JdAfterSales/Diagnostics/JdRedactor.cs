using System.Text;
using System.Text.RegularExpressions;

namespace JdAfterSales.Diagnostics;

/// <summary>
/// The one place that masks secrets in anything that leaves the client: log values, exception messages and body
/// excerpts, span tags. Masks the values of <c>app_secret</c>, <c>access_token</c>, <c>refresh_token</c> and
/// <c>sign</c> wherever they appear as form fields, query parameters or JSON members, and every known secret value
/// (the app secret and the tokens this client holds, and the access tokens and signs it used most recently) wherever
/// it appears at all, in any letter case.
/// </summary>
internal sealed partial class JdRedactor
{
    /// <summary>The text that replaces a secret.</summary>
    public const string Mask = "***";

    /// <summary>How many secrets learned at run time are kept (see <see cref="Remember"/>).</summary>
    internal const int RecentCapacity = 256;

    /// <summary>Shorter values are not masked verbatim: they would mask ordinary words and numbers.</summary>
    private const int MinSecretLength = 6;

    private readonly string[] _knownSecrets;

    /// <summary>For a view made by <see cref="ForAttempt"/>: the redactor whose secrets it adds to.</summary>
    private readonly JdRedactor? _parent;

    private JdRecentSecrets? _recent;

    /// <summary>Creates a redactor that also masks the given secret values verbatim.</summary>
    /// <param name="knownSecrets">Secret values to mask anywhere (empty ones and very short ones are ignored).</param>
    public JdRedactor(IEnumerable<string?> knownSecrets)
    {
        ArgumentNullException.ThrowIfNull(knownSecrets);
        _knownSecrets = knownSecrets
            .Where(static s => s is { Length: >= MinSecretLength })
            .Select(static s => s!)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    private JdRedactor(JdRedactor parent, string[] attemptSecrets)
    {
        _parent = parent;
        _knownSecrets = attemptSecrets;
    }

    /// <summary>A redactor that masks by parameter name only.</summary>
    public static JdRedactor NameBased { get; } = new([]);

    /// <summary>
    /// Learns a secret at run time — an access token the client uses, the sign it computed for an attempt — so that it
    /// is masked from then on like the configured ones. Keeps the <see cref="RecentCapacity"/> most recently
    /// remembered (bounded memory); remembering a kept secret again makes it the most recent. Thread-safe. Values
    /// shorter than six characters are ignored, as in the constructor.
    /// </summary>
    /// <param name="secret">The secret, or <c>null</c>.</param>
    internal void Remember(string? secret)
    {
        if (secret is not { Length: >= MinSecretLength })
        {
            return;
        }

        var target = _parent ?? this;
        var recent = Volatile.Read(ref target._recent)
            ?? LazyInitializer.EnsureInitialized(ref target._recent, static () => new JdRecentSecrets(RecentCapacity));
        recent.Remember(secret);
    }

    /// <summary>
    /// A view for one attempt: masks everything this redactor masks plus the attempt's own sign and access token,
    /// whatever else was remembered since, so an answer that reflects them never shows them.
    /// </summary>
    /// <param name="sign">The sign the attempt sent.</param>
    /// <param name="accessToken">The access token the attempt sent, or <c>null</c>.</param>
    /// <returns>The view.</returns>
    internal JdRedactor ForAttempt(string? sign, string? accessToken)
    {
        var maskSign = sign is { Length: >= MinSecretLength };
        var maskToken = accessToken is { Length: >= MinSecretLength };
        string[] secrets = maskSign && maskToken ? [sign!, accessToken!] : maskSign ? [sign!] : maskToken ? [accessToken!] : [];
        return new JdRedactor(_parent ?? this, secrets);
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="maxChars"/> characters, marking the cut.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    internal static string? Shorten(string? text, int maxChars) =>
        text is null || text.Length <= maxChars ? text : string.Concat(text.AsSpan(0, maxChars), "…");

    /// <summary>Returns <paramref name="text"/> with every secret masked.</summary>
    /// <param name="text">Any text that may carry a secret.</param>
    /// <returns>The text, safe to log.</returns>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var result = SecretFieldPattern().Replace(text, static m => m.Groups["prefix"].Value + Mask);
        var secrets = Secrets();
        if (secrets.Count == 0)
        {
            return result;
        }

        // Longest first, so a secret that contains another is masked whole rather than leaving its remainder.
        secrets.Sort(static (a, b) => b.Length.CompareTo(a.Length));
        foreach (var secret in secrets)
        {
            // Any letter case: a reflected hex sign or secret is no safer lowercased.
            if (result.Contains(secret, StringComparison.OrdinalIgnoreCase))
            {
                result = result.Replace(secret, Mask, StringComparison.OrdinalIgnoreCase);
            }
        }

        return result;
    }

    private List<string> Secrets()
    {
        var secrets = new List<string>(_knownSecrets.Length + 8);
        secrets.AddRange(_knownSecrets);
        if (_parent is not null)
        {
            secrets.AddRange(_parent._knownSecrets);
        }

        if (Volatile.Read(ref (_parent ?? this)._recent) is { } recent)
        {
            secrets.AddRange(recent.Snapshot());
        }

        return secrets;
    }

    /// <summary>
    /// A printable, size-capped excerpt of a response body for an error, with control characters replaced, secrets
    /// masked and mobile numbers shown as JD masks them (<c>188****2724</c>).
    /// </summary>
    /// <param name="utf8Body">The body.</param>
    /// <param name="maxChars">The longest excerpt.</param>
    /// <returns>The excerpt, or <c>null</c> for an empty body.</returns>
    public string? Excerpt(ReadOnlySpan<byte> utf8Body, int maxChars = 256)
    {
        if (utf8Body.IsEmpty)
        {
            return null;
        }

        // Decode a little more than needed so the cut never splits a secret that would then escape the mask.
        var take = Math.Min(utf8Body.Length, (maxChars * 4) + 256);
        var text = Encoding.UTF8.GetString(utf8Body[..take]);
        // A body may carry a customer's whole mobile (jingdong.asc.view.serviceTel): keep it out of error text as well.
        var redacted = MobilePattern().Replace(Redact(text), "${head}****${tail}");
        var cleaned = new StringBuilder(Math.Min(redacted.Length, maxChars + 1));
        foreach (var c in redacted)
        {
            if (cleaned.Length >= maxChars)
            {
                cleaned.Append('…');
                break;
            }

            cleaned.Append(char.IsControl(c) ? ' ' : c);
        }

        if (take < utf8Body.Length && cleaned.Length < maxChars)
        {
            cleaned.Append('…');
        }

        return cleaned.ToString();
    }

    [GeneratedRegex(
        """(?<prefix>(?:app_?secret|appSecret|access_?token|accessToken|refresh_?token|refreshToken|\bsign)(?:["']?\s*[:=]\s*["']?))[^"'&\s,}]*""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretFieldPattern();

    /// <summary>A mainland mobile number standing alone (11 digits from 13–19), not part of a longer id.</summary>
    [GeneratedRegex("""(?<![0-9])(?<head>1[3-9][0-9])[0-9]{4}(?<tail>[0-9]{4})(?![0-9])""", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();
}
