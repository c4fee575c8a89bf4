namespace JdAfterSales.Gateway;

/// <summary>
/// What a JOS method name looks like: dot-separated segments of ASCII letters, digits and <c>_</c>, at least two of
/// them (<c>jingdong.getThirdTrace</c>, <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>), and at most
/// <see cref="MaxLength"/> characters. Checked before anything is built from the name, so a name of millions of
/// characters is refused in constant time rather than encoded, signed and sent.
/// </summary>
internal static class JosMethodName
{
    /// <summary>The longest name accepted; JD's longest known names are under 70 characters.</summary>
    public const int MaxLength = 128;

    private const string Rule = "must be a JOS method name: ASCII letters, digits and '_' in at least two dot-separated segments (for example jingdong.asc.query.list), at most 128 characters.";

    /// <summary>Refuses anything that is not a JOS method name.</summary>
    /// <param name="method">The name.</param>
    /// <param name="field">The parameter or option that carried it, for the error.</param>
    /// <exception cref="JdValidationException">The name is missing, too long or malformed; the message never quotes it.</exception>
    public static void Validate(string? method, string field)
    {
        if (string.IsNullOrWhiteSpace(method))
        {
            throw new JdValidationException(field, "is required.");
        }

        if (!IsValid(method))
        {
            throw new JdValidationException(field, Rule);
        }
    }

    /// <summary>Whether <paramref name="method"/> is a JOS method name.</summary>
    public static bool IsValid(string? method)
    {
        if (method is null || method.Length is 0 or > MaxLength)
        {
            return false;
        }

        var segments = 1;
        var segmentLength = 0;
        foreach (var c in method)
        {
            if (c == '.')
            {
                if (segmentLength == 0)
                {
                    return false;
                }

                segments++;
                segmentLength = 0;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                segmentLength++;
            }
            else
            {
                return false;
            }
        }

        return segments >= 2 && segmentLength > 0;
    }
}
