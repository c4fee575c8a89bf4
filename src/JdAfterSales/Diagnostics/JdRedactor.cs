using System.Text;
using System.Text.RegularExpressions;

namespace JdAfterSales.Diagnostics;

/// <summary>
/// The one place that masks secrets in anything that leaves the client: log values, exception messages and body
/// excerpts, span tags. Masks the values of <c>app_secret</c>, <c>access_token</c>, <c>refresh_token</c> and
/// <c>sign</c> wherever they appear as form fields, query parameters or JSON members, and every known secret value
/// (the app secret and the tokens this client holds) wherever it appears at all.
/// </summary>
public sealed partial class JdRedactor
{
    /// <summary>The text that replaces a secret.</summary>
    public const string Mask = "***";

    private readonly string[] _knownSecrets;

    /// <summary>Creates a redactor that also masks the given secret values verbatim.</summary>
    /// <param name="knownSecrets">Secret values to mask anywhere (empty ones and very short ones are ignored).</param>
    public JdRedactor(IEnumerable<string?> knownSecrets)
    {
        ArgumentNullException.ThrowIfNull(knownSecrets);
        _knownSecrets = knownSecrets
            .Where(static s => s is { Length: >= 6 })
            .Select(static s => s!)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(static s => s.Length)
            .ToArray();
    }

    /// <summary>A redactor that masks by parameter name only.</summary>
    public static JdRedactor NameBased { get; } = new([]);

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
        if (_knownSecrets.Length == 0)
        {
            return result;
        }

        StringBuilder? builder = null;
        foreach (var secret in _knownSecrets)
        {
            if (result.Contains(secret, StringComparison.Ordinal))
            {
                builder ??= new StringBuilder(result);
                builder.Replace(secret, Mask);
                result = builder.ToString();
            }
        }

        return result;
    }

    /// <summary>
    /// A printable, size-capped excerpt of a response body for an error, with control characters replaced and
    /// secrets masked.
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
        var redacted = Redact(text);
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
}
